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

} // namespace qw::test
