#include "pipeline/clusterfollower.h"

#include "database/databaseconnection.h"
#include "pipeline/clustermerger.h"

namespace qw {

ClusterFollower::ClusterFollower(Cluster cluster)
    : m_cluster(std::move(cluster))
{ }

ClusterFollower::~ClusterFollower() = default;

void ClusterFollower::follow(qint64 from, PartitionBinding::FollowMode mode)
{
    m_from = from;
    for (ClusterPartition& partition : m_cluster.partitions())
        partition.binding().follow(from, mode);
}

ClusterFollower::Link* ClusterFollower::linkOf(const PartitionBinding& binding)
{
    const std::optional<DatabaseUrl> url = binding.database();
    if (!url)
        return nullptr;
    for (Link& link : m_links) {
        if (link.connection->url() == *url)
            return &link;
    }
    m_links.push_back({std::make_unique<DatabaseConnection>(*url), {}});
    return &m_links.back();
}

void ClusterFollower::connect()
{
    for (const ClusterPartition& partition : m_cluster.partitions())
        linkOf(partition.binding());
    for (Link& link : m_links) {
        link.error.clear();
        if (!link.connection->isOpen() && !link.connection->open(DatabaseConnection::OpenMode::MustExist))
            link.error = link.connection->errorString();
    }
}

void ClusterFollower::close()
{
    m_links.clear();
}

ClusterFollower::Poll ClusterFollower::poll(const PollLimits& limits,
                                            const std::function<void(const ClusterEvent&)>& handler)
{
    connect();
    std::vector<ClusterPartition>& partitions = m_cluster.partitions();
    std::vector<BatchInput> fresh;
    fresh.reserve(partitions.size());
    Poll result;
    result.readings.resize(qsizetype(partitions.size()));
    for (std::size_t i = 0; i < partitions.size(); ++i) {
        PartitionBinding& binding = partitions[i].binding();
        PartitionReading& reading = result.readings[qsizetype(i)];
        ClusterEventBatch events;
        Link* link = linkOf(binding);
        if (link && !link->error.isEmpty()) {
            reading.failed = true;
            reading.error = link->error;
            fresh.emplace_back(std::move(events));
            continue;
        }
        const ReadStatus status
            = partitions[i].poll(limits, link ? link->connection.get() : nullptr, [&events](ClusterEventBatch& batch) {
                  events.append(std::move(batch));
                  return true;
              });
        reading.failed = status == ReadStatus::Failed;
        reading.error = reading.failed ? binding.errorString() : QString();
        if (link)
            reading.transport = link->connection->transport();
        const qint64 newest = binding.newestTime();
        reading.newestRow = newest >= m_from && newest > 0 ? newest : 0;
        const PartitionBinding::FutureRows future = binding.futureRows();
        reading.futureRows = future.count;
        reading.firstFutureRow = future.earliest;
        result.rowsWentAway = result.rowsWentAway || binding.rowsWentAway();
        // The server went away in the middle of the poll: if it cannot be reached again, every
        // partition of it says so in the same words, the failed one included.
        if (reading.failed && link && !link->connection->open(DatabaseConnection::OpenMode::MustExist)) {
            link->error = link->connection->errorString();
            reading.error = link->error;
        }
        fresh.emplace_back(std::move(events));
    }
    if (result.rowsWentAway)
        return result;
    std::vector<MergeInput*> inputs;
    for (BatchInput& input : fresh)
        inputs.push_back(&input);
    ClusterMerger merger(std::move(inputs));
    while (const ClusterEvent* event = merger.next()) {
        handler(*event);
        ++result.events;
    }
    return result;
}

} // namespace qw
