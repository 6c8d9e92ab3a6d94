#pragma once

#include "reports/reporttable.h"

#include <memory>
#include <QChart>

namespace qw {

// Charts of a report's tables, for the report view (in a QChartView) and the PDF (the chart's
// scene painted with QPainter). Every chart reads the same ReportTable as the table next to it,
// so the bars and the numbers cannot disagree. Series are told apart by fill pattern and by
// their legend text, not by colour alone, and stay legible from about 320 x 200 pixels.
//
// Charts exist for: "by-hour", "by-day", "by-weekday" (answered and unanswered calls as stacked
// bars), "sl-buckets" (share of answered calls answered within each bucket), "unanswered-wait"
// (share of unanswered calls that gave up within each bucket) and "unanswered-by-cause".

// Whether makeReportChart draws something for the table with this id.
bool hasReportChart(const QString& tableId);

// A new chart of the table, owned by the caller (a QChartView takes it with setChart(chart.release()));
// nullptr for tables that have no chart. Building a chart needs a QApplication (it is a
// QGraphicsWidget).
std::unique_ptr<QChart> makeReportChart(const ReportTable& table);

} // namespace qw
