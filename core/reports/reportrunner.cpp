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
    // Static members have no session in the log: the report cannot know when they worked.
    QMap<QString, QStringList> staticByServer;
    for (const StaticMember& member : cluster.staticMembers())
        staticByServer[request.spec.partitions().at(member.partitionIndex).name].append(member.agent);
    for (auto it = staticByServer.cbegin(); it != staticByServer.cend(); ++it)
        builder.addWarning(ReportBuilder::tr("Static members of server %1 (%2) log no sessions: their logged-in "
                                             "time is not counted, only their calls and pauses.")
                               .arg(it.key(), it.value().join(QStringLiteral(", "))));
    return builder.finish();
}

} // namespace qw
