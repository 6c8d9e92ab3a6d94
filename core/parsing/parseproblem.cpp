#include "parsing/parseproblem.h"

namespace qw {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(qw::ParseProblem)
public:
    static QString reason(ParseProblem::Kind kind)
    {
        switch (kind) {
        case ParseProblem::Kind::TooFewFields:
            return tr("fewer than five fields");
        case ParseProblem::Kind::BadTimestamp:
            return tr("the timestamp is not a number of seconds");
        case ParseProblem::Kind::EmptyVerb:
            return tr("the event name is empty");
        case ParseProblem::Kind::LineTooLong:
            return tr("the line is longer than the queue_log limit");
        case ParseProblem::Kind::TimeMissing:
            return tr("the time is empty");
        case ParseProblem::Kind::TimeNotReadable:
            return tr("the time is not a date and time");
        }
        return {};
    }
    static QString line(qint64 number, const QString& reason, const QString& excerpt)
    {
        return tr("line %1 skipped: %2 (\"%3\")").arg(number).arg(reason, excerpt);
    }
    static QString row(qint64 id, const QString& reason, const QString& excerpt)
    {
        return tr("row id %1 skipped: %2 (\"%3\")").arg(id).arg(reason, excerpt);
    }
};
} // namespace

QString ParseProblem::message() const
{
    return tableRow ? Tr::row(lineNumber, Tr::reason(kind), excerpt) : Tr::line(lineNumber, Tr::reason(kind), excerpt);
}

void ParseProblemLog::record(ParseProblem problem)
{
    ++m_count;
    if (m_kept.size() < KeptProblems)
        m_kept.append(std::move(problem));
}

void ParseProblemLog::merge(const ParseProblemLog& other)
{
    m_count += other.m_count;
    for (const ParseProblem& problem : other.m_kept) {
        if (m_kept.size() >= KeptProblems)
            break;
        m_kept.append(problem);
    }
}

} // namespace qw
