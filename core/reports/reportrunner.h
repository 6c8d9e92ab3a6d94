#pragma once

#include "pipeline/clusterreader.h"
#include "reports/report.h"
#include "reports/reportbuilder.h"
#include "sources/sourcebindings.h"

#include <atomic>
#include <variant>

namespace qw {

struct ReportRequest
{
    SourceSpec spec;
    SourceBindings bindings;
    ReportOptions options;
};

// The reports' driver: opens the request's cluster, reads the period's events through the
// pipeline (ClusterReader: every partition in parallel, merged, rewritten) and builds the report.
// Safe to run in a worker thread; the progress callback runs in the calling thread.
class ReportRunner
{
public:
    using Progress = ClusterReader::Progress;
    using Failure = ReadFailure;

    static std::variant<Report, Failure> run(const ReportRequest& request, const Progress& progress = {},
                                             const std::atomic<bool>* cancel = nullptr);
};

} // namespace qw
