#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qw {

// Why one input line was skipped, and where it was.
struct ParseProblem
{
    enum class Kind
    {
        TooFewFields,
        BadTimestamp,
        EmptyVerb,
        LineTooLong,
    };

    Kind kind = Kind::TooFewFields;
    qint64 lineNumber = 0;
    QString excerpt; // the start of the offending line, for the message

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
