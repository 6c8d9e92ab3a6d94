#pragma once

#include "events/queuelogevent.h"
#include "events/stringpool.h"
#include "readers/batchhandler.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace qw {

class DatabaseConnection;

// Which columns a queue_log table has: tables this project creates have data1..data5; older
// QueueMetrics installations have only data1..data3, or one `data` column.
struct QueueLogTableLayout
{
    QString table;
    QStringList textColumns; // call_id, queue, agent, verb, then the data columns
    bool singleDataColumn = false;

    // The layout of `table`, or an error message.
    static std::variant<QueueLogTableLayout, QString> discover(DatabaseConnection& connection, const QString& table);
};

// Splits an old single `data` column into data1..data5 the way a file line's fields are split.
void splitDataColumn(QStringView data, QueueLogEvent& event);

// Where a page starts: after this (time_id, unique_row_count).
struct RowKey
{
    qint64 time = 0;
    qint64 key = -1;
};

// One page of a partition, in (time_id, unique_row_count) order, from one connection. The
// driver buffers a whole page; rows become events only as they are handed on.
class PartitionPage
{
    Q_DECLARE_TR_FUNCTIONS(qw::PartitionPage)
public:
    using RowFilter = std::function<bool(qint64 time, qint64 key)>;

    PartitionPage(DatabaseConnection& connection, const QueueLogTableLayout& layout, QString partition, qint64 to,
                  int pageSize, qsizetype batchSize);

    // Runs the query for the page after `start`. False with errorString() on failure.
    bool fetch(RowKey start);
    // The key of the page's last row, or nullopt when the page is not full (it is the last one).
    std::optional<RowKey> lastKeyIfFull();
    // Turns the page's rows into events and hands them on in batches; rows the filter rejects
    // are skipped. Also updates `last` to the key of each row passed.
    ReadStatus deliver(const RowFilter& keep, const BatchHandler& handler, RowKey& last);

    int rowCount() const { return m_rows; }
    QString errorString() const { return m_error; }

private:
    bool unpackRow(QStringView packed, QueueLogEvent& event);
    bool readRowUnpacked(qint64 time, qint64 key, QueueLogEvent& event);
    void fillDataFields(const QStringView* fields, qsizetype count, QueueLogEvent& event) const;

    DatabaseConnection& m_connection;
    const QueueLogTableLayout& m_layout;
    QString m_partition;
    qint64 m_to;
    int m_pageSize;
    qsizetype m_batchSize;
    QSqlQuery m_query;
    int m_rows = 0;
    QString m_error;
    StringPool m_pool; // queue, agent and verb values
};

} // namespace qw
