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
// Escaped INSERTs stay well below max_allowed_packet (16 MB by default, rarely under 1 MB):
// a statement the server finds too big would cost the connection.
constexpr qsizetype MaxStatementChars = 256 * 1024;

QString insertStatement(const QString& head, qsizetype rows)
{
    QString values = u"(?,?,?,?,?,?,?,?,?,?,?)"_s;
    QStringList all;
    all.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i)
        all.append(values);
    return head + u" VALUES "_s + all.join(u',');
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
    m_sqlError = {};
    if (events.isEmpty())
        return true;
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        m_sqlError = db.lastError();
        m_error = tr("Cannot start a transaction: %1").arg(m_sqlError.text());
        return false;
    }
    if (!insert(events)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_sqlError = db.lastError();
        m_error = tr("Cannot commit the rows written to %1: %2").arg(m_table, m_sqlError.text());
        db.rollback();
        m_rowsWritten -= events.size();
        return false;
    }
    return true;
}

QString QueueLogTableWriter::columnList() const
{
    return m_connection.quotedIdentifier(u"partition"_s)
        + u", time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5"_s;
}

bool QueueLogTableWriter::fail(const QSqlError& error)
{
    m_sqlError = error;
    m_warned = false;
    m_error = tr("Cannot write to %1: %2").arg(m_table, error.text());
    return false;
}

bool QueueLogTableWriter::probe()
{
    m_error.clear();
    m_sqlError = {};
    const bool mysql = m_connection.url().driver() == DatabaseUrl::Driver::MySql;
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"INSERT INTO "_s + m_connection.quotedIdentifier(m_table) + u" ("_s + columnList()
                    + u") SELECT '', 0, '', '', '', '', '', '', '', '', ''"_s + (mysql ? u" FROM DUAL"_s : QString())
                    + u" WHERE 1 = 0"_s))
        return fail(query.lastError());
    return true;
}

bool QueueLogTableWriter::insert(const EventBatch& events)
{
    m_error.clear();
    m_sqlError = {};
    m_warned = false;
    QSqlDatabase db = m_connection.database();
    if (m_connection.url().driver() == DatabaseUrl::Driver::MySql) {
        if (m_loadDataWorks != 0) {
            const LoadData result = insertLoadData(events);
            if (result == LoadData::Stored)
                return true;
            if (m_loadDataWorks == 1 || result == LoadData::Refused)
                return false; // a real failure: the caller rolls back
            // Never worked here yet: the server or client may not allow LOCAL INFILE. The failed
            // statement left nothing behind, so INSERTs can take the same rows.
            if (!insertEscaped(events))
                return false; // INSERT's own error says why
            m_loadDataWorks = 0;
            return true;
        }
        return insertEscaped(events);
    }
    QSqlQuery full(db);
    bool fullPrepared = false;
    for (qsizetype start = 0; start < events.size(); start += SqliteRowsPerStatement) {
        const qsizetype rows = std::min(SqliteRowsPerStatement, events.size() - start);
        QSqlQuery partial(db);
        QSqlQuery& query = rows == SqliteRowsPerStatement ? full : partial;
        const bool prepared = rows == SqliteRowsPerStatement ? fullPrepared : false;
        if (!prepared
            && !query.prepare(insertStatement(
                u"INSERT INTO "_s + m_connection.quotedIdentifier(m_table) + u" ("_s + columnList() + u')', rows)))
            return fail(query.lastError());
        if (rows == SqliteRowsPerStatement)
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
        if (!query.exec())
            return fail(query.lastError());
    }
    m_rowsWritten += events.size();
    return true;
}

QueueLogTableWriter::LoadData QueueLogTableWriter::insertLoadData(const EventBatch& events)
{
    // LOAD DATA LOCAL INFILE is the server's fastest way in (about 1.6 times multi-row INSERT)
    // and, on InnoDB, part of the caller's transaction like any INSERT.
    QTemporaryFile file(QDir::temp().filePath(u"queuewatch-load-XXXXXX.tsv"_s));
    if (!file.open()) {
        m_error = tr("Cannot write a temporary file: %1").arg(file.errorString());
        m_sqlError = QSqlError(m_error, {}, QSqlError::UnknownError);
        return LoadData::Failed;
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
        m_sqlError = QSqlError(m_error, {}, QSqlError::UnknownError);
        return LoadData::Failed;
    }
    QSqlDatabase db = m_connection.database();
    QSqlField path(u"path"_s, QMetaType(QMetaType::QString));
    path.setValue(file.fileName());
    QSqlQuery query(db);
    const QString sql = u"LOAD DATA LOCAL INFILE "_s + db.driver()->formatValue(path) + u" INTO TABLE "_s
        + m_connection.quotedIdentifier(m_table)
        + u" CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("_s
        + columnList() + u')';
    if (!query.exec(sql)) {
        fail(query.lastError());
        return LoadData::Failed;
    }
    // With LOCAL the server cannot stop the file half way, so what would be an error (a row a
    // CHECK refuses, a value too long for its column) is a warning and the row is skipped or cut.
    const qsizetype taken = query.numRowsAffected();
    if (!takenWithoutWarnings())
        return LoadData::Refused;
    if (taken != events.size()) {
        m_error = tr("The server took %1 of %2 rows.").arg(taken).arg(events.size());
        m_sqlError = QSqlError(m_error, {}, QSqlError::StatementError);
        m_warned = true;
        return LoadData::Refused;
    }
    m_loadDataWorks = 1;
    m_rowsWritten += events.size();
    return LoadData::Stored;
}

bool QueueLogTableWriter::takenWithoutWarnings()
{
    // The first warning stands for the statement's failure, with its code, as if strict mode had
    // refused the row. Notes are only remarks.
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SHOW WARNINGS"_s))
        return fail(query.lastError());
    while (query.next()) {
        if (query.value(0).toString().compare(u"Note"_s, Qt::CaseInsensitive) == 0)
            continue;
        fail(QSqlError(tr("The server took the rows with a warning"), query.value(2).toString(),
                       QSqlError::StatementError, query.value(1).toString()));
        m_warned = true;
        return false;
    }
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
    const QString head
        = u"INSERT INTO "_s + m_connection.quotedIdentifier(m_table) + u" ("_s + columnList() + u") VALUES "_s;
    QSqlQuery query(db);
    QString sql;
    qsizetype start = 0;
    while (start < events.size()) {
        const qsizetype last = std::min(events.size(), start + RowsPerStatement);
        sql = head;
        qsizetype i = start;
        for (; i < last && (i == start || sql.size() < MaxStatementChars); ++i) {
            const QueueLogEvent& e = events[i];
            if (i > start)
                sql += u',';
            sql += u'(' + quoted(e.partition) + u',' + QString::number(e.time);
            for (const QString* value :
                 {&e.callId, &e.queue, &e.agent, &e.verb, &e.data[0], &e.data[1], &e.data[2], &e.data[3], &e.data[4]})
                sql += u',' + quoted(*value);
            sql += u')';
        }
        start = i;
        if (!query.exec(sql))
            return fail(query.lastError());
        // Without strict mode the server cuts a value that is too long and says so only here.
        if (!takenWithoutWarnings())
            return false;
    }
    m_rowsWritten += events.size();
    return true;
}

} // namespace qw
