#include "live/livepoller.h"

#include "analysis/batchmerge.h"
#include "time/zonetime.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace qw {

namespace {
// A sliding window moves in steps of this size: each step rebuilds the state from the rows.
constexpr qint64 SlidingStep = 900;
} // namespace

LivePoller::LivePoller(LiveSettings settings, Clock clock)
    : m_settings(std::move(settings))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
    , m_health(m_settings.spec.partitionNames(), m_settings.staleAfterSeconds)
{
    qRegisterMetaType<qw::LiveStage>();
    for (qsizetype i = 0; i < m_settings.spec.partitions().size(); ++i)
        m_rewriters.emplace_back(m_settings.spec, int(i));
}

LivePoller::~LivePoller() = default;

qint64 LivePoller::windowStartAt(qint64 now) const
{
    if (m_settings.windowHours)
        return (now - qint64(*m_settings.windowHours) * 3600) / SlidingStep * SlidingStep;
    const LocalCalendar calendar(m_settings.timeZone, now - 86400, now + 86400);
    return calendar.startOfDay(now);
}

void LivePoller::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LivePoller::pollNow);
    if (m_settings.bindings.database)
        m_connection = std::make_unique<DatabaseConnection>(*m_settings.bindings.database);
    Q_EMIT stageChanged(LiveStage::Connecting);
    pollNow();
}

void LivePoller::stop()
{
    if (m_timer)
        m_timer->stop();
    m_feeds.clear();
    m_connection.reset();
}

void LivePoller::rebuild(qint64 windowStart)
{
    // A new window (midnight, or a step of the sliding window) is replayed from the rows:
    // cursors and state start afresh, agents from 24 h before the window.
    m_state = std::make_unique<LiveState>(m_settings.spec, windowStart, m_settings.slThreshold);
    m_feeds.clear();
    for (const SpecPartition& partition : m_settings.spec.partitions()) {
        const auto file = m_settings.bindings.partitionFiles.constFind(partition.name);
        if (file != m_settings.bindings.partitionFiles.cend())
            m_feeds.push_back(std::make_unique<FilePartitionFeed>(file.value(), partition.name, m_state->readFrom()));
        else if (m_connection)
            m_feeds.push_back(std::make_unique<SqlPartitionFeed>(*m_connection, partition.name, m_state->readFrom()));
        else
            m_feeds.push_back(std::make_unique<UnboundPartitionFeed>(partition.name));
    }
    m_poll = 0;
    ++m_generation;
    m_eventsTotal = 0;
}

bool LivePoller::readPartitions(qint64 now, std::vector<ClusterEventBatch>& fresh, QList<PartitionReading>& readings)
{
    fresh.assign(m_feeds.size(), {});
    readings.fill(PartitionReading {}, qsizetype(m_feeds.size()));
    // One connection attempt per poll: when the database is away every partition of it says
    // so at once, instead of each waiting for its own connect timeout.
    QString connectionError;
    if (m_connection && !m_connection->isOpen() && !m_connection->open())
        connectionError = m_connection->errorString();
    if (m_firstPoll)
        Q_EMIT stageChanged(LiveStage::Loading);
    bool rowsWentAway = false;
    for (std::size_t i = 0; i < m_feeds.size(); ++i) {
        PartitionFeed& feed = *m_feeds[i];
        PartitionReading& reading = readings[qsizetype(i)];
        if (!connectionError.isEmpty() && feed.usesDatabase()) {
            reading.failed = true;
            reading.error = connectionError;
            continue;
        }
        ClusterEvent out;
        const ReadStatus status = feed.poll(now, [&](EventBatch& batch) {
            for (QueueLogEvent& event : batch) {
                if (m_rewriters[i].rewrite(std::move(event), out))
                    fresh[i].append(std::move(out));
            }
            return true;
        });
        reading.failed = status == ReadStatus::Failed;
        reading.error = reading.failed ? feed.errorString() : QString();
        const qint64 newest = feed.newestTime();
        reading.newestRow = newest >= m_state->readFrom() && newest > 0 ? newest : 0;
        const PartitionFeed::FutureRows future = feed.futureRows();
        reading.futureRows = future.count;
        reading.firstFutureRow = future.earliest;
        rowsWentAway = rowsWentAway || feed.rowsWentAway();
        // The server went away in the middle of the poll: if it cannot be reached again, every
        // partition of it says so in the same words, the failed one included.
        if (reading.failed && feed.usesDatabase() && m_connection && !m_connection->open()) {
            connectionError = m_connection->errorString();
            reading.error = connectionError;
        }
    }
    return !rowsWentAway;
}

void LivePoller::pollNow()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 now = m_clock();
    const qint64 windowStart = windowStartAt(now);
    if (!m_state || m_state->windowStart() != windowStart)
        rebuild(windowStart);

    QElapsedTimer reading;
    reading.start();
    std::vector<ClusterEventBatch> fresh;
    QList<PartitionReading> readings;
    if (!readPartitions(now, fresh, readings)) {
        // Rows already shown are gone from the table (dropped and loaded again): adding the
        // reloaded rows would count them twice, so the day is rebuilt from what is there now.
        rebuild(windowStart);
        readPartitions(now, fresh, readings);
    }
    const qint64 readMicroseconds = reading.nsecsElapsed() / 1000;
    const ClusterEventBatch merged = mergeInSpecOrder(std::move(fresh));
    for (const ClusterEvent& event : merged)
        m_state->apply(event);
    m_eventsTotal += merged.size();

    LiveUpdate update;
    update.snapshot = m_state->snapshot(now);
    m_health.update(readings, update.snapshot, now);
    update.health = m_health.health();
    update.poll = ++m_poll;
    update.generation = m_generation;
    update.eventsThisPoll = merged.size();
    update.eventsTotal = m_eventsTotal;
    update.readMicroseconds = readMicroseconds;
    update.pollMicroseconds = elapsed.nsecsElapsed() / 1000;
    m_firstPoll = false;
    Q_EMIT updated(update);
    scheduleNext();
}

void LivePoller::scheduleNext()
{
    if (m_timer)
        m_timer->start(m_settings.pollIntervalMs);
}

} // namespace qw
