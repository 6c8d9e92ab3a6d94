#include "reports/reportrunner.h"

namespace qw {

std::variant<Report, ReportRunner::Failure> ReportRunner::run(const ReportRequest& request, const Progress& progress,
                                                              const std::atomic<bool>* cancel)
{
    auto opened = Cluster::open(request.spec, request.bindings);
    if (const auto* error = std::get_if<QString>(&opened))
        return Failure {Failure::Kind::BadSource, *error};
    Cluster& cluster = std::get<Cluster>(opened);

    ReportBuilder builder(request.spec, request.options);
    QStringList warnings;
    const auto failure = ClusterReader::forEachEvent(
        cluster, ReportBuilder::readFrom(request.options), ReportBuilder::readTo(request.options),
        [&builder](const ClusterEvent& event) { builder.apply(event); }, warnings, progress, cancel);
    if (failure)
        return *failure;
    for (const QString& warning : warnings)
        builder.addWarning(warning);
    return builder.finish();
}

} // namespace qw
