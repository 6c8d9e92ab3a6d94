#include "live/partitionfeed.h"

namespace qw {

SqlPartitionFeed::SqlPartitionFeed(DatabaseConnection& connection, const QString& partition, qint64 from)
    : m_connection(connection)
    , m_reader(connection, partition)
    , m_cursor(from)
{ }

ReadStatus SqlPartitionFeed::poll(const BatchHandler& handler)
{
    const ReadStatus status = m_reader.readNew(m_cursor, handler);
    // A failed query usually means the server went away: the next poll opens a new connection,
    // and the cursor makes it deliver exactly what this one did not.
    if (status == ReadStatus::Failed)
        m_connection.close();
    return status;
}

FilePartitionFeed::FilePartitionFeed(const QString& path, const QString& partition, qint64 from)
    : m_path(path)
    , m_partition(partition)
    , m_from(from)
    , m_newest(from)
{ }

ReadStatus FilePartitionFeed::poll(const BatchHandler& handler)
{
    if (!m_reader)
        m_reader = std::make_unique<QueueLogFileReader>(m_path, m_partition, QueueLogFileReader::Mode::Follow);
    EventBatch kept;
    const ReadStatus status = m_reader->readAvailable([&](EventBatch& batch) {
        kept.clear();
        for (QueueLogEvent& event : batch) {
            m_newest = std::max(m_newest, event.time);
            if (event.time >= m_from)
                kept.append(std::move(event));
        }
        return kept.isEmpty() || handler(kept);
    });
    m_error = m_reader->errorString();
    if (status == ReadStatus::Failed)
        m_reader.reset(); // try to open it again next time
    return status;
}

UnboundPartitionFeed::UnboundPartitionFeed(const QString& partition)
    : m_error(tr("Partition %1 has nothing to read from: set a database, or a file for it.").arg(partition))
{ }

} // namespace qw
