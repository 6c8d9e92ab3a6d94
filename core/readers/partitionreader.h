#pragma once

#include "readers/batchhandler.h"

#include <limits>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
    static constexpr int DefaultPageSize = 50000;
    static constexpr qint64 EndOfTime = std::numeric_limits<qint64>::max();

    PartitionReader(DatabaseConnection& connection, QString partition, QString table = QStringLiteral("queue_log"));

    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    // Rows with from <= time_id < to.
    ReadStatus readRange(qint64 from, qint64 to, const BatchHandler& handler);
    // Rows not yet delivered through `cursor` (see PartitionCursor), newest first seen last.
    ReadStatus readNew(PartitionCursor& cursor, const BatchHandler& handler);

    const QString& partition() const { return m_partition; }
    QString errorString() const { return m_error; }
    qint64 rowsRead() const { return m_rowsRead; }

private:
    bool prepareColumns();
    QString selectStatement(bool bounded) const;
    template<typename RowFilter>
    ReadStatus readPages(qint64 from, qint64 to, const BatchHandler& handler, RowFilter&& keep);

    DatabaseConnection& m_connection;
    QString m_partition;
    QString m_table;
    int m_pageSize = DefaultPageSize;
    QStringList m_dataColumns; // the data columns this table has, in order
    bool m_singleDataColumn = false; // old layout: one `data` column holding "d1|d2|..."
    bool m_columnsKnown = false;
    QString m_error;
    qint64 m_rowsRead = 0;
};

} // namespace qw
