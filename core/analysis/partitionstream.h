#pragma once

#include "analysis/clusterevent.h"
#include "analysis/eventrewriter.h"
#include "sources/partitionsource.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <QThread>

namespace qw {

// Reads one partition in a thread of its own, applies the cluster rules and hands the events
// to a consumer through a short queue: partitions are fetched in parallel, and memory stays
// bounded because a fast reader waits for the consumer.
class PartitionStream
{
public:
    static constexpr std::size_t QueuedBatches = 4;

    PartitionStream(std::unique_ptr<PartitionSource> source, EventRewriter rewriter, qint64 from, qint64 to);
    ~PartitionStream();
    PartitionStream(const PartitionStream&) = delete;
    PartitionStream& operator=(const PartitionStream&) = delete;

    void start();
    // The next batch, waiting for it if needed; false at the end of the partition or after a
    // failure or cancel.
    bool next(ClusterEventBatch& batch);
    void cancel();

    bool failed() const { return m_status == ReadStatus::Failed; }
    QString errorString() const;
    ParseProblemLog problems() const;
    const PartitionSource& source() const { return *m_source; }

private:
    void run();
    bool push(ClusterEventBatch&& batch);

    std::unique_ptr<PartitionSource> m_source;
    EventRewriter m_rewriter;
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

// Merges the partitions of a spec into one stream: by time, then by the partition's position
// in the spec, then by the order inside the partition, which is never changed (semantics 1).
class ClusterMerger
{
public:
    explicit ClusterMerger(std::vector<std::unique_ptr<PartitionStream>> streams);

    // The next event in merged order, valid until the next call; nullptr at the end.
    const ClusterEvent* next();

    std::vector<std::unique_ptr<PartitionStream>>& streams() { return m_streams; }

private:
    struct Cursor
    {
        ClusterEventBatch batch;
        qsizetype index = 0;
        bool ended = false;
    };
    bool refill(std::size_t stream);

    std::vector<std::unique_ptr<PartitionStream>> m_streams;
    std::vector<Cursor> m_cursors;
    ClusterEventBatch m_lastBatch; // holds the event last returned when its batch ran out
};

} // namespace qw
