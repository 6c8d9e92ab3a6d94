#pragma once

#include "reports/reportchartdata.h"

#include <memory>
#include <QChart>

namespace qw {

// A report chart on screen: ReportChartData drawn with Qt Charts, in a QChartView next to its
// table (the PDF paints the same data with QPainter, see reportdoc/). Series are told apart by
// fill pattern and by their legend text, not by colour alone, and stay legible from about
// 320 x 200 pixels. The caller owns the chart (a QChartView takes it with
// setChart(chart.release())); building one needs a QApplication (it is a QGraphicsWidget).
std::unique_ptr<QChart> makeReportChart(const ReportChartData& data);

} // namespace qw
