#pragma once

#include "reports/reportchartdata.h"

#include <QRectF>

class QPainter;

namespace qw {

// Paints a report chart with QPainter alone, as text and paths: the PDF and the printout get
// vector charts without Qt Charts or a QApplication (the report CLI paints on QGuiApplication).
// Works in the painter's units; fonts are sized for a chart about 500 units wide (a page's width
// in points).
class ChartPainter
{
public:
    explicit ChartPainter(const ReportChartData& data);

    void paint(QPainter& painter, const QRectF& area) const;

    // Round axis steps: the tick values of an axis from 0 that reaches at least `peak`.
    static QList<double> ticksUpTo(double peak, int wantedTicks = 4);

private:
    void paintColumns(QPainter& painter, const QRectF& area) const;
    void paintBars(QPainter& painter, const QRectF& area) const;
    // Draws the legend along the bottom of `area`; returns the height it took.
    qreal paintLegend(QPainter& painter, const QRectF& area) const;

    const ReportChartData& m_data;
};

} // namespace qw
