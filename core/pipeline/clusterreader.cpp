#include "pipeline/clusterreader.h"

#include "pipeline/partitionstream.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr qint64 ProgressEvery = 65536;
constexpr qsizetype ProblemsListed = 20;
} // namespace

QStringList ClusterReader::problemWarnings(const PartitionBinding& binding)
{
    const ParseProblemLog problems = binding.problems();
    if (problems.isEmpty())
        return {};
    QStringList warnings {tr("%1: %2 malformed line(s) skipped.").arg(binding.origin()).arg(problems.count())};
    for (qsizetype i = 0; i < std::min(ProblemsListed, problems.firstProblems().size()); ++i)
        warnings.append(binding.origin() + u": "_s + problems.firstProblems()[i].message());
    return warnings;
}

std::optional<ReadFailure> ClusterReader::forEachEvent(Cluster& cluster, qint64 from, qint64 to,
                                                       const std::function<void(const ClusterEvent&)>& handler,
                                                       QStringList& warnings, const Progress& progress,
                                                       const std::atomic<bool>* cancel)
{
    std::vector<std::unique_ptr<PartitionStream>> streams;
    std::vector<MergeInput*> inputs;
    for (ClusterPartition& partition : cluster.partitions()) {
        streams.push_back(std::make_unique<PartitionStream>(partition, from, to));
        inputs.push_back(streams.back().get());
        streams.back()->start();
    }

    ClusterMerger merger(std::move(inputs));
    qint64 events = 0;
    while (const ClusterEvent* event = merger.next()) {
        handler(*event);
        if (++events % ProgressEvery == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                for (auto& stream : streams)
                    stream->cancel();
                return ReadFailure {ReadFailure::Kind::Cancelled, tr("The report was cancelled.")};
            }
            if (progress)
                progress(std::clamp(double(event->event.time - from) / double(to - from), 0.0, 1.0), events);
        }
    }

    for (std::size_t i = 0; i < streams.size(); ++i) {
        const PartitionBinding& binding = cluster.partitions()[i].binding();
        if (streams[i]->failed())
            return ReadFailure {ReadFailure::Kind::Unreadable,
                                tr("Cannot read %1: %2").arg(binding.origin(), binding.errorString())};
        warnings.append(problemWarnings(binding));
    }
    if (progress)
        progress(1.0, events);
    return std::nullopt;
}

} // namespace qw
