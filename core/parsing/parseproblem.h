#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qw {

// Why one input line (or table row) was skipped, and where it was.
struct ParseProblem
{
    enum class Kind
    {
        TooFewFields,
        BadTimestamp,
        EmptyVerb,
        LineTooLong,
        TimeMissing, // a realtime table's row with a NULL or empty time
        TimeNotReadable, // a realtime table's row whose time is not a date and time
    };

    Kind kind = Kind::TooFewFields;
    qint64 lineNumber = 0; // for a table's row: its id
    QString excerpt; // the start of the offending line, for the message
    bool tableRow = false; // a row of a realtime table rather than a line of a file

    QString message() const; // translated, names the line number
};

// Counts every skipped line and keeps the first few for messages, so a file full of garbage
// cannot make the report of it grow without bound.
class ParseProblemLog
{
public:
    static constexpr qsizetype KeptProblems = 100;

    void record(ParseProblem problem);
    void merge(const ParseProblemLog& other);

    qint64 count() const { return m_count; }
    const QList<ParseProblem>& firstProblems() const { return m_kept; }
    bool isEmpty() const { return m_count == 0; }

private:
    qint64 m_count = 0;
    QList<ParseProblem> m_kept;
};

} // namespace qw
