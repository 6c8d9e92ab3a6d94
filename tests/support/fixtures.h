#pragma once

#include "events/queuelogevent.h"

#include <QString>
#include <QStringList>

namespace qw::test {

// A file under tests/fixtures/.
QString fixturePath(const QString& relative);
// A program built by this project (queuewatch-report, ...).
QString binaryPath(const QString& name);
// What a program run by a test did: its exit code (-1 when it did not finish normally), its
// standard output, and its standard error (or why it did not finish).
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};
ProgramRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 120000);

// Every event of a queue_log file, failing the current test if it cannot be read.
EventBatch readQueueLogFile(const QString& path, const QString& partition);

} // namespace qw::test
