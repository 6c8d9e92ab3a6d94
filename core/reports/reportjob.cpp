#include "reports/reportjob.h"

#include <QElapsedTimer>

namespace qw {

ReportJob::ReportJob(QObject* parent)
    : QObject(parent)
    , m_worker(QStringLiteral("QueueWatch report"))
{
    qRegisterMetaType<qw::ReportResult>();
}

ReportJob::~ReportJob() = default; // the worker cancels the report and waits for its thread

void ReportJob::start(ReportRequest request)
{
    cancel();
    m_worker.run(
        Lane,
        [this,
         request = std::move(request)](const WorkerTask& task) -> std::variant<ReportResult, ReportRunner::Failure> {
            QElapsedTimer sinceReport;
            sinceReport.start();
            // At most ten progress signals a second: the bar moves, the event loop stays free.
            const auto onProgress = [&](double fraction, qint64 events) {
                if (sinceReport.elapsed() < 100)
                    return;
                sinceReport.restart();
                task.toOwner([this, fraction, events] { Q_EMIT progress(fraction, events); });
            };
            auto report = ReportRunner::run(request, onProgress, task.cancelFlag());
            if (auto* failure = std::get_if<ReportRunner::Failure>(&report))
                return std::move(*failure);
            Report& done = std::get<Report>(report);
            ReportTables tables = ReportTables::build(done, request.options.timeZone);
            return ReportResult {std::move(done), std::move(tables)};
        },
        [this](std::variant<ReportResult, ReportRunner::Failure> result) { deliver(std::move(result)); });
}

void ReportJob::cancel()
{
    if (!isRunning())
        return;
    m_worker.cancel(Lane);
    Q_EMIT cancelled();
}

void ReportJob::deliver(std::variant<ReportResult, ReportRunner::Failure> result)
{
    if (auto* failure = std::get_if<ReportRunner::Failure>(&result)) {
        if (failure->kind != ReportRunner::Failure::Kind::Cancelled)
            Q_EMIT failed(failure->message);
        return;
    }
    Q_EMIT finished(std::get<ReportResult>(result));
}

} // namespace qw
