#pragma once

#include "events/queuelogevent.h"

#include <QString>

namespace qw {
class DatabaseConnection;
}

namespace qw::test {

// An event with the given fields and empty data fields.
QueueLogEvent makeEvent(const QString& partition, qint64 time, const QString& callId, const QString& queue,
                        const QString& agent, const QString& verb);

// Appends events to a queue_log-shaped table with multi-row INSERTs and bound values, in the
// order given (so unique_row_count follows that order). False (with a warning) on failure.
bool insertEvents(DatabaseConnection& connection, const EventBatch& events,
                  const QString& table = QStringLiteral("queue_log"));

} // namespace qw::test
