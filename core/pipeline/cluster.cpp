#include "pipeline/cluster.h"

#include "sources/realtimebinding.h"

namespace qw {

std::variant<Cluster, QString> Cluster::open(const SourceSpec& spec, const SourceBindings& bindings, Unbound unbound)
{
    Cluster cluster(spec);
    const QList<SpecPartition>& partitions = spec.partitions();
    for (qsizetype i = 0; i < partitions.size(); ++i) {
        const QString& name = partitions[i].name;
        std::unique_ptr<PartitionBinding> binding;
        const auto file = bindings.partitionFiles.constFind(name);
        const auto table = bindings.partitionTables.constFind(name);
        if (spec.kind() == SourceSpec::Kind::File)
            binding = std::make_unique<FilePartitionBinding>(spec.filePath(), name);
        else if (file != bindings.partitionFiles.cend())
            binding = std::make_unique<FilePartitionBinding>(file.value(), name);
        else if (table != bindings.partitionTables.cend())
            binding = std::make_unique<RealtimeTableBinding>(table.value(), name, bindings.tableZone);
        else if (bindings.database)
            binding = std::make_unique<SqlPartitionBinding>(*bindings.database, name);
        else if (unbound == Unbound::Shown)
            binding = std::make_unique<UnboundPartitionBinding>(name);
        else
            return UnboundPartitionBinding(name).errorString();
        const QHash<QString, MemberInfo> members = bindings.memberNames.of(name);
        cluster.m_partitions.emplace_back(std::move(binding), EventRewriter(spec, int(i), members));
        for (const MemberInfo& member : members) {
            if (!member.staticQueues.isEmpty()) // already a name: only the cluster's renaming applies
                cluster.m_staticMembers.append(
                    {EventRewriter::shownAgent(spec, member.name, name), int(i), member.staticQueues});
        }
    }
    return cluster;
}

} // namespace qw
