#include "live/partitionfeed.h"

namespace qw {

SqlPartitionFeed::SqlPartitionFeed(DatabaseConnection& connection, const QString& partition, qint64 from)
    : m_connection(connection)
    , m_reader(connection, partition)
    , m_cursor(from)
{ }

ReadStatus SqlPartitionFeed::poll(qint64 now, const BatchHandler& handler)
{
    ReadStatus status = m_reader.readNew(m_cursor, handler, now);
    m_rowsWentAway = status == ReadStatus::Finished && m_reader.lastReadFoundRowsGone();
    if (status == ReadStatus::Finished) {
        const auto later = m_reader.countAfter(now + FutureGrace);
        if (later)
            m_future = {later->count, later->earliest};
        else
            status = ReadStatus::Failed;
    }
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

ReadStatus FilePartitionFeed::poll(qint64 now, const BatchHandler& handler)
{
    if (!m_reader)
        m_reader = std::make_unique<QueueLogFileReader>(m_path, m_partition, QueueLogFileReader::Mode::Follow);
    EventBatch kept;
    // A file cannot be read again from the middle: rows ahead of the clock are held, in order,
    // and everything after the first of them waits behind it, so the file's order is kept.
    const auto takeDue = [&] {
        while (!m_early.empty() && m_early.front().time <= now) {
            m_newest = std::max(m_newest, m_early.front().time);
            if (m_early.front().time >= m_from)
                kept.append(std::move(m_early.front()));
            m_early.pop_front();
        }
    };
    takeDue();
    if (!kept.isEmpty() && !handler(kept))
        return ReadStatus::Stopped; // the poller never stops a poll half-way; a stop ends the view
    const ReadStatus status = m_reader->readAvailable([&](EventBatch& batch) {
        kept.clear();
        for (QueueLogEvent& event : batch) {
            if (event.time > now + FutureGrace) {
                m_future.earliest = m_future.count == 0 ? event.time : std::min(m_future.earliest, event.time);
                ++m_future.count;
                continue;
            }
            if (event.time > now || !m_early.empty()) {
                m_early.push_back(std::move(event));
                continue;
            }
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
