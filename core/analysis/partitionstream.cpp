#include "analysis/partitionstream.h"

namespace qw {

PartitionStream::PartitionStream(std::unique_ptr<PartitionSource> source, EventRewriter rewriter, qint64 from,
                                 qint64 to)
    : m_source(std::move(source))
    , m_rewriter(std::move(rewriter))
    , m_from(from)
    , m_to(to)
{ }

PartitionStream::~PartitionStream()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void PartitionStream::start()
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
}

void PartitionStream::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_changed.notify_all();
}

bool PartitionStream::push(ClusterEventBatch&& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_cancelled || m_queue.size() < QueuedBatches; });
    if (m_cancelled)
        return false;
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

void PartitionStream::run()
{
    const ReadStatus status = m_source->read(m_from, m_to, [this](EventBatch& batch) {
        ClusterEventBatch rewritten;
        rewritten.reserve(batch.size());
        ClusterEvent out;
        for (QueueLogEvent& event : batch) {
            if (m_rewriter.rewrite(std::move(event), out))
                rewritten.append(std::move(out));
        }
        return rewritten.isEmpty() || push(std::move(rewritten));
    });
    const std::lock_guard lock(m_mutex);
    m_status = status;
    m_done = true;
    m_changed.notify_all();
}

bool PartitionStream::next(ClusterEventBatch& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_cancelled || m_done || !m_queue.empty(); });
    if (m_queue.empty() || m_cancelled)
        return false;
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return true;
}

QString PartitionStream::errorString() const
{
    const std::lock_guard lock(m_mutex);
    return m_source->errorString();
}

ParseProblemLog PartitionStream::problems() const
{
    const std::lock_guard lock(m_mutex);
    return m_source->problems();
}

ClusterMerger::ClusterMerger(std::vector<std::unique_ptr<PartitionStream>> streams)
    : m_streams(std::move(streams))
    , m_cursors(m_streams.size())
{
    for (std::size_t i = 0; i < m_streams.size(); ++i)
        refill(i);
}

bool ClusterMerger::refill(std::size_t stream)
{
    Cursor& cursor = m_cursors[stream];
    cursor.index = 0;
    cursor.batch.clear();
    while (!cursor.ended && cursor.batch.isEmpty()) {
        if (!m_streams[stream]->next(cursor.batch))
            cursor.ended = true;
    }
    return !cursor.ended;
}

const ClusterEvent* ClusterMerger::next()
{
    // Few partitions: a scan of the heads beats a heap. Ties in time go to the partition that
    // comes first in the spec, which is the stream's position.
    std::size_t best = m_cursors.size();
    qint64 bestTime = 0;
    for (std::size_t i = 0; i < m_cursors.size(); ++i) {
        Cursor& cursor = m_cursors[i];
        if (cursor.ended)
            continue;
        const qint64 time = cursor.batch[cursor.index].event.time;
        if (best == m_cursors.size() || time < bestTime) {
            best = i;
            bestTime = time;
        }
    }
    if (best == m_cursors.size())
        return nullptr;
    Cursor& cursor = m_cursors[best];
    const ClusterEvent* event = &cursor.batch[cursor.index];
    if (++cursor.index == cursor.batch.size()) {
        // The event must outlive the refill: keep the finished batch until the next call.
        m_lastBatch = std::move(cursor.batch);
        refill(best);
        return &m_lastBatch.last();
    }
    return event;
}

} // namespace qw
