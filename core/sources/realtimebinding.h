#pragma once

#include "readers/realtimerows.h"
#include "sources/partitionbinding.h"
#include "sources/realtimetable.h"

#include <deque>
#include <QHash>

namespace qw {

// A partition backed by an Asterisk realtime queue_log table (see RealtimeTable). Reports read
// the rows of a period in id order (time order for a table without an id), the same order a
// queue_log file has, so every figure equals the file's. The live view follows new ids; a table
// without one is re-read from five minutes before its newest time at each poll, the late-row
// window of the QueueMetrics table, each row handed on once.
class RealtimeTableBinding final : public PartitionBinding
{
    Q_DECLARE_TR_FUNCTIONS(qw::RealtimeTableBinding)
public:
    static constexpr qint64 LateRowWindow = 300;

    RealtimeTableBinding(RealtimeTable table, QString partition, QTimeZone zone);
    ~RealtimeTableBinding() override;

    QString partition() const override { return m_partition; }
    QString origin() const override;
    QString errorString() const override { return m_error; }
    ParseProblemLog problems() const override { return m_problems; }

    ReadStatus readRange(qint64 from, qint64 to, const BatchHandler& handler) override;
    std::variant<PartitionNames, QString> namesIn(qint64 from, qint64 to, DatabaseConnection* connection) override;

    void follow(qint64 from, FollowMode mode) override;
    ReadStatus poll(const PollLimits& limits, DatabaseConnection* connection, const BatchHandler& handler) override;
    qint64 newestTime() const override { return m_follow.newest(); }
    FutureRows futureRows() const override { return m_follow.future(); }
    std::optional<DatabaseUrl> database() const override { return m_table.url; }

    // The table's columns in one line, once a read has found them (empty before).
    QString layoutText() const { return m_layoutText; }

private:
    bool discover(DatabaseConnection& connection);
    ReadStatus readWith(DatabaseConnection& connection, qint64 from, qint64 to, const BatchHandler& handler);

    RealtimeTable m_table;
    QString m_partition;
    QTimeZone m_zone;
    QString m_error;
    QString m_layoutText;
    ParseProblemLog m_problems;
    std::optional<RealtimeTableLayout> m_layout;
    const DatabaseConnection* m_layoutConnection = nullptr;
    // Following:
    OrderedFollow m_follow;
    RealtimeCursor m_cursor;
    WallClockReader m_clock; // kept from poll to poll (the repeated DST hour)
    // Tables without an id: what the last window held, so a row read again is not handed on twice.
    QHash<QString, qint64> m_seen; // the row's text -> its wall-clock seconds
    qint64 m_newestWall = 0;
};

} // namespace qw
