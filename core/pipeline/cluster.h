#pragma once

#include "pipeline/clusterpartition.h"
#include "sources/sourcebindings.h"
#include "sources/sourcespec.h"

#include <QCoreApplication>
#include <variant>
#include <vector>

namespace qw {

// A member defined in queues.conf: never logged in by a line of the log, but a member all the same.
struct StaticMember
{
    QString agent; // after the cluster rules
    int partitionIndex = 0;
    QStringList queues;
};

// The partitions of a source spec with what backs each one, in spec order: the one place that
// decides what a partition is read from (a file given for it, else the database), for reports,
// the live view and the live feed alike.
class Cluster
{
    Q_DECLARE_TR_FUNCTIONS(qw::Cluster)
public:
    enum class Unbound
    {
        Refused, // a partition with nothing behind it is an error (the CLI: exit 2)
        Shown // it is kept and fails every read, so the live view shows it as failing
    };

    // The cluster of `spec`, or a message naming the partition that has nothing behind it.
    static std::variant<Cluster, QString> open(const SourceSpec& spec, const SourceBindings& bindings,
                                               Unbound unbound = Unbound::Refused);

    const SourceSpec& spec() const { return m_spec; }
    std::vector<ClusterPartition>& partitions() { return m_partitions; }
    const std::vector<ClusterPartition>& partitions() const { return m_partitions; }
    // The static members the bindings' member names list for the spec's partitions.
    const QList<StaticMember>& staticMembers() const { return m_staticMembers; }

private:
    explicit Cluster(SourceSpec spec)
        : m_spec(std::move(spec))
    { }

    SourceSpec m_spec;
    std::vector<ClusterPartition> m_partitions;
    QList<StaticMember> m_staticMembers;
};

} // namespace qw
