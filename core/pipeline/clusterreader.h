#pragma once

#include "pipeline/cluster.h"

#include <atomic>
#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace qw {

// How a read of the pipeline ended badly. BadSource: the spec or its bindings cannot be used
// (the CLI exits 2); Unreadable: a partition could not be read (exit 3); Cancelled.
struct ReadFailure
{
    enum class Kind
    {
        BadSource,
        Unreadable,
        Cancelled
    };
    Kind kind;
    QString message;
};

// The reports' driver of the pipeline: every event of a period, read from all partitions of a
// cluster in parallel (a thread each), merged in spec order and handed on one at a time.
class ClusterReader
{
    Q_DECLARE_TR_FUNCTIONS(qw::ClusterReader)
public:
    // Fraction of the period covered so far (0..1) and events read.
    using Progress = std::function<void(double fraction, qint64 events)>;

    // Every event of [from, to) in merged order; `warnings` collects the malformed lines skipped.
    static std::optional<ReadFailure> forEachEvent(Cluster& cluster, qint64 from, qint64 to,
                                                   const std::function<void(const ClusterEvent&)>& handler,
                                                   QStringList& warnings, const Progress& progress = {},
                                                   const std::atomic<bool>* cancel = nullptr);

    // The warnings for a partition's malformed lines: how many, and the first of them.
    static QStringList problemWarnings(const PartitionBinding& binding);
};

} // namespace qw
