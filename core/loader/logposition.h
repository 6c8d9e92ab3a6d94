#pragma once

#include <QByteArray>
#include <QString>

namespace qw {

// Where a loader stands in a server's queue_log: which file (known by a hash of its first line,
// so a file is recognised after logrotate renamed it), the byte just after the last complete
// line taken, and that line's number.
struct LogPosition
{
    QByteArray fileKey; // hex; empty: no file yet
    qint64 offset = 0;
    qint64 lineNumber = 0;

    friend bool operator==(const LogPosition&, const LogPosition&) = default;
};

} // namespace qw
