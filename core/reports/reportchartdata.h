#pragma once

#include "reports/reporttable.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace qw {

// What a report chart shows, worked out once from the table next to it: the screen draws it with
// Qt Charts (ui/charts), the PDF paints it with QPainter (reportdoc/), and both read this, so the
// bars, labels and axis titles cannot differ between them or from the table's numbers.
//
// Charts exist for: "by-hour", "by-day", "by-weekday" (answered and unanswered calls as stacked
// columns), "sl-buckets" (share of answered calls answered within each bucket), "unanswered-wait"
// (share of unanswered calls that gave up within each bucket) and "unanswered-by-cause".
struct ReportChartData
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportChartData)

public:
    enum class Shape : quint8
    {
        StackedColumns, // answered below unanswered, one column per category
        PercentColumns, // one series of shares, 0-100 %, each column labelled with its value
        HorizontalBars // one series of counts, one bar per category, the first at the top
    };
    // Which kind of call a series counts: the painters pick its colour and fill from this, and
    // unanswered series are hatched so that they read in grey print and without colour.
    enum class Role : quint8
    {
        Answered,
        Unanswered
    };
    struct Series
    {
        QString name; // for the legend
        Role role = Role::Answered;
        QList<double> values; // one per category; percentages for PercentColumns
    };

    // More days than this get only the day of the month as label (the axis title names the dates).
    static constexpr qsizetype ShortDayLabelsFrom = 16;

    Shape shape = Shape::StackedColumns;
    QString title;
    QStringList categories; // in table order (top to bottom for HorizontalBars)
    QList<Series> series;
    QString categoryTitle; // the category axis' title ("Hour"); may be empty
    QString valueTitle; // the value axis' title ("Calls", "Share of answered calls")
    bool hourAxis = false; // the categories are the 24 hours 0-23: label every second one
    bool manyCategories = false; // labels need to be small and upright to fit their slots
    bool showLegend = true;

    // The largest stacked total (columns) or value (bars): where the value axis must reach.
    double peak() const;

    static bool exists(const QString& tableId);
    // The chart of `table`, or nullopt for a table without one (or without rows).
    static std::optional<ReportChartData> of(const ReportTable& table);
};

} // namespace qw
