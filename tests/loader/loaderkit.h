#pragma once

#include "database/databaseurl.h"

#include <memory>
#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace qw::test {

// What the loader suites share: queue_log files written and read line by line, the rows a
// partition must hold for them (worked out with the parser, not the loader), and the loader
// run as a real process.

// A queue_log line (with its '\n') for one event of queue "support".
QByteArray queueLogLine(qint64 time, const QString& callId, const char* verb, const QString& data = {});
bool appendTo(const QString& path, const QByteArray& bytes);
// The file's lines without their '\n'.
QList<QByteArray> linesOf(const QString& path);

// The rows a loader must store for these lines, in order (bad lines left out): every stored
// column in the table's order, as text.
QList<QStringList> expectedRows(const QList<QByteArray>& lines);
// The partition's rows as stored, in unique_row_count order, in the same shape.
QList<QStringList> partitionRows(const DatabaseUrl& database, const QString& partition);
qint64 partitionCount(const DatabaseUrl& database, const QString& partition);

// queuewatch-loader --db URL --partition NAME --poll-interval 50 EXTRA... FILE, with
// QUEUEWATCH_DB_PASSWORD set to `password` when one is given. Standard error is kept for the test.
std::unique_ptr<QProcess> startLoader(const QString& url, const QString& partition, const QString& file,
                                      const QStringList& extra = {}, const QString& password = {});

} // namespace qw::test
