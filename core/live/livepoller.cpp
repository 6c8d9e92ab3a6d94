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
{
    for (qsizetype i = 0; i < m_settings.spec.partitions().size(); ++i) {
        m_rewriters.emplace_back(m_settings.spec, int(i));
        PartitionHealth health;
        health.partition = m_settings.spec.partitions()[i].name;
        m_health.append(health);
    }
    m_failureStreak.assign(m_rewriters.size(), 0);
    m_pollsToSkip.assign(m_rewriters.size(), 0);
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

void LivePoller::updateHealth(std::size_t index, bool failed, const QString& error, qint64 now)
{
    PartitionHealth& health = m_health[qsizetype(index)];
    if (!failed)
        health.lastSuccessfulPoll = now;
    const qint64 newest = m_feeds[index]->newestTime();
    health.newestRow = newest >= m_state->readFrom() && newest > 0 ? newest : 0;
    PartitionHealth::State state = PartitionHealth::State::Ok;
    if (failed)
        state = PartitionHealth::State::Error;
    else if (now - newest > m_settings.staleAfterSeconds)
        state = PartitionHealth::State::Stale;
    if (state != health.state || health.since == 0) {
        health.state = state;
        health.since = state == PartitionHealth::State::Stale ? newest + m_settings.staleAfterSeconds : now;
    }
    health.error = failed ? error : QString();
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
    std::vector<ClusterEventBatch> fresh(m_feeds.size());
    const int maxSkip = std::max(0, m_settings.maxBackoffMs / std::max(1, m_settings.pollIntervalMs) - 1);
    for (std::size_t i = 0; i < m_feeds.size(); ++i) {
        if (m_pollsToSkip[i] > 0) {
            --m_pollsToSkip[i]; // backing off: its health still says why
            continue;
        }
        ClusterEvent out;
        const ReadStatus status = m_feeds[i]->poll([&](EventBatch& batch) {
            for (QueueLogEvent& event : batch) {
                if (event.time <= now && m_rewriters[i].rewrite(std::move(event), out))
                    fresh[i].append(std::move(out));
            }
            return true;
        });
        const bool failed = status == ReadStatus::Failed;
        m_failureStreak[i] = failed ? m_failureStreak[i] + 1 : 0;
        m_pollsToSkip[i] = failed ? std::min((1 << std::min(m_failureStreak[i], 16)) - 1, maxSkip) : 0;
        updateHealth(i, failed, m_feeds[i]->errorString(), now);
    }

    const qint64 readMicroseconds = reading.nsecsElapsed() / 1000;
    const ClusterEventBatch merged = mergeInSpecOrder(std::move(fresh));
    for (const ClusterEvent& event : merged)
        m_state->apply(event);
    m_eventsTotal += merged.size();

    LiveUpdate update;
    update.snapshot = m_state->snapshot(now);
    update.health = m_health;
    update.poll = ++m_poll;
    update.generation = m_generation;
    update.eventsThisPoll = merged.size();
    update.eventsTotal = m_eventsTotal;
    update.readMicroseconds = readMicroseconds;
    update.pollMicroseconds = elapsed.nsecsElapsed() / 1000;
    Q_EMIT updated(update);
    scheduleNext();
}

void LivePoller::scheduleNext()
{
    if (m_timer)
        m_timer->start(m_settings.pollIntervalMs);
}

} // namespace qw
