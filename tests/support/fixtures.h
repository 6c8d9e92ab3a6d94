#pragma once

#include "events/queuelogevent.h"

#include <QString>

namespace qw::test {

// A file under tests/fixtures/.
QString fixturePath(const QString& relative);
// A program built by this project (queuewatch-report, ...).
QString binaryPath(const QString& name);
// Every event of a queue_log file, failing the current test if it cannot be read.
EventBatch readQueueLogFile(const QString& path, const QString& partition);

} // namespace qw::test
