#include "analysis/batchmerge.h"

namespace qw {

ClusterEventBatch mergeInSpecOrder(std::vector<ClusterEventBatch>&& perPartition)
{
    qsizetype total = 0;
    for (const ClusterEventBatch& batch : perPartition)
        total += batch.size();
    ClusterEventBatch merged;
    merged.reserve(total);
    std::vector<qsizetype> next(perPartition.size(), 0);
    while (merged.size() < total) {
        std::size_t best = perPartition.size();
        for (std::size_t i = 0; i < perPartition.size(); ++i) {
            if (next[i] >= perPartition[i].size())
                continue;
            if (best == perPartition.size()
                || perPartition[i][next[i]].event.time < perPartition[best][next[best]].event.time)
                best = i;
        }
        merged.append(std::move(perPartition[best][next[best]++]));
    }
    return merged;
}

} // namespace qw
