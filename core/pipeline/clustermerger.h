#pragma once

#include "pipeline/clusterevent.h"

#include <memory>
#include <vector>

namespace qw {

// Where the merger takes one partition's events from, batch by batch, in partition order.
class MergeInput
{
public:
    virtual ~MergeInput() = default;
    // The next batch (waiting for it if needed); false at the end.
    virtual bool next(ClusterEventBatch& batch) = 0;
};

// Events already in memory: one batch, handed on once (a poll's new rows of one partition).
class BatchInput final : public MergeInput
{
public:
    explicit BatchInput(ClusterEventBatch batch)
        : m_batch(std::move(batch))
    { }
    bool next(ClusterEventBatch& batch) override;

private:
    ClusterEventBatch m_batch;
    bool m_taken = false;
};

// Merges the partitions of a spec into one stream by the rule of semantics 1: by time, then by
// the partition's position in the spec (the input's position), then by the order inside the
// partition, which is never changed. The one merge of the pipeline, for reports (inputs read
// in parallel threads) and for each live poll (inputs in memory).
class ClusterMerger
{
public:
    explicit ClusterMerger(std::vector<MergeInput*> inputs);

    // The next event in merged order, valid until the next call; nullptr at the end.
    const ClusterEvent* next();

private:
    struct Cursor
    {
        ClusterEventBatch batch;
        qsizetype index = 0;
        bool ended = false;
    };
    bool refill(std::size_t input);

    std::vector<MergeInput*> m_inputs;
    std::vector<Cursor> m_cursors;
    ClusterEventBatch m_lastBatch; // holds the event last returned when its batch ran out
};

} // namespace qw
