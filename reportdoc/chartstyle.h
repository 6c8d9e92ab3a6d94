#pragma once

#include "reports/reportchartdata.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace qw::chartstyle {

// The look of report charts, shared by the screen (Qt Charts) and the PDF (QPainter): answered
// calls solid blue, unanswered ones hatched red, so they read in grey print and without colour.
inline QColor colourOf(ReportChartData::Role role)
{
    return role == ReportChartData::Role::Answered ? QColor(0x2f, 0x6d, 0xb5) : QColor(0xc0, 0x44, 0x2b);
}

inline QBrush brushOf(ReportChartData::Role role, bool hatchUnanswered = true)
{
    const QColor colour = colourOf(role);
    return role == ReportChartData::Role::Unanswered && hatchUnanswered ? QBrush(colour, Qt::BDiagPattern)
                                                                        : QBrush(colour);
}

// Pixel sizes, not point sizes: a chart is laid out in its own units and painted onto devices of
// any resolution (screen, PDF); a point size would be resolved against each device's DPI and the
// text would no longer fit the layout. No ligatures: the PDF's text stays searchable.
inline QFont font(int pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace qw::chartstyle
