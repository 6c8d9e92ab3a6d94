#pragma once

#include "reports/report.h"
#include "reports/reporttable.h"

#include <array>
#include <QCoreApplication>

namespace qw {

// Every table of the report views and the PDF, built once from a finished Report. The report
// must have been run with its call list (ReportDefinition asks for it).
struct ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportTables)

public:
    // Cumulative buckets of the answered and the unanswered tables, in seconds.
    static constexpr std::array<qint64, 9> Buckets {5, 10, 15, 20, 30, 45, 60, 90, 120};

    static ReportTables build(const Report& report, const QTimeZone& zone);
    // The tables queuewatch-report --format csv writes: every KPI of each queue (one row per
    // queue), and the call list (also the view's "Call details").
    static ReportTable queueKpis(const Report& report);
    static ReportTable callList(const Report& report);

    ReportTable summary;
    ReportTable answeredByQueue;
    ReportTable answeredByAgent;
    ReportTable serviceLevelBuckets;
    ReportTable unansweredByCause;
    ReportTable unansweredWait;
    ReportTable unansweredCalls;
    ReportTable byHour;
    ReportTable byDay;
    ReportTable byWeekday;
    ReportTable agents;
    ReportTable agentPauses;
    ReportTable servers;
    ReportTable calls;

    QList<const ReportTable*> all() const;
    const ReportTable* find(const QString& id) const;

    // "SL = answered within 20 s / (offered - unanswered within 20 s)", for the summary and
    // every PDF page footer.
    static QString formulaText(qint64 slThreshold);
    static QString causeText(CallOutcome outcome);
};

} // namespace qw
