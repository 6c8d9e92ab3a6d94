#include "reports/reportjob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace qw {

ReportJob::ReportJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<qw::ReportResult>();
}

ReportJob::~ReportJob()
{
    for (const auto& run : std::as_const(m_running)) {
        run->cancel = true;
        run->thread->wait();
        delete run->thread; // its result, still queued to this object, dies with it
    }
}

void ReportJob::start(ReportRequest request)
{
    cancel();
    auto run = std::make_shared<Run>();
    QPointer<ReportJob> self(this);
    run->thread = QThread::create([self, run, request = std::move(request)] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        // At most ten progress signals a second: the bar moves, the event loop stays free.
        const auto onProgress = [&](double fraction, qint64 events) {
            if (sinceReport.elapsed() < 100)
                return;
            sinceReport.restart();
            QMetaObject::invokeMethod(
                self.data(),
                [self, run, fraction, events] {
                    if (self && self->m_current == run)
                        Q_EMIT self->progress(fraction, events);
                },
                Qt::QueuedConnection);
        };
        std::variant<ReportResult, ReportRunner::Failure> result = ReportRunner::Failure {};
        auto report = ReportRunner::run(request, onProgress, &run->cancel);
        if (auto* done = std::get_if<Report>(&report)) {
            ReportTables tables = ReportTables::build(*done, request.options.timeZone);
            result = ReportResult {std::move(*done), std::move(tables)};
        } else {
            result = std::get<ReportRunner::Failure>(std::move(report));
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, run, result = std::move(result)]() mutable {
                if (self)
                    self->deliver(run, std::move(result));
            },
            Qt::QueuedConnection);
    });
    run->thread->setObjectName(QStringLiteral("QueueWatch report"));
    m_current = run;
    m_running.append(run);
    run->thread->start();
}

void ReportJob::cancel()
{
    if (!m_current)
        return;
    m_current->cancel = true;
    m_current.reset();
    Q_EMIT cancelled();
}

void ReportJob::deliver(const std::shared_ptr<Run>& run, std::variant<ReportResult, ReportRunner::Failure> result)
{
    run->thread->wait(); // it has returned from its function: this is immediate
    delete run->thread;
    m_running.removeOne(run);
    if (m_current != run)
        return; // replaced or cancelled: its result is no longer wanted
    m_current.reset();
    if (auto* failure = std::get_if<ReportRunner::Failure>(&result)) {
        if (failure->kind == ReportRunner::Failure::Kind::Cancelled)
            return;
        Q_EMIT failed(failure->message);
        return;
    }
    Q_EMIT finished(std::get<ReportResult>(result));
}

} // namespace qw
