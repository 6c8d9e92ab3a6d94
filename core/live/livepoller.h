#pragma once

#include "analysis/eventrewriter.h"
#include "analysis/livestate.h"
#include "database/databaseconnection.h"
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
    qint64 staleAfterSeconds = 300; // no new row (or no successful poll) for this long: stale
    qint64 slThreshold = 20;
    int maxBackoffMs = 60000;
};

// The live engine's worker: lives in its own thread (see LiveMonitor), owns its database
// connection, polls every partition, applies only the new rows to the live state and emits one
// LiveUpdate per poll. A partition that fails is marked and retried with backoff; the others go on.
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

private:
    qint64 windowStartAt(qint64 now) const;
    void rebuild(qint64 windowStart);
    void updateHealth(std::size_t index, bool failed, const QString& error, qint64 now);
    void scheduleNext();

    LiveSettings m_settings;
    Clock m_clock;
    QTimer* m_timer = nullptr;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::vector<std::unique_ptr<PartitionFeed>> m_feeds;
    std::vector<EventRewriter> m_rewriters;
    std::unique_ptr<LiveState> m_state;
    QList<PartitionHealth> m_health;
    quint64 m_poll = 0;
    quint64 m_generation = 0;
    qint64 m_eventsTotal = 0;
    // Backoff per partition, counted in polls: a failing partition sits out 1, 3, 7... polls
    // (up to about a minute) while the others go on at the normal pace.
    std::vector<int> m_failureStreak;
    std::vector<int> m_pollsToSkip;
};

} // namespace qw
