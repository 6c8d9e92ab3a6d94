#pragma once

#include "live/healthtracker.h"
#include "live/livesettings.h"
#include "live/livestate.h"
#include "live/liveupdate.h"
#include "pipeline/clusterfollower.h"

#include <functional>
#include <memory>

namespace qw {

// The live view computed from a cluster: follows its partitions (ClusterFollower), applies only
// the new rows to the live state, and judges every partition's health. One poll gives one
// LiveUpdate. The window, the wallboard, the live feed and `queuewatch-report --live-at` all run
// this, so what a script reads is what the supervisor sees. Runs in one thread.
class LiveDriver
{
public:
    // Rows dated this far past the moment of a poll are a clock a little fast, not a wrong one.
    static constexpr qint64 FutureGrace = 60;

    LiveDriver(const LiveSettings& settings, Cluster cluster, PartitionBinding::FollowMode mode);

    // Told when the first poll has connected and starts reading the day so far.
    void setStageHandler(std::function<void(LiveStage)> handler) { m_stageHandler = std::move(handler); }

    // The live view at `at`: reads what arrived (rows dated up to `at`), applies it, and says how
    // each partition is doing. Rows dated after max(at, clockNow) + FutureGrace come from a
    // server with a wrong clock: set aside and counted. `clockNow` is the real time when `at` is
    // not (a live state of the past); by default `at` is now.
    LiveUpdate poll(qint64 at, std::optional<qint64> clockNow = std::nullopt);
    // Closes the connections (in the thread that opened them).
    void close();

private:
    void rebuild(qint64 windowStart);

    LiveSettings m_settings;
    ClusterFollower m_follower;
    PartitionBinding::FollowMode m_mode;
    std::unique_ptr<LiveState> m_state;
    HealthTracker m_health;
    std::function<void(LiveStage)> m_stageHandler;
    quint64 m_poll = 0;
    quint64 m_generation = 0;
    qint64 m_eventsTotal = 0;
    bool m_firstPoll = true;
};

} // namespace qw
