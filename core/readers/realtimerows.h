#pragma once

#include "parsing/parseproblem.h"
#include "parsing/queuelogparser.h"
#include "readers/batchhandler.h"
#include "time/wallclocktext.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QStringList>
#include <variant>

namespace qw {

class DatabaseConnection;

// The columns an Asterisk realtime queue_log table has, as found in it: an `id` to page by (or
// only the time), the time column's kind, and `data1`..`data5` or the old single `data`.
// Columns Asterisk's schema has but the table lacks read as empty.
struct RealtimeTableLayout
{
    QString table;
    bool hasId = false;
    bool timeIsText = false; // VARCHAR: the text as Asterisk wrote it; else DATETIME/TIMESTAMP
    QStringList textColumns; // callid, queuename, agent, event, then the data columns ("" where missing)
    bool singleDataColumn = false;
    QStringList missing;

    static std::variant<RealtimeTableLayout, QString> discover(DatabaseConnection& connection, const QString& table);
    // One line for the user: "id, time (date and time), callid, queuename, agent, event, data1..data5".
    QString describe() const;
    // The SQL for text column `column` of textColumns: '' where the table lacks it, NULL read as ''.
    QString textExpression(const DatabaseConnection& connection, qsizetype column) const;
};

// Where a read of a realtime table has come to: after this id, or (tables without one) at this
// time text with this many rows of it already read.
struct RealtimeCursor
{
    qint64 lastId = 0;
    QString lastTime;
    qint64 rowsAtLastTime = 0;
};

// Reads an Asterisk realtime queue_log table in pages of its key (id, else time), so memory
// stays flat whatever its size, and turns each row into the event the same line of a queue_log
// file would give (the same parser reads both). A row whose time is NULL or not a date and time
// is skipped and recorded as a problem with its id.
class RealtimeRows
{
    Q_DECLARE_TR_FUNCTIONS(qw::RealtimeRows)
public:
    static constexpr int DefaultPageSize = 20000;

    // `clock` turns the times into instants; it outlives one read so that a live view's polls
    // keep telling the repeated DST hour apart across their boundaries.
    RealtimeRows(DatabaseConnection& connection, const RealtimeTableLayout& layout, QString partition,
                 WallClockReader& clock, int pageSize = DefaultPageSize);

    // Every row after `cursor` whose wall-clock time text is in [fromText, toText) (either may be
    // empty: unbounded), in key order, each to `take`; `cursor` moves past each row read. Rows
    // with an unreadable time are recorded whatever the bounds.
    ReadStatus read(RealtimeCursor& cursor, const QString& fromText, const QString& toText,
                    const std::function<bool(QueueLogEvent&)>& take);

    // Text column `column` (of callid, queuename, agent, event, data...) as the row's file line
    // holds it: a fixed field never holds a '|' (it would shift the others: '_' instead), and a
    // realtime member spec in the agent field ("Local/551@default/n,0,551,hint:5": interface,
    // penalty, member name, state interface) names the member by its interface.
    static QString asLineField(qsizetype column, QString value);

    const ParseProblemLog& problems() const { return m_problems; }
    QString errorString() const { return m_error; }

private:
    QString selectStatement(bool lowerBound, bool upperBound) const;
    std::optional<QueueLogEvent> toEvent(qint64 id, const QString& time, const QStringList& fields);

    DatabaseConnection& m_connection;
    const RealtimeTableLayout& m_layout;
    QString m_partition;
    WallClockReader& m_clock;
    QueueLogParser m_parser;
    int m_pageSize;
    ParseProblemLog m_problems;
    QString m_error;
};

} // namespace qw
