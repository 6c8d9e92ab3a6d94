#pragma once

#include "pipeline/clustermerger.h"
#include "pipeline/clusterpartition.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <QThread>

namespace qw {

// Reads one partition's events of [from, to) in a thread of its own and hands them to the merger
// through a short queue: partitions are fetched in parallel, and memory stays bounded because a
// fast reader waits for the consumer.
class PartitionStream final : public MergeInput
{
public:
    static constexpr std::size_t QueuedBatches = 4;

    PartitionStream(ClusterPartition& partition, qint64 from, qint64 to);
    ~PartitionStream() override;
    PartitionStream(const PartitionStream&) = delete;
    PartitionStream& operator=(const PartitionStream&) = delete;

    void start();
    // The next batch, waiting for it if needed; false at the end of the partition or after a
    // failure or cancel.
    bool next(ClusterEventBatch& batch) override;
    void cancel();

    bool failed() const;

private:
    void run();
    bool push(ClusterEventBatch& batch);

    ClusterPartition& m_partition;
    qint64 m_from;
    qint64 m_to;
    std::unique_ptr<QThread> m_thread;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ClusterEventBatch> m_queue;
    bool m_done = false;
    bool m_cancelled = false;
    ReadStatus m_status = ReadStatus::Finished;
};

} // namespace qw
