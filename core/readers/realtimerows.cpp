#include "readers/realtimerows.h"

#include "database/databaseconnection.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// Asterisk's realtime columns in the order a queue_log line has them.
const QStringList FixedColumns {u"callid"_s, u"queuename"_s, u"agent"_s, u"event"_s};

} // namespace

QString RealtimeRows::asLineField(qsizetype column, QString value)
{
    if (column >= FixedColumns.size())
        return value;
    if (const qsizetype comma = value.indexOf(u','); column == 2 && comma > 0 && value.first(comma).contains(u'/'))
        value.truncate(comma);
    return value.replace(u'|', u'_');
}

QString RealtimeTableLayout::textExpression(const DatabaseConnection& connection, qsizetype column) const
{
    const QString& name = textColumns.value(column);
    return name.isEmpty() ? u"''"_s : u"IFNULL(%1, '')"_s.arg(connection.quotedIdentifier(name));
}

std::variant<RealtimeTableLayout, QString> RealtimeTableLayout::discover(DatabaseConnection& connection,
                                                                         const QString& table)
{
    const QSqlRecord record = connection.database().record(table);
    if (record.isEmpty())
        return RealtimeRows::tr("The table \"%1\" does not exist in %2.")
            .arg(table, connection.url().toDisplayString());
    RealtimeTableLayout layout;
    layout.table = table;
    for (const QString& required : {u"time"_s, u"event"_s}) {
        if (!record.contains(required))
            return RealtimeRows::tr("The table \"%1\" has no column \"%2\": it is not an Asterisk realtime "
                                    "queue_log table.")
                .arg(table, required);
    }
    layout.hasId = record.contains(u"id"_s);
    const QMetaType timeType = record.field(u"time"_s).metaType();
    layout.timeIsText = timeType.id() == QMetaType::QString || timeType.id() == QMetaType::QByteArray;
    for (const QString& column : FixedColumns) {
        layout.textColumns.append(record.contains(column) ? column : QString());
        if (!record.contains(column))
            layout.missing.append(column);
    }
    for (int i = 1; i <= QueueLogEvent::DataFieldCount; ++i) {
        const QString name = u"data"_s + QString::number(i);
        if (record.contains(name))
            layout.textColumns.append(name);
    }
    if (layout.textColumns.size() == FixedColumns.size() && record.contains(u"data"_s)) {
        layout.singleDataColumn = true;
        layout.textColumns.append(u"data"_s);
    }
    return layout;
}

QString RealtimeTableLayout::describe() const
{
    QStringList columns;
    if (hasId)
        columns << u"id"_s;
    columns << (timeIsText ? RealtimeRows::tr("time (text)") : RealtimeRows::tr("time (date and time)"));
    QStringList data;
    for (const QString& column : textColumns) {
        if (column.isEmpty())
            continue;
        (column.startsWith(u"data") ? data : columns) << column;
    }
    if (data.size() > 2)
        columns << data.first() + u".."_s + data.last();
    else
        columns << data;
    QString text = RealtimeRows::tr("Asterisk realtime table %1: %2").arg(table, columns.join(u", "_s));
    if (!hasId)
        text += u"; "_s + RealtimeRows::tr("no id column, read in time order");
    if (!missing.isEmpty())
        text += u"; "_s + RealtimeRows::tr("missing, read as empty: %1").arg(missing.join(u", "_s));
    return text;
}

RealtimeRows::RealtimeRows(DatabaseConnection& connection, const RealtimeTableLayout& layout, QString partition,
                           WallClockReader& clock, int pageSize)
    : m_connection(connection)
    , m_layout(layout)
    , m_partition(std::move(partition))
    , m_clock(clock)
    , m_parser(m_partition)
    , m_pageSize(pageSize)
{ }

QString RealtimeRows::selectStatement(bool lowerBound, bool upperBound) const
{
    const bool mysql = m_connection.url().driver() == DatabaseUrl::Driver::MySql;
    const QString time = m_connection.quotedIdentifier(u"time"_s);
    QStringList columns {m_layout.hasId ? m_connection.quotedIdentifier(u"id"_s) : u"0"_s,
                         u"CAST(%1 AS %2)"_s.arg(time, mysql ? u"CHAR"_s : u"TEXT"_s)};
    for (qsizetype column = 0; column < m_layout.textColumns.size(); ++column)
        columns << m_layout.textExpression(m_connection, column);
    QStringList conditions;
    QString range;
    if (lowerBound)
        range += time + u" >= ?"_s;
    if (upperBound)
        range += (range.isEmpty() ? QString() : u" AND "_s) + time + u" < ?"_s;
    QString order;
    if (m_layout.hasId) {
        conditions << m_connection.quotedIdentifier(u"id"_s) + u" > ?"_s;
        // A row without a time, or with text that is none, is reported whichever period is read.
        if (!range.isEmpty())
            conditions << (m_layout.timeIsText ? u"(%1 IS NULL OR %1 NOT LIKE '____-__-__%' OR (%2))"_s.arg(time, range)
                                               : u"(%1 IS NULL OR (%2))"_s.arg(time, range));
        order = m_connection.quotedIdentifier(u"id"_s);
    } else {
        // Keyset by time: from the last time read, skipping the rows of it already read.
        conditions << time + u" >= ?"_s;
        if (upperBound)
            conditions << time + u" < ?"_s;
        order = time;
    }
    QString sql = u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + m_connection.quotedIdentifier(m_layout.table)
        + u" WHERE "_s + conditions.join(u" AND "_s) + u" ORDER BY "_s + order + u" LIMIT "_s
        + QString::number(m_pageSize);
    if (!m_layout.hasId)
        sql += u" OFFSET ?"_s;
    return sql;
}

std::optional<QueueLogEvent> RealtimeRows::toEvent(qint64 id, const QString& time, const QStringList& fields)
{
    const auto problem = [&](ParseProblem::Kind kind) {
        m_problems.record({kind, id, (time.isNull() ? u"NULL"_s : time.left(40)), true});
        return std::nullopt;
    };
    if (time.isNull() || time.trimmed().isEmpty())
        return problem(ParseProblem::Kind::TimeMissing);
    const std::optional<WallClockReader::Reading> reading = m_clock.read(time);
    if (!reading)
        return problem(ParseProblem::Kind::TimeNotReadable);
    // The line a queue_log file would hold for this row, read by the files' own parser.
    QStringList parts {QString::number(reading->utc)};
    for (qsizetype i = 0; i < fields.size(); ++i)
        parts << asLineField(i, fields[i]);
    while (parts.size() > 6 && parts.last().isEmpty())
        parts.removeLast();
    if (parts.size() < 6)
        parts << QString();
    auto parsed = m_parser.parse(parts.join(u'|').toUtf8(), id);
    if (auto* event = std::get_if<QueueLogEvent>(&parsed)) {
        event->order = id;
        return std::move(*event);
    }
    if (auto* bad = std::get_if<ParseProblem>(&parsed)) {
        bad->tableRow = true;
        m_problems.record(*bad);
    }
    return std::nullopt;
}

ReadStatus RealtimeRows::read(RealtimeCursor& cursor, const QString& fromText, const QString& toText,
                              const std::function<bool(QueueLogEvent&)>& take)
{
    const bool lower = !fromText.isEmpty();
    const bool upper = !toText.isEmpty();
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(selectStatement(lower, upper))) {
        m_error = tr("Cannot read the table %1: %2").arg(m_layout.table, query.lastError().text());
        return ReadStatus::Failed;
    }
    const int columns = 2 + int(m_layout.textColumns.size());
    for (;;) {
        int bind = 0;
        if (m_layout.hasId) {
            query.bindValue(bind++, cursor.lastId);
            if (lower)
                query.bindValue(bind++, fromText);
            if (upper)
                query.bindValue(bind++, toText);
        } else {
            const bool resume = !cursor.lastTime.isEmpty() && (!lower || cursor.lastTime >= fromText);
            query.bindValue(bind++, resume ? cursor.lastTime : (lower ? fromText : u"0000-00-00"_s));
            if (upper)
                query.bindValue(bind++, toText);
            query.bindValue(bind++, resume ? cursor.rowsAtLastTime : 0);
            if (!resume)
                cursor.rowsAtLastTime = 0;
        }
        if (!query.exec()) {
            m_error = tr("Cannot read the table %1: %2").arg(m_layout.table, query.lastError().text());
            return ReadStatus::Failed;
        }
        int rows = 0;
        QStringList fields;
        while (query.next()) {
            ++rows;
            const qint64 id = query.value(0).toLongLong();
            const QString time = query.value(1).isNull() ? QString() : query.value(1).toString();
            fields.clear();
            for (int c = 2; c < columns; ++c)
                fields << query.value(c).toString();
            if (m_layout.hasId) {
                cursor.lastId = id;
            } else {
                cursor.rowsAtLastTime = time == cursor.lastTime ? cursor.rowsAtLastTime + 1 : 1;
                cursor.lastTime = time;
            }
            std::optional<QueueLogEvent> event = toEvent(m_layout.hasId ? id : 0, time, fields);
            if (event && !take(*event))
                return ReadStatus::Stopped;
        }
        if (query.lastError().isValid()) {
            m_error = tr("Reading the table %1 failed: %2").arg(m_layout.table, query.lastError().text());
            return ReadStatus::Failed;
        }
        query.finish();
        if (rows < m_pageSize)
            return ReadStatus::Finished;
    }
}

} // namespace qw
