#include "live/livedriver.h"

#include <QElapsedTimer>

namespace qw {

LiveDriver::LiveDriver(const LiveSettings& settings, Cluster cluster, PartitionBinding::FollowMode mode)
    : m_settings(settings)
    , m_follower(std::move(cluster))
    , m_mode(mode)
    , m_health(m_settings.spec.partitionNames(), m_settings.staleAfterSeconds)
{ }

void LiveDriver::rebuild(qint64 windowStart)
{
    // A new window (midnight, or a step of the sliding window) is replayed from the rows:
    // cursors and state start afresh, agents from 24 h before the window.
    m_state = std::make_unique<LiveState>(m_settings.spec, windowStart, m_settings.slThreshold,
                                          m_settings.restartEndsMembers, m_follower.cluster().staticMembers());
    m_follower.follow(m_state->readFrom(), m_mode);
    m_poll = 0;
    ++m_generation;
    m_eventsTotal = 0;
}

LiveUpdate LiveDriver::poll(qint64 at, std::optional<qint64> clockNow)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 windowStart = m_settings.window.startAt(at);
    if (!m_state || m_state->windowStart() != windowStart)
        rebuild(windowStart);
    if (m_firstPoll) {
        m_follower.connect();
        if (m_stageHandler)
            m_stageHandler(LiveStage::Loading);
    }

    const PollLimits limits {at, std::max(at, clockNow.value_or(at)) + FutureGrace};
    const auto apply = [this](const ClusterEvent& event) {
        m_state->apply(event);
    };
    ClusterFollower::Poll read = m_follower.poll(limits, apply);
    if (read.rowsWentAway) {
        // Rows already shown are gone from the table (dropped and loaded again): adding the
        // reloaded rows would count them twice, so the window is rebuilt from what is there now.
        rebuild(windowStart);
        read = m_follower.poll(limits, apply);
    }
    const qint64 readMicroseconds = elapsed.nsecsElapsed() / 1000;
    m_eventsTotal += read.events;

    LiveUpdate update;
    update.snapshot = m_state->snapshot(at);
    m_health.update(read.readings, update.snapshot, at);
    update.health = m_health.health();
    update.poll = ++m_poll;
    update.generation = m_generation;
    update.eventsThisPoll = read.events;
    update.eventsTotal = m_eventsTotal;
    update.readMicroseconds = readMicroseconds;
    update.pollMicroseconds = elapsed.nsecsElapsed() / 1000;
    m_firstPoll = false;
    return update;
}

void LiveDriver::close()
{
    m_follower.close();
}

} // namespace qw
