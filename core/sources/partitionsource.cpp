#include "sources/partitionsource.h"

#include "database/databaseconnection.h"
#include "readers/partitionreader.h"
#include "readers/queuelogfilereader.h"

namespace qw {

FilePartitionSource::FilePartitionSource(QString path, QString partition)
    : m_path(std::move(path))
    , m_partition(std::move(partition))
{ }

QString FilePartitionSource::origin() const
{
    return tr("file %1").arg(m_path);
}

ReadStatus FilePartitionSource::read(qint64 from, qint64 to, const BatchHandler& handler)
{
    // A file has no index: read it all and keep the events of the period, in file order.
    QueueLogFileReader reader(m_path, m_partition);
    EventBatch kept;
    const ReadStatus status = reader.readAvailable([&](EventBatch& batch) {
        kept.clear();
        for (QueueLogEvent& event : batch) {
            if (event.time >= from && event.time < to)
                kept.append(std::move(event));
        }
        return kept.isEmpty() || handler(kept);
    });
    m_problems = reader.problems();
    m_error = reader.errorString();
    return status;
}

SqlPartitionSource::SqlPartitionSource(DatabaseUrl url, QString partition)
    : m_url(std::move(url))
    , m_partition(std::move(partition))
{ }

QString SqlPartitionSource::origin() const
{
    return tr("partition %1 of %2").arg(m_partition, m_url.toDisplayString());
}

ReadStatus SqlPartitionSource::read(qint64 from, qint64 to, const BatchHandler& handler)
{
    DatabaseConnection connection(m_url);
    if (!connection.open(DatabaseConnection::OpenMode::MustExist)) {
        m_error = connection.errorString();
        return ReadStatus::Failed;
    }
    PartitionReader reader(connection, m_partition);
    const ReadStatus status = reader.readRange(from, to, handler);
    m_error = reader.errorString();
    return status;
}

} // namespace qw
