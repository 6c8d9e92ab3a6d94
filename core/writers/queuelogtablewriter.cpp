#include "writers/queuelogtablewriter.h"

#include "database/databaseconnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr int ColumnsPerRow = 11;

QString insertStatement(const DatabaseConnection& connection, const QString& table, qsizetype rows)
{
    QString values = u"(?,?,?,?,?,?,?,?,?,?,?)"_s;
    QStringList all;
    all.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i)
        all.append(values);
    return u"INSERT INTO "_s + connection.quotedIdentifier(table) + u" ("_s
        + connection.quotedIdentifier(u"partition"_s)
        + u", time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5) VALUES "_s + all.join(u',');
}

// A null QString binds as SQL NULL; the columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? u""_s : value;
}
} // namespace

QueueLogTableWriter::QueueLogTableWriter(DatabaseConnection& connection, QString table)
    : m_connection(connection)
    , m_table(std::move(table))
{ }

bool QueueLogTableWriter::append(const EventBatch& events)
{
    m_error.clear();
    if (events.isEmpty())
        return true;
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        m_error = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    if (!insert(events)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = tr("Cannot commit the rows written to %1: %2").arg(m_table, db.lastError().text());
        db.rollback();
        m_rowsWritten -= events.size();
        return false;
    }
    return true;
}

bool QueueLogTableWriter::insert(const EventBatch& events)
{
    m_error.clear();
    QSqlDatabase db = m_connection.database();
    QSqlQuery full(db);
    bool fullPrepared = false;
    for (qsizetype start = 0; start < events.size(); start += RowsPerStatement) {
        const qsizetype rows = std::min(RowsPerStatement, events.size() - start);
        QSqlQuery partial(db);
        QSqlQuery& query = rows == RowsPerStatement ? full : partial;
        const bool prepared = rows == RowsPerStatement ? fullPrepared : false;
        if (!prepared && !query.prepare(insertStatement(m_connection, m_table, rows))) {
            m_error = tr("Cannot write to %1: %2").arg(m_table, query.lastError().text());
            return false;
        }
        if (rows == RowsPerStatement)
            fullPrepared = true;
        int column = 0;
        for (qsizetype i = start; i < start + rows; ++i) {
            const QueueLogEvent& e = events[i];
            query.bindValue(column++, text(e.partition));
            query.bindValue(column++, e.time);
            for (const QString* value :
                 {&e.callId, &e.queue, &e.agent, &e.verb, &e.data[0], &e.data[1], &e.data[2], &e.data[3], &e.data[4]})
                query.bindValue(column++, text(*value));
        }
        Q_ASSERT(column == rows * ColumnsPerRow);
        if (!query.exec()) {
            m_error = tr("Cannot write to %1: %2").arg(m_table, query.lastError().text());
            return false;
        }
    }
    m_rowsWritten += events.size();
    return true;
}

} // namespace qw
