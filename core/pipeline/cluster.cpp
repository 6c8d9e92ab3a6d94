#include "pipeline/cluster.h"

namespace qw {

std::variant<Cluster, QString> Cluster::open(const SourceSpec& spec, const SourceBindings& bindings, Unbound unbound)
{
    Cluster cluster(spec);
    const QList<SpecPartition>& partitions = spec.partitions();
    for (qsizetype i = 0; i < partitions.size(); ++i) {
        const QString& name = partitions[i].name;
        std::unique_ptr<PartitionBinding> binding;
        const auto file = bindings.partitionFiles.constFind(name);
        if (spec.kind() == SourceSpec::Kind::File)
            binding = std::make_unique<FilePartitionBinding>(spec.filePath(), name);
        else if (file != bindings.partitionFiles.cend())
            binding = std::make_unique<FilePartitionBinding>(file.value(), name);
        else if (bindings.database)
            binding = std::make_unique<SqlPartitionBinding>(*bindings.database, name);
        else if (unbound == Unbound::Shown)
            binding = std::make_unique<UnboundPartitionBinding>(name);
        else
            return UnboundPartitionBinding(name).errorString();
        cluster.m_partitions.emplace_back(std::move(binding),
                                          EventRewriter(spec, int(i), bindings.memberNames.of(name)));
        for (const MemberInfo& member : bindings.memberNames.of(name)) {
            if (!member.staticQueues.isEmpty())
                cluster.m_staticMembers.append(
                    {cluster.m_partitions.back().rewrittenAgent(member.name), int(i), member.staticQueues});
        }
    }
    return cluster;
}

} // namespace qw
