#include "charts/reportcharts.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace qw {

namespace {

class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportCharts)
};

// Columns of the tables the charts read (see ReportTables::build).
namespace DistributionColumn {
constexpr int Label = 0;
constexpr int Answered = 2;
constexpr int Unanswered = 3;
} // namespace DistributionColumn
namespace BucketColumn {
constexpr int Within = 0;
constexpr int Share = 2;
} // namespace BucketColumn
namespace CauseColumn {
constexpr int Cause = 0;
constexpr int Calls = 1;
} // namespace CauseColumn

const QColor AnsweredColour(0x2f, 0x6d, 0xb5);
const QColor UnansweredColour(0xc0, 0x44, 0x2b);

// Pixel sizes, not point sizes: the chart is laid out in scene pixels and painted onto devices of
// any resolution (screen, PDF); a point size would be resolved against each device's DPI and the
// text would no longer fit the layout the chart computed.
QFont chartFont(int pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the PDF's text stays searchable
    return font;
}

std::unique_ptr<QChart> newChart(const QString& title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setTitleFont(chartFont(13, true));
    chart->setAnimationOptions(QChart::NoAnimation); // a PDF must show the final bars
    chart->setLocalizeNumbers(true); // "4,000" on an axis, as in the tables (the user's locale)
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(11));
    return chart;
}

// Answered bars solid, unanswered hatched: readable in grey print and for colour-blind readers.
QBarSet* newBarSet(const QString& name, const QColor& colour, bool hatched)
{
    auto* set = new QBarSet(name); // owned by the series it is appended to
    set->setBrush(hatched ? QBrush(colour, Qt::BDiagPattern) : QBrush(colour));
    set->setPen(QPen(colour, 1));
    set->setLabelFont(chartFont(10));
    set->setLabelColor(Qt::black);
    return set;
}

void styleAxis(QAbstractAxis* axis, const QString& title)
{
    axis->setLabelsFont(chartFont(10));
    axis->setTitleFont(chartFont(11));
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

// More days than this get only the day of the month as label (the axis title names the dates).
constexpr qsizetype ShortDayLabelsFrom = 16;

// Short category labels keep 24 or 31 bars legible side by side (rotated ones are elided away
// by Qt Charts when the axis is short): "07" for 07:00, "11-02" or "02" for a date, "Mon".
QString categoryLabel(const ReportTable& table, int row)
{
    const QString text = table.rows.at(row).value(DistributionColumn::Label).toString();
    if (table.id == u"by-hour")
        return QString::number(text.left(2).toInt()); // "7" fits a narrow slot where "07" is elided
    if (table.id == u"by-day" && text.size() == 10)
        return table.rows.size() > ShortDayLabelsFrom ? text.mid(8) : text.mid(5);
    if (table.id == u"by-weekday" && table.rows.size() == 7)
        return QLocale().dayName(row + 1, QLocale::ShortFormat);
    return text;
}

std::unique_ptr<QChart> distributionChart(const ReportTable& table)
{
    auto chart = newChart(table.title);
    auto* series = new QStackedBarSeries; // owned by the chart
    QBarSet* answered = newBarSet(ReportCharts::tr("Answered"), AnsweredColour, false);
    QBarSet* unanswered = newBarSet(ReportCharts::tr("Unanswered (hatched)"), UnansweredColour, true);
    QStringList categories;
    qreal peak = 0;
    for (int row = 0; row < table.rows.size(); ++row) {
        const QVariantList& cells = table.rows.at(row);
        const qreal a = cells.value(DistributionColumn::Answered).toDouble();
        const qreal u = cells.value(DistributionColumn::Unanswered).toDouble();
        answered->append(a);
        unanswered->append(u);
        peak = std::max(peak, a + u);
        categories.append(categoryLabel(table, row));
    }
    series->append(answered);
    series->append(unanswered);
    series->setBarWidth(0.8);
    chart->addSeries(series);

    QString axisTitle = table.columns.value(DistributionColumn::Label).header;
    if (table.id == u"by-hour" && categories.size() == 24) {
        // Hours on a value axis: bar h stands at x = h, a label every second hour ("0", "2", ...
        // "22"), upright. A category axis would label all 24 slots and Qt Charts elides a label
        // wider than its slot, down to "..." in a small chart.
        auto* hourAxis = new QValueAxis;
        hourAxis->setRange(-0.5, 23.5);
        hourAxis->setTickType(QValueAxis::TicksDynamic);
        hourAxis->setTickAnchor(0);
        hourAxis->setTickInterval(2);
        hourAxis->setLabelFormat(u"%.0f"_s);
        hourAxis->setGridLineVisible(false);
        styleAxis(hourAxis, axisTitle);
        hourAxis->setLabelsFont(chartFont(11));
        chart->addAxis(hourAxis, Qt::AlignBottom);
        series->attachAxis(hourAxis);
    } else {
        auto* categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        if (table.id == u"by-day" && table.rows.size() > ShortDayLabelsFrom)
            axisTitle = ReportCharts::tr("%1 (%2 to %3)")
                            .arg(axisTitle, table.rows.first().value(DistributionColumn::Label).toString(),
                                 table.rows.last().value(DistributionColumn::Label).toString());
        styleAxis(categoryAxis, axisTitle);
        if (categories.size() > 12) {
            categoryAxis->setLabelsFont(chartFont(8));
            categoryAxis->setLabelsAngle(-90); // upright labels fit slots too narrow for "23"
        } // Qt Charts elides a label wider than its bar slot
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        series->attachAxis(categoryAxis);
    }
    QValueAxis* valueAxis = countAxis(peak, ReportCharts::tr("Calls"));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

std::unique_ptr<QChart> bucketChart(const ReportTable& table, const QString& setName, const QColor& colour)
{
    auto chart = newChart(table.title);
    auto* series = new QBarSeries;
    QBarSet* set = newBarSet(setName, colour, false); // one series: nothing to tell apart
    set->setLabelColor(Qt::white);
    QStringList categories;
    for (const QVariantList& cells : table.rows) {
        const QVariant share = cells.value(BucketColumn::Share);
        set->append(share.isNull() ? 0.0 : share.toDouble() * 100.0);
        categories.append(ReportCharts::tr("≤ %1").arg(cells.value(BucketColumn::Within).toLongLong()));
    }
    series->append(set);
    // The percentage on each bar: the chart reads without the table next to it.
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsAngle(-90); // upright in the bar: fits however narrow the slots get
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    chart->legend()->setVisible(false); // one series: the title and axis say what it is

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis, ReportCharts::tr("Waited at most (s)"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    QValueAxis* valueAxis = percentAxis(setName);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

std::unique_ptr<QChart> causeChart(const ReportTable& table)
{
    auto chart = newChart(table.title);
    // Horizontal bars: the causes are long phrases, readable on their own axis line.
    auto* series = new QHorizontalBarSeries;
    QBarSet* set = newBarSet(ReportCharts::tr("Unanswered calls"), UnansweredColour, false);
    QStringList categories;
    qreal peak = 0;
    // Reversed, so the first cause of the table is at the top as in the table.
    for (qsizetype row = table.rows.size() - 1; row >= 0; --row) {
        const QVariantList& cells = table.rows.at(row);
        const qreal calls = cells.value(CauseColumn::Calls).toDouble();
        set->append(calls);
        peak = std::max(peak, calls);
        categories.append(table.displayText(int(row), CauseColumn::Cause, QTimeZone::utc())); // the cause in words
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    chart->legend()->setVisible(false);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis, QString());
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    // Head room for the count printed past the longest bar.
    QValueAxis* valueAxis = countAxis(peak * 1.15, ReportCharts::tr("Calls"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    return chart;
}

} // namespace

bool hasReportChart(const QString& tableId)
{
    static const QStringList ids {u"by-hour"_s,    u"by-day"_s,          u"by-weekday"_s,
                                  u"sl-buckets"_s, u"unanswered-wait"_s, u"unanswered-by-cause"_s};
    return ids.contains(tableId);
}

std::unique_ptr<QChart> makeReportChart(const ReportTable& table)
{
    if (table.id == u"by-hour" || table.id == u"by-day" || table.id == u"by-weekday")
        return distributionChart(table);
    if (table.id == u"sl-buckets")
        return bucketChart(table, ReportCharts::tr("Share of answered calls"), AnsweredColour);
    if (table.id == u"unanswered-wait")
        return bucketChart(table, ReportCharts::tr("Share of unanswered calls"), UnansweredColour);
    if (table.id == u"unanswered-by-cause")
        return causeChart(table);
    return nullptr;
}

} // namespace qw
