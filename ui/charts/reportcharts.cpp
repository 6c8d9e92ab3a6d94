#include "charts/reportcharts.h"

#include "reportdoc/chartstyle.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace qw {

namespace {

using chartstyle::font;

std::unique_ptr<QChart> newChart(const ReportChartData& data)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(data.title);
    chart->setTitleFont(font(13, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // "4,000" on an axis, as in the tables (the user's locale)
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font(11));
    chart->legend()->setVisible(data.showLegend);
    return chart;
}

QBarSet* newBarSet(const ReportChartData::Series& series, bool hatchUnanswered)
{
    auto* set = new QBarSet(series.name); // owned by the series it is appended to
    set->setBrush(chartstyle::brushOf(series.role, hatchUnanswered));
    set->setPen(QPen(chartstyle::colourOf(series.role), 1));
    set->setLabelFont(font(10));
    set->setLabelColor(Qt::black);
    for (const double value : series.values)
        set->append(value);
    return set;
}

void styleAxis(QAbstractAxis* axis, const QString& title)
{
    axis->setLabelsFont(font(10));
    axis->setTitleFont(font(11));
    axis->setTitleText(title);
}

QValueAxis* countAxis(qreal maximum, const QString& title)
{
    auto* axis = new QValueAxis; // owned by the chart it is added to
    axis->setRange(0, std::max<qreal>(maximum, 4));
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%.0f"_s); // localised numbers need a floating format ("%d" prints nothing)
    styleAxis(axis, title);
    return axis;
}

QValueAxis* percentAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(u"%.0f %"_s); // localised labels keep the text after the number as written
    styleAxis(axis, title);
    return axis;
}

QAbstractAxis* categoryAxis(const ReportChartData& data)
{
    if (data.hourAxis) {
        // Hours on a value axis: bar h stands at x = h, a label every second hour, upright. A
        // category axis would label all 24 slots and Qt Charts elides a label wider than its
        // slot, down to "..." in a small chart.
        auto* axis = new QValueAxis;
        axis->setRange(-0.5, 23.5);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(2);
        axis->setLabelFormat(u"%.0f"_s);
        axis->setGridLineVisible(false);
        styleAxis(axis, data.categoryTitle);
        axis->setLabelsFont(font(11));
        return axis;
    }
    auto* axis = new QBarCategoryAxis;
    axis->append(data.categories);
    styleAxis(axis, data.categoryTitle);
    if (data.manyCategories) {
        axis->setLabelsFont(font(8));
        axis->setLabelsAngle(-90); // upright labels fit slots too narrow for "23"
    }
    return axis;
}

std::unique_ptr<QChart> stackedColumns(const ReportChartData& data)
{
    auto chart = newChart(data);
    auto* series = new QStackedBarSeries; // owned by the chart
    for (const ReportChartData::Series& s : data.series)
        series->append(newBarSet(s, true));
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QAbstractAxis* categories = categoryAxis(data);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis* values = countAxis(data.peak(), data.valueTitle);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

std::unique_ptr<QChart> percentColumns(const ReportChartData& data)
{
    auto chart = newChart(data);
    auto* series = new QBarSeries;
    for (const ReportChartData::Series& s : data.series) {
        QBarSet* set = newBarSet(s, false); // one series: nothing to tell apart
        set->setLabelColor(Qt::white);
        series->append(set);
    }
    // The percentage on each bar: the chart reads without the table next to it.
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsAngle(-90); // upright in the bar: fits however narrow the slots get
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    QAbstractAxis* categories = categoryAxis(data);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis* values = percentAxis(data.valueTitle);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

std::unique_ptr<QChart> horizontalBars(const ReportChartData& data)
{
    auto chart = newChart(data);
    // Horizontal bars: the causes are long phrases, readable on their own axis line. Qt Charts
    // draws the first category at the bottom: reversed, the table's first row is at the top.
    ReportChartData reversed = data;
    std::reverse(reversed.categories.begin(), reversed.categories.end());
    auto* series = new QHorizontalBarSeries;
    for (ReportChartData::Series s : reversed.series) {
        std::reverse(s.values.begin(), s.values.end());
        series->append(newBarSet(s, false));
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(reversed.categories);
    styleAxis(categories, QString());
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    // Head room for the count printed past the longest bar.
    QValueAxis* values = countAxis(data.peak() * 1.15, data.valueTitle);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

} // namespace

std::unique_ptr<QChart> makeReportChart(const ReportChartData& data)
{
    switch (data.shape) {
    case ReportChartData::Shape::StackedColumns:
        return stackedColumns(data);
    case ReportChartData::Shape::PercentColumns:
        return percentColumns(data);
    case ReportChartData::Shape::HorizontalBars:
        return horizontalBars(data);
    }
    return nullptr;
}

} // namespace qw
