#include "parsing/queuelogparser.h"

#include <limits>
#include <optional>

namespace qw {

namespace {
constexpr qsizetype ExcerptLength = 80;
constexpr qsizetype InternLimit = 4096;

QString excerptOf(QByteArrayView line)
{
    return QString::fromUtf8(line.first(std::min(line.size(), ExcerptLength)));
}
} // namespace

std::optional<qint64> parseEpochSeconds(QByteArrayView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

QueueLogParser::QueueLogParser(QString partition)
    : m_partition(std::move(partition))
{ }

QueueLogParser::Result QueueLogParser::parse(QByteArrayView line, qint64 lineNumber)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return EmptyLine {};
    if (line.size() > MaxLineLength)
        return ParseProblem {ParseProblem::Kind::LineTooLong, lineNumber, excerptOf(line)};

    // The five fixed fields: epoch, call id, queue, agent, verb.
    std::array<QByteArrayView, 5> fixed;
    qsizetype start = 0;
    for (qsizetype field = 0; field < 5; ++field) {
        const qsizetype bar = line.indexOf('|', start);
        if (bar < 0) {
            if (field < 4)
                return ParseProblem {ParseProblem::Kind::TooFewFields, lineNumber, excerptOf(line)};
            fixed[std::size_t(field)] = line.sliced(start); // exactly five fields: no '|' after the verb
            start = line.size() + 1;
            break;
        }
        fixed[std::size_t(field)] = line.sliced(start, bar - start);
        start = bar + 1;
    }

    const std::optional<qint64> time = parseEpochSeconds(fixed[0]);
    if (!time)
        return ParseProblem {ParseProblem::Kind::BadTimestamp, lineNumber, excerptOf(line)};
    if (fixed[4].isEmpty())
        return ParseProblem {ParseProblem::Kind::EmptyVerb, lineNumber, excerptOf(line)};

    QueueLogEvent event;
    event.partition = m_partition;
    event.time = *time;
    event.callId = QString::fromUtf8(fixed[1]);
    event.queue = m_pool.internUtf8(fixed[2]);
    event.agent = m_pool.internUtf8(fixed[3]);
    event.verb = m_pool.internUtf8(fixed[4]);
    event.order = lineNumber;

    // data1..data4 take one field each; data5 keeps the rest of the line, pipes included.
    for (std::size_t field = 0; field < QueueLogEvent::DataFieldCount && start <= line.size(); ++field) {
        const qsizetype bar = field + 1 < QueueLogEvent::DataFieldCount ? line.indexOf('|', start) : -1;
        const qsizetype end = bar < 0 ? line.size() : bar;
        event.data[field] = QString::fromUtf8(line.sliced(start, end - start));
        start = end + 1;
    }
    return event;
}

} // namespace qw
