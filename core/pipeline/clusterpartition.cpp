#include "pipeline/clusterpartition.h"

namespace qw {

ClusterPartition::ClusterPartition(std::unique_ptr<PartitionBinding> binding, EventRewriter rewriter)
    : m_binding(std::move(binding))
    , m_rewriter(std::move(rewriter))
{ }

BatchHandler ClusterPartition::rewriting(const ClusterBatchHandler& handler)
{
    return [this, &handler](EventBatch& batch) {
        ClusterEventBatch rewritten;
        rewritten.reserve(batch.size());
        ClusterEvent out;
        for (QueueLogEvent& event : batch) {
            if (m_rewriter.rewrite(std::move(event), out))
                rewritten.append(std::move(out));
        }
        return rewritten.isEmpty() || handler(rewritten);
    };
}

ReadStatus ClusterPartition::readRange(qint64 from, qint64 to, const ClusterBatchHandler& handler)
{
    return m_binding->readRange(from, to, rewriting(handler));
}

ReadStatus ClusterPartition::poll(const PollLimits& limits, DatabaseConnection* connection,
                                  const ClusterBatchHandler& handler)
{
    return m_binding->poll(limits, connection, rewriting(handler));
}

} // namespace qw
