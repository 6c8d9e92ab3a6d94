#pragma once

#include "pipeline/clusterevent.h"
#include "pipeline/eventrewriter.h"
#include "sources/partitionbinding.h"

#include <functional>
#include <memory>

namespace qw {

// Takes a partition's events after the cluster rules, in partition order; may move them out.
// Returning false stops the read (see BatchHandler).
using ClusterBatchHandler = std::function<bool(ClusterEventBatch&)>;

// One partition of a source spec as the pipeline sees it: what backs it (its binding) and the
// cluster rules that apply to it (its rewriter). Reports and the live view both get their events
// through here, so every event is rewritten in this one place.
class ClusterPartition
{
public:
    ClusterPartition(std::unique_ptr<PartitionBinding> binding, EventRewriter rewriter);

    PartitionBinding& binding() { return *m_binding; }
    // An agent as this partition's events name it after the cluster rules (clustrw renames).
    QString rewrittenAgent(const QString& agent) const { return m_rewriter.rewrittenAgent(agent); }
    const PartitionBinding& binding() const { return *m_binding; }

    // The events of [from, to) (reports); see PartitionBinding::readRange.
    ReadStatus readRange(qint64 from, qint64 to, const ClusterBatchHandler& handler);
    // The events not handed on before (the live view); see PartitionBinding::poll.
    ReadStatus poll(const PollLimits& limits, DatabaseConnection* connection, const ClusterBatchHandler& handler);

private:
    BatchHandler rewriting(const ClusterBatchHandler& handler);

    std::unique_ptr<PartitionBinding> m_binding;
    EventRewriter m_rewriter;
};

} // namespace qw
