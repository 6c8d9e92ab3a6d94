#include "live/healthtracker.h"

#include <algorithm>

namespace qw {

HealthTracker::HealthTracker(const QStringList& partitions, qint64 staleAfterSeconds)
    : m_staleAfter(staleAfterSeconds)
{
    for (const QString& name : partitions) {
        PartitionHealth health;
        health.partition = name;
        m_health.append(health);
    }
}

void HealthTracker::update(const QList<PartitionReading>& readings, const LiveSnapshot& snapshot, qint64 now)
{
    using State = PartitionHealth::State;
    const qsizetype count = std::min(readings.size(), m_health.size());
    QList<int> openCalls(m_health.size(), 0);
    for (const auto& call : snapshot.waiting) {
        if (call.partitionIndex >= 0 && call.partitionIndex < openCalls.size())
            ++openCalls[call.partitionIndex];
    }
    for (const auto& call : snapshot.talking) {
        if (call.partitionIndex >= 0 && call.partitionIndex < openCalls.size())
            ++openCalls[call.partitionIndex];
    }

    QList<State> states(count, State::Ok);
    qsizetype read = 0;
    qsizetype fine = 0;
    qsizetype silent = 0;
    qint64 newestOfAll = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const PartitionReading& reading = readings[i];
        PartitionHealth& health = m_health[i];
        health.futureRows = reading.futureRows;
        health.firstFutureRow = reading.firstFutureRow;
        health.openCalls = openCalls[i];
        health.error = reading.failed ? reading.error : QString();
        if (reading.failed) {
            states[i] = State::Error; // what was read before stays: newest row, last read
            continue;
        }
        ++read;
        health.lastSuccessfulPoll = now;
        health.transport = reading.transport;
        health.newestRow = reading.newestRow;
        newestOfAll = std::max(newestOfAll, health.newestRow);
        if (health.newestRow > 0 && now - health.newestRow <= m_staleAfter)
            states[i] = State::Ok;
        else if (openCalls[i] == 0)
            states[i] = State::Quiet; // nothing open, nothing missing: a quiet server is no alarm
        else
            states[i] = State::Silent;
        fine += states[i] == State::Ok ? 1 : 0;
        silent += states[i] == State::Silent ? 1 : 0;
    }
    // Every server falling silent at once is the database (or its replica) not receiving rows.
    const bool behind = read >= 2 && fine == 0 && silent > 0;
    for (qsizetype i = 0; i < count; ++i) {
        PartitionHealth& health = m_health[i];
        State state = states[i];
        if (behind && state != State::Error)
            state = State::Behind;
        if (state != health.state || health.since == 0) {
            health.state = state;
            switch (state) {
            case State::Silent:
                health.since = health.newestRow + m_staleAfter;
                break;
            case State::Behind:
                health.since = newestOfAll + m_staleAfter;
                break;
            case State::Quiet:
                health.since = health.newestRow > 0 ? health.newestRow : now;
                break;
            case State::Ok:
            case State::Error:
                health.since = now;
                break;
            }
        }
        // Figures are complete up to now while the server is fine; in trouble they stay as last known.
        if (state == State::Ok || state == State::Quiet)
            health.trustedUntil = now;
        else if (state != State::Error)
            health.trustedUntil = std::min(health.trustedUntil > 0 ? health.trustedUntil : now, health.since);
    }
}

} // namespace qw
