#pragma once

#include "analysis/reportrunner.h"
#include "reports/reporttables.h"

#include <atomic>
#include <memory>
#include <QObject>

class QThread;

namespace qw {

// A finished report and the tables every view of it shows, both built in the worker: a month
// has hundreds of thousands of calls, too many rows to build on the GUI thread.
struct ReportResult
{
    Report report;
    ReportTables tables;
};

// Runs reports off the calling thread, one at a time: start() while a report runs cancels it
// and starts the new one (the old one's result is dropped), cancel() stops it. Progress and
// results come back as signals in the thread that owns the job (the GUI thread).
class ReportJob : public QObject
{
    Q_OBJECT
public:
    explicit ReportJob(QObject* parent = nullptr);
    ~ReportJob() override; // cancels and waits for a report still running

    void start(ReportRequest request);
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

Q_SIGNALS:
    void progress(double fraction, qint64 events);
    void finished(const qw::ReportResult& result);
    void failed(const QString& message);
    void cancelled();

private:
    struct Run
    {
        std::atomic<bool> cancel {false};
        QThread* thread = nullptr;
    };
    void deliver(const std::shared_ptr<Run>& run, std::variant<ReportResult, ReportRunner::Failure> result);

    std::shared_ptr<Run> m_current;
    QList<std::shared_ptr<Run>> m_running; // current and replaced runs still winding down
};

} // namespace qw

Q_DECLARE_METATYPE(qw::ReportResult)
