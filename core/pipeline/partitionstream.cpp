#include "pipeline/partitionstream.h"

namespace qw {

PartitionStream::PartitionStream(ClusterPartition& partition, qint64 from, qint64 to)
    : m_partition(partition)
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

bool PartitionStream::failed() const
{
    const std::lock_guard lock(m_mutex);
    return m_status == ReadStatus::Failed;
}

bool PartitionStream::push(ClusterEventBatch& batch)
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
    const ReadStatus status
        = m_partition.readRange(m_from, m_to, [this](ClusterEventBatch& batch) { return push(batch); });
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

} // namespace qw
