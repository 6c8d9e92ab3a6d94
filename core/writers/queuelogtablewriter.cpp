#include "writers/queuelogtablewriter.h"

#include "database/databaseconnection.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTemporaryFile>

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
    if (m_connection.url().driver() == DatabaseUrl::Driver::MySql) {
        if (m_loadDataWorks != 0) {
            if (insertLoadData(events))
                return true;
            if (m_loadDataWorks == 1)
                return false; // it worked before: this is a real failure
            m_loadDataWorks = 0; // the server or client does not allow LOCAL INFILE: INSERT from now on
        }
        return insertEscaped(events);
    }
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

bool QueueLogTableWriter::insertLoadData(const EventBatch& events)
{
    // LOAD DATA LOCAL INFILE is the server's fastest way in (about 1.6 times multi-row INSERT)
    // and, on InnoDB, part of the caller's transaction like any INSERT.
    QTemporaryFile file(QDir::temp().filePath(u"queuewatch-load-XXXXXX.tsv"_s));
    if (!file.open()) {
        m_error = tr("Cannot write a temporary file: %1").arg(file.errorString());
        return false;
    }
    QByteArray tsv;
    tsv.reserve(events.size() * 120);
    const auto field = [&tsv](const QString& value) {
        for (const char c : value.toUtf8()) {
            switch (c) {
            case '\\':
                tsv += "\\\\";
                break;
            case '\t':
                tsv += "\\t";
                break;
            case '\n':
                tsv += "\\n";
                break;
            case '\0':
                tsv += "\\0";
                break;
            default:
                tsv += c;
            }
        }
    };
    for (const QueueLogEvent& e : events) {
        field(e.partition);
        tsv += '\t' + QByteArray::number(e.time);
        for (const QString* value :
             {&e.callId, &e.queue, &e.agent, &e.verb, &e.data[0], &e.data[1], &e.data[2], &e.data[3], &e.data[4]}) {
            tsv += '\t';
            field(*value);
        }
        tsv += '\n';
    }
    if (file.write(tsv) != tsv.size() || !file.flush()) {
        m_error = tr("Cannot write a temporary file: %1").arg(file.errorString());
        return false;
    }
    QSqlDatabase db = m_connection.database();
    QSqlField path(u"path"_s, QMetaType(QMetaType::QString));
    path.setValue(file.fileName());
    QSqlQuery query(db);
    const QString sql = u"LOAD DATA LOCAL INFILE "_s + db.driver()->formatValue(path) + u" INTO TABLE "_s
        + m_connection.quotedIdentifier(m_table)
        + u" CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("_s
        + m_connection.quotedIdentifier(u"partition"_s)
        + u", time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5)"_s;
    if (!query.exec(sql)) {
        m_error = tr("Cannot write to %1: %2").arg(m_table, query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != events.size()) {
        m_error = tr("The server took %1 of %2 rows.").arg(query.numRowsAffected()).arg(events.size());
        return false;
    }
    m_loadDataWorks = 1;
    m_rowsWritten += events.size();
    return true;
}

bool QueueLogTableWriter::insertEscaped(const EventBatch& events)
{
    // QMYSQL binds every value through a QVariant and a server-side prepared statement: about
    // half the speed of sending the rows as text. The text is escaped by the client library
    // (mysql_real_escape_string through formatValue), which knows the connection's character
    // set and SQL mode, so no value can end a string early.
    QSqlDatabase db = m_connection.database();
    const QSqlDriver* driver = db.driver();
    QSqlField field(u"v"_s, QMetaType(QMetaType::QString));
    const auto quoted = [&](const QString& value) {
        field.setValue(text(value));
        return driver->formatValue(field);
    };
    const QString head = u"INSERT INTO "_s + m_connection.quotedIdentifier(m_table) + u" ("_s
        + m_connection.quotedIdentifier(u"partition"_s)
        + u", time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5) VALUES "_s;
    QSqlQuery query(db);
    QString sql;
    for (qsizetype start = 0; start < events.size(); start += RowsPerStatement) {
        const qsizetype end = std::min(events.size(), start + RowsPerStatement);
        sql = head;
        for (qsizetype i = start; i < end; ++i) {
            const QueueLogEvent& e = events[i];
            if (i > start)
                sql += u',';
            sql += u'(' + quoted(e.partition) + u',' + QString::number(e.time);
            for (const QString* value :
                 {&e.callId, &e.queue, &e.agent, &e.verb, &e.data[0], &e.data[1], &e.data[2], &e.data[3], &e.data[4]})
                sql += u',' + quoted(*value);
            sql += u')';
        }
        if (!query.exec(sql)) {
            m_error = tr("Cannot write to %1: %2").arg(m_table, query.lastError().text());
            return false;
        }
    }
    m_rowsWritten += events.size();
    return true;
}

} // namespace qw
