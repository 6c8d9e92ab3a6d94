#pragma once

#include "analysis/eventrewriter.h"
#include "analysis/livestate.h"
#include "database/databaseconnection.h"
#include "live/healthtracker.h"
#include "live/liveupdate.h"
#include "live/partitionfeed.h"
#include "sources/sourceopener.h"

#include <functional>
#include <memory>
#include <optional>
#include <QObject>
#include <QTimer>
#include <QTimeZone>
#include <vector>

namespace qw {

struct LiveSettings
{
    SourceSpec spec;
    SourceBindings bindings; // the database, and any partitions backed by files
    int pollIntervalMs = 5000;
    std::optional<int> windowHours; // sliding window; default: since local midnight
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    qint64 staleAfterSeconds = 300; // no new row for this long while calls are open: silent
    qint64 slThreshold = 20;
};

// The live engine's worker: lives in its own thread (see LiveMonitor), owns its database
// connection, polls every partition, applies only the new rows to the live state and emits one
// LiveUpdate per poll. A partition that fails is marked and tried again at the next poll (one
// connection attempt per poll, bounded by the connect timeout), so it is back within one poll
// interval of the database's return; the others go on meanwhile.
class LivePoller : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // epoch seconds; injected by tests

    explicit LivePoller(LiveSettings settings, Clock clock = {});
    ~LivePoller() override;

public Q_SLOTS:
    void start(); // call in the worker thread: creates the timer and the connection there
    void pollNow();
    void stop();

Q_SIGNALS:
    void updated(const qw::LiveUpdate& update);
    // Before the first update: connecting, then reading the day so far.
    void stageChanged(qw::LiveStage stage);

private:
    qint64 windowStartAt(qint64 now) const;
    void rebuild(qint64 windowStart);
    // Reads every partition once; false when one found its rows gone (the window must be rebuilt).
    bool readPartitions(qint64 now, std::vector<ClusterEventBatch>& fresh, QList<PartitionReading>& readings);
    void scheduleNext();

    LiveSettings m_settings;
    Clock m_clock;
    QTimer* m_timer = nullptr;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::vector<std::unique_ptr<PartitionFeed>> m_feeds;
    std::vector<EventRewriter> m_rewriters;
    std::unique_ptr<LiveState> m_state;
    HealthTracker m_health;
    quint64 m_poll = 0;
    quint64 m_generation = 0;
    qint64 m_eventsTotal = 0;
    bool m_firstPoll = true;
};

} // namespace qw
