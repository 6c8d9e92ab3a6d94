#pragma once

#include "analysis/clusterevent.h"

#include <vector>

namespace qw {

// Merges events already in memory, one list per partition in spec order, by the rule of
// semantics 1: time, then the partition's position, never reordering a partition.
ClusterEventBatch mergeInSpecOrder(std::vector<ClusterEventBatch>&& perPartition);

} // namespace qw
