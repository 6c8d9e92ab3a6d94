#pragma once

#include "readers/batchhandler.h"
#include "readers/partitionpage.h"

#include <limits>
#include <optional>
#include <QCoreApplication>
#include <QString>

namespace qw {

class DatabaseConnection;
class PartitionCursor;

// Reads one partition of a QueueMetrics-style queue_log table, in (time_id, unique_row_count)
// order, streaming: rows are fetched in pages by key, because QMYSQL buffers a whole result in
// client memory whatever the query options. Works with QMYSQL and QSQLITE, with the tables this
// project creates and with existing QueueMetrics tables (MyISAM, per-second row counters, one
// `data` column or only data1..data3).
class PartitionReader
{
    Q_DECLARE_TR_FUNCTIONS(qw::PartitionReader)
public:
    static constexpr int DefaultPageSize = 50000; // rows per query
    static constexpr qsizetype BatchSize = 4096; // events per handler call
    static constexpr qint64 EndOfTime = std::numeric_limits<qint64>::max();

    PartitionReader(DatabaseConnection& connection, QString partition, QString table = QStringLiteral("queue_log"));

    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // With MariaDB/MySQL, readRange() fetches the next page on a second connection while this
    // one is handed on, so the server and the client work at the same time. On by default.
    void setOverlappedFetch(bool on) { m_overlapped = on; }
    // With MariaDB/MySQL and the client library's headers at build time, readRange() streams the
    // period through the driver's native connection (NativeRangeReader) instead of QSqlQuery
    // pages. On by default; off compares the two.
    void setNativeRead(bool on) { m_native = on; }

    // Rows with from <= time_id < to. With overlapped fetching the handler is called from this
    // thread and from a helper thread: never two calls at once, always in order.
    ReadStatus readRange(qint64 from, qint64 to, const BatchHandler& handler);
    // Rows up to `upTo` (time_id <= upTo) not yet delivered through `cursor` (see
    // PartitionCursor); the handler runs in this thread. Rows dated later wait for their time.
    ReadStatus readNew(PartitionCursor& cursor, const BatchHandler& handler, qint64 upTo = EndOfTime);
    // After a finished readNew(): rows the cursor had delivered that are no longer in the table
    // (it was dropped and filled again, or rows were deleted). Their replacements, if any, came
    // with new keys and were delivered as new rows: the caller must start over from the rows.
    bool lastReadFoundRowsGone() const { return m_rowsGone; }
    // How many rows of the partition are dated after `time`, and the earliest of them; nullopt
    // with errorString() when the query fails.
    struct LaterRows
    {
        qint64 count = 0;
        qint64 earliest = 0;
    };
    std::optional<LaterRows> countAfter(qint64 time);

    const QString& partition() const { return m_partition; }
    QString errorString() const { return m_error; }

private:
    bool ensureLayout();
    ReadStatus readSequential(RowKey start, qint64 to, const PartitionPage::RowFilter& keep,
                              const BatchHandler& handler);
    ReadStatus readOverlapped(RowKey start, qint64 to, const BatchHandler& handler);

    DatabaseConnection& m_connection;
    QString m_partition;
    QString m_table;
    int m_pageSize = DefaultPageSize;
    bool m_overlapped = true;
    bool m_native = true;
    std::optional<QueueLogTableLayout> m_layout;
    QString m_error;
    bool m_rowsGone = false;
};

} // namespace qw
