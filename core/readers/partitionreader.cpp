#include "readers/partitionreader.h"

#include "database/databaseconnection.h"
#include "readers/partitioncursor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr int FixedColumns = 5; // time_id, call_id, queue, agent, verb

// Splits an old single `data` column the way a file line's data fields are split.
void splitDataColumn(const QString& data, QueueLogEvent& event)
{
    qsizetype start = 0;
    for (std::size_t field = 0; field < QueueLogEvent::DataFieldCount; ++field) {
        const qsizetype bar = field + 1 < QueueLogEvent::DataFieldCount ? data.indexOf(u'|', start) : -1;
        if (bar < 0) {
            event.data[field] = data.sliced(start);
            return;
        }
        event.data[field] = data.sliced(start, bar - start);
        start = bar + 1;
    }
}
} // namespace

PartitionReader::PartitionReader(DatabaseConnection& connection, QString partition, QString table)
    : m_connection(connection)
    , m_partition(std::move(partition))
    , m_table(std::move(table))
{ }

bool PartitionReader::prepareColumns()
{
    if (m_columnsKnown)
        return true;
    const QSqlRecord record = m_connection.database().record(m_table);
    if (record.isEmpty()) {
        m_error = tr("The table \"%1\" does not exist in %2.").arg(m_table, m_connection.url().toDisplayString());
        return false;
    }
    for (const QString& required :
         {u"time_id"_s, u"call_id"_s, u"queue"_s, u"agent"_s, u"verb"_s, u"unique_row_count"_s, u"partition"_s}) {
        if (!record.contains(required)) {
            m_error = tr("The table \"%1\" has no column \"%2\": it is not a queue_log table.").arg(m_table, required);
            return false;
        }
    }
    m_dataColumns.clear();
    for (int i = 1; i <= QueueLogEvent::DataFieldCount; ++i) {
        const QString name = u"data"_s + QString::number(i);
        if (record.contains(name))
            m_dataColumns.append(name);
    }
    m_singleDataColumn = m_dataColumns.isEmpty() && record.contains(u"data"_s);
    if (m_singleDataColumn)
        m_dataColumns.append(u"data"_s);
    m_columnsKnown = true;
    return true;
}

QString PartitionReader::selectStatement(bool bounded) const
{
    // Keyset paging: the first condition is a range on the (partition, time_id, unique_row_count)
    // index; the second skips what the previous page already returned in its last second.
    QString columns = u"time_id, call_id, queue, agent, verb"_s;
    for (const QString& column : m_dataColumns)
        columns += u", "_s + column;
    columns += u", unique_row_count"_s;
    return u"SELECT "_s + columns + u" FROM "_s + m_connection.quotedIdentifier(m_table) + u" WHERE "_s
        + m_connection.quotedIdentifier(u"partition"_s)
        + u" = ? AND time_id >= ? AND (time_id > ? OR unique_row_count > ?)"_s
        + (bounded ? u" AND time_id < ?"_s : QString()) + u" ORDER BY time_id, unique_row_count LIMIT "_s
        + QString::number(m_pageSize);
}

template<typename RowFilter>
ReadStatus PartitionReader::readPages(qint64 from, qint64 to, const BatchHandler& handler, RowFilter&& keep)
{
    m_error.clear();
    if (!m_connection.isOpen() && !m_connection.open()) {
        m_error = m_connection.errorString();
        return ReadStatus::Failed;
    }
    if (!prepareColumns())
        return ReadStatus::Failed;

    const bool bounded = to != EndOfTime;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(selectStatement(bounded))) {
        m_error = tr("Cannot read partition %1: %2").arg(m_partition, query.lastError().text());
        return ReadStatus::Failed;
    }

    const int dataColumns = int(m_dataColumns.size());
    const int keyColumn = FixedColumns + dataColumns;
    qint64 lastTime = from;
    qint64 lastKey = -1;
    EventBatch batch;
    for (;;) {
        query.bindValue(0, m_partition);
        query.bindValue(1, lastTime);
        query.bindValue(2, lastTime);
        query.bindValue(3, lastKey);
        if (bounded)
            query.bindValue(4, to);
        if (!query.exec()) {
            m_error = tr("Cannot read partition %1: %2").arg(m_partition, query.lastError().text());
            return ReadStatus::Failed;
        }
        batch.clear();
        batch.reserve(m_pageSize);
        int rowsInPage = 0;
        while (query.next()) {
            ++rowsInPage;
            lastTime = query.value(0).toLongLong();
            lastKey = query.value(keyColumn).toLongLong();
            if (!keep(lastTime, lastKey))
                continue;
            QueueLogEvent event;
            event.partition = m_partition;
            event.time = lastTime;
            event.callId = query.value(1).toString();
            event.queue = query.value(2).toString();
            event.agent = query.value(3).toString();
            event.verb = query.value(4).toString();
            if (m_singleDataColumn) {
                splitDataColumn(query.value(FixedColumns).toString(), event);
            } else {
                for (int i = 0; i < dataColumns; ++i)
                    event.data[std::size_t(i)] = query.value(FixedColumns + i).toString();
            }
            event.order = lastKey;
            batch.append(std::move(event));
        }
        if (query.lastError().isValid()) {
            m_error = tr("Reading partition %1 failed: %2").arg(m_partition, query.lastError().text());
            return ReadStatus::Failed;
        }
        query.finish();
        m_rowsRead += rowsInPage;
        if (!batch.isEmpty() && !handler(batch))
            return ReadStatus::Stopped;
        if (rowsInPage < m_pageSize)
            return ReadStatus::Finished;
    }
}

ReadStatus PartitionReader::readRange(qint64 from, qint64 to, const BatchHandler& handler)
{
    if (from >= to)
        return ReadStatus::Finished;
    return readPages(from, to, handler, [](qint64, qint64) { return true; });
}

ReadStatus PartitionReader::readNew(PartitionCursor& cursor, const BatchHandler& handler)
{
    // A row counts as seen only once the handler has taken it, so a stopped or failed poll
    // delivers the rest next time.
    const BatchHandler deliver = [&cursor, &handler](const EventBatch& batch) {
        if (!handler(batch))
            return false;
        for (const QueueLogEvent& event : batch)
            cursor.markSeen(event.time, event.order);
        cursor.prune();
        return true;
    };
    return readPages(cursor.pollFrom(), EndOfTime, deliver,
                     [&cursor](qint64 time, qint64 key) { return !cursor.hasSeen(time, key); });
}

} // namespace qw
