#pragma once

#include "events/queuelogevent.h"
#include "events/stringpool.h"
#include "parsing/parseproblem.h"

#include <QByteArrayView>
#include <variant>

namespace qw {

// Turns queue_log lines into events. Accepts every layout Asterisk has written (1.2 to today):
// five or more fields, any number of data fields (the sixth and later are joined into data5
// with '|', as Asterisk's realtime writer does), an optional trailing CR and bytes that are
// not UTF-8 (replaced, never fatal). Unknown verbs are kept: they are data, not errors.
class QueueLogParser
{
public:
    // Longer lines are skipped as bad: queue_log lines are at most 8 KiB, so anything this long
    // is not a queue_log line and must not make memory grow.
    static constexpr qsizetype MaxLineLength = 64 * 1024;

    struct EmptyLine
    {
    };
    using Result = std::variant<QueueLogEvent, ParseProblem, EmptyLine>;

    explicit QueueLogParser(QString partition = {});

    const QString& partition() const { return m_partition; }

    // `line` without its '\n'; a trailing '\r' is stripped here.
    Result parse(QByteArrayView line, qint64 lineNumber);

private:
    QString m_partition;
    StringPool m_pool; // queue, agent and verb values
};

// Epoch seconds from an all-digit string; nullopt for anything else (sign, space, empty, overflow).
std::optional<qint64> parseEpochSeconds(QByteArrayView digits);

} // namespace qw
