#pragma once

#include "reports/reportrunner.h"
#include "reports/reporttables.h"
#include "threading/worker.h"

#include <QObject>

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
    bool isRunning() const { return m_worker.isBusy(Lane); }

Q_SIGNALS:
    void progress(double fraction, qint64 events);
    void finished(const qw::ReportResult& result);
    void failed(const QString& message);
    void cancelled();

private:
    static constexpr int Lane = 0;
    void deliver(std::variant<ReportResult, ReportRunner::Failure> result);

    Worker m_worker;
};

} // namespace qw

Q_DECLARE_METATYPE(qw::ReportResult)
