#pragma once

#include <QtGlobal>
#include <set>
#include <utility>

namespace qw {

// Where live polling of one partition stands. Rows are delivered once each, also when
//  - rows of one second arrive in two polls,
//  - unique_row_count counts per second (QueueMetrics' MyISAM table) instead of globally,
//  - a row arrives late, with a time older than rows already delivered.
// It remembers the keys it delivered during the last `lateRowWindow` seconds before the newest
// row and re-reads that stretch on each poll, skipping what it has seen. A row that arrives
// more than `lateRowWindow` seconds behind the newest one is not picked up by polling.
class PartitionCursor
{
public:
    static constexpr qint64 DefaultLateRowWindow = 300;

    explicit PartitionCursor(qint64 startTime = 0, qint64 lateRowWindow = DefaultLateRowWindow);

    // The oldest time_id the next poll has to read.
    qint64 pollFrom() const;
    bool hasSeen(qint64 time, qint64 rowKey) const;
    void markSeen(qint64 time, qint64 rowKey);
    // Forgets keys that can no longer come back in a poll.
    void prune();

    qint64 startTime() const { return m_startTime; }
    qint64 newestTime() const { return m_newestTime; }
    qint64 lateRowWindow() const { return m_lateRowWindow; }
    qsizetype rememberedKeys() const { return qsizetype(m_seen.size()); }
    // How many of the remembered keys have a time up to `time`: a poll that reads that far must
    // meet every one of them again, unless the table was rewritten under it.
    qsizetype rememberedUpTo(qint64 time) const;

private:
    qint64 m_startTime;
    qint64 m_lateRowWindow;
    qint64 m_newestTime;
    std::set<std::pair<qint64, qint64>> m_seen; // (time_id, unique_row_count)
};

} // namespace qw
