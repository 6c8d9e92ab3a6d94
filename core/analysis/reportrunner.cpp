#include "analysis/reportrunner.h"

#include "analysis/livestate.h"
#include "analysis/partitionstream.h"
#include "live/healthtracker.h"

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr qint64 ProgressEvery = 65536;
constexpr qsizetype ProblemsListed = 20;
} // namespace

std::optional<ReportRunner::Failure> ReportRunner::forEachEvent(const SourceSpec& spec, const SourceBindings& bindings,
                                                                qint64 from, qint64 to,
                                                                const std::function<void(const ClusterEvent&)>& handler,
                                                                QStringList& warnings, const Progress& progress,
                                                                const std::atomic<bool>* cancel)
{
    auto opened = SourceOpener::open(spec, bindings);
    if (auto* error = std::get_if<QString>(&opened))
        return Failure {Failure::Kind::BadSource, *error};

    std::vector<std::unique_ptr<PartitionStream>> streams;
    auto& sources = std::get<PartitionSources>(opened);
    for (std::size_t i = 0; i < sources.size(); ++i) {
        streams.push_back(
            std::make_unique<PartitionStream>(std::move(sources[i]), EventRewriter(spec, int(i)), from, to));
        streams.back()->start();
    }

    ClusterMerger merger(std::move(streams));
    qint64 events = 0;
    while (const ClusterEvent* event = merger.next()) {
        handler(*event);
        if (++events % ProgressEvery == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                for (auto& stream : merger.streams())
                    stream->cancel();
                return Failure {Failure::Kind::Cancelled, tr("The report was cancelled.")};
            }
            if (progress)
                progress(std::clamp(double(event->event.time - from) / double(to - from), 0.0, 1.0), events);
        }
    }

    for (const auto& stream : merger.streams()) {
        if (stream->failed())
            return Failure {Failure::Kind::Unreadable,
                            tr("Cannot read %1: %2").arg(stream->source().origin(), stream->errorString())};
        const ParseProblemLog problems = stream->problems();
        if (problems.isEmpty())
            continue;
        warnings.append(tr("%1: %2 malformed line(s) skipped.").arg(stream->source().origin()).arg(problems.count()));
        for (qsizetype i = 0; i < std::min(ProblemsListed, problems.firstProblems().size()); ++i)
            warnings.append(stream->source().origin() + u": "_s + problems.firstProblems()[i].message());
    }
    if (progress)
        progress(1.0, events);
    return std::nullopt;
}

std::variant<Report, ReportRunner::Failure> ReportRunner::run(const ReportRequest& request, const Progress& progress,
                                                              const std::atomic<bool>* cancel)
{
    ReportBuilder builder(request.spec, request.options);
    QStringList warnings;
    const auto failure = forEachEvent(
        request.spec, request.bindings, ReportBuilder::readFrom(request.options),
        ReportBuilder::readTo(request.options), [&builder](const ClusterEvent& event) { builder.apply(event); },
        warnings, progress, cancel);
    if (failure)
        return *failure;
    for (const QString& warning : warnings)
        builder.addWarning(warning);
    return builder.finish();
}

std::variant<LiveReadout, ReportRunner::Failure> ReportRunner::live(const SourceSpec& spec,
                                                                    const SourceBindings& bindings, qint64 windowStart,
                                                                    qint64 at, qint64 slThreshold)
{
    LiveState state(spec, windowStart, slThreshold);
    QList<PartitionReading> readings(spec.partitions().size());
    QStringList warnings;
    const auto failure = forEachEvent(
        spec, bindings, state.readFrom(), at + 1,
        [&state, &readings](const ClusterEvent& event) {
            state.apply(event);
            if (event.partitionIndex >= 0 && event.partitionIndex < readings.size()) {
                qint64& newest = readings[event.partitionIndex].newestRow;
                newest = std::max(newest, event.event.time);
            }
        },
        warnings);
    if (failure)
        return *failure;
    LiveReadout readout {state.snapshot(at), {}};
    HealthTracker tracker(spec.partitionNames());
    tracker.update(readings, readout.snapshot, at);
    readout.health = tracker.health();
    return readout;
}

} // namespace qw
