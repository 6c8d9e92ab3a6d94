#pragma once

#include "engine/verb.h"
#include "events/queuelogevent.h"

#include <QStringList>

namespace qw {

// An event after the cluster rules (section 4) were applied, ready for the trackers: its verb
// classified once, and the position of its partition in the spec instead of a name lookup.
struct ClusterEvent
{
    QueueLogEvent event;
    Verb verb = Verb::Other;
    int partitionIndex = 0; // position of the partition in the source spec
};

using ClusterEventBatch = QList<ClusterEvent>;

// The names of the partitions whose bits are set in `mask`, in spec order.
inline QStringList partitionNamesOf(const QStringList& partitions, quint64 mask)
{
    QStringList names;
    for (qsizetype i = 0; i < partitions.size() && i < 64; ++i) {
        if (mask & (quint64(1) << i))
            names.append(partitions[i]);
    }
    return names;
}

// An agent value that names an agent (empty and NONE never do, fine-print 5).
inline bool isAgent(const QString& agent)
{
    return !agent.isEmpty() && agent != u"NONE";
}

} // namespace qw
