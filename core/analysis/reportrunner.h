#pragma once

#include "analysis/clusterevent.h"
#include "analysis/livesnapshot.h"
#include "analysis/report.h"
#include "analysis/reportbuilder.h"
#include "live/liveupdate.h"
#include "sources/sourceopener.h"

#include <atomic>
#include <functional>
#include <optional>
#include <QCoreApplication>
#include <variant>

namespace qw {

// The live state at one moment, with each partition's health as the live window would judge it.
struct LiveReadout
{
    LiveSnapshot snapshot;
    QList<PartitionHealth> health; // in spec order
};

struct ReportRequest
{
    SourceSpec spec;
    SourceBindings bindings;
    ReportOptions options;
};

// Reads every partition of a spec in parallel, merges and rewrites the events, and hands them
// on in merged order: the one path from sources to the engine, for reports and the live state.
// Safe to run in a worker thread; the callbacks run in the calling thread.
class ReportRunner
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportRunner)
public:
    // Fraction of the read window covered so far (0..1) and events read.
    using Progress = std::function<void(double fraction, qint64 events)>;

    struct Failure
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

    // Every event of [from, to) in merged order; `warnings` collects the malformed lines skipped.
    static std::optional<Failure> forEachEvent(const SourceSpec& spec, const SourceBindings& bindings, qint64 from,
                                               qint64 to, const std::function<void(const ClusterEvent&)>& handler,
                                               QStringList& warnings, const Progress& progress = {},
                                               const std::atomic<bool>* cancel = nullptr);

    static std::variant<Report, Failure> run(const ReportRequest& request, const Progress& progress = {},
                                             const std::atomic<bool>* cancel = nullptr);

    // The live state at `at`, from a window starting at `windowStart`, and how current each
    // partition's data is at `at` (its newest row, and whether it looks silent).
    static std::variant<LiveReadout, Failure> live(const SourceSpec& spec, const SourceBindings& bindings,
                                                   qint64 windowStart, qint64 at, qint64 slThreshold = 20);
};

} // namespace qw
