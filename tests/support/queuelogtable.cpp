#include "support/queuelogtable.h"

#include "writers/queuelogtablewriter.h"

namespace qw::test {

bool insertEvents(DatabaseConnection& connection, const EventBatch& events, const QString& table)
{
    QueueLogTableWriter writer(connection, table);
    if (writer.append(events))
        return true;
    qWarning("insert failed: %s", qPrintable(writer.errorString()));
    return false;
}

QueueLogEvent makeEvent(const QString& partition, qint64 time, const QString& callId, const QString& queue,
                        const QString& agent, const QString& verb)
{
    QueueLogEvent e;
    e.partition = partition;
    e.time = time;
    e.callId = callId;
    e.queue = queue;
    e.agent = agent;
    e.verb = verb;
    return e;
}

} // namespace qw::test
