#include "reports/reportchartdata.h"

#include <algorithm>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
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

// Short category labels keep 24 or 31 columns legible side by side: "7" for 07:00, "11-02" or
// "02" for a date, "Mon".
QString categoryLabel(const ReportTable& table, int row)
{
    const QString text = table.rows.at(row).value(DistributionColumn::Label).toString();
    if (table.id == u"by-hour")
        return QString::number(text.left(2).toInt());
    if (table.id == u"by-day" && text.size() == 10)
        return table.rows.size() > ReportChartData::ShortDayLabelsFrom ? text.mid(8) : text.mid(5);
    if (table.id == u"by-weekday" && table.rows.size() == 7)
        return QLocale().dayName(row + 1, QLocale::ShortFormat);
    return text;
}

ReportChartData distribution(const ReportTable& table)
{
    ReportChartData chart;
    chart.shape = ReportChartData::Shape::StackedColumns;
    chart.title = table.title;
    ReportChartData::Series answered {ReportChartData::tr("Answered"), ReportChartData::Role::Answered, {}};
    ReportChartData::Series unanswered {
        ReportChartData::tr("Unanswered (hatched)"), ReportChartData::Role::Unanswered, {}};
    for (int row = 0; row < table.rows.size(); ++row) {
        const QVariantList& cells = table.rows.at(row);
        answered.values.append(cells.value(DistributionColumn::Answered).toDouble());
        unanswered.values.append(cells.value(DistributionColumn::Unanswered).toDouble());
        chart.categories.append(categoryLabel(table, row));
    }
    chart.series = {answered, unanswered};
    chart.valueTitle = ReportChartData::tr("Calls");
    chart.categoryTitle = table.columns.value(DistributionColumn::Label).header;
    chart.hourAxis = table.id == u"by-hour" && chart.categories.size() == 24;
    chart.manyCategories = !chart.hourAxis && chart.categories.size() > 12;
    if (table.id == u"by-day" && table.rows.size() > ReportChartData::ShortDayLabelsFrom)
        chart.categoryTitle
            = ReportChartData::tr("%1 (%2 to %3)")
                  .arg(chart.categoryTitle, table.rows.first().value(DistributionColumn::Label).toString(),
                       table.rows.last().value(DistributionColumn::Label).toString());
    return chart;
}

ReportChartData buckets(const ReportTable& table, const QString& seriesName, ReportChartData::Role role)
{
    ReportChartData chart;
    chart.shape = ReportChartData::Shape::PercentColumns;
    chart.title = table.title;
    ReportChartData::Series shares {seriesName, role, {}};
    for (const QVariantList& cells : table.rows) {
        const QVariant share = cells.value(BucketColumn::Share);
        shares.values.append(share.isNull() ? 0.0 : share.toDouble() * 100.0);
        chart.categories.append(ReportChartData::tr("≤ %1").arg(cells.value(BucketColumn::Within).toLongLong()));
    }
    chart.series = {shares};
    chart.categoryTitle = ReportChartData::tr("Waited at most (s)");
    chart.valueTitle = seriesName;
    chart.showLegend = false; // one series: the title and the axis say what it is
    return chart;
}

ReportChartData causes(const ReportTable& table)
{
    ReportChartData chart;
    chart.shape = ReportChartData::Shape::HorizontalBars;
    chart.title = table.title;
    ReportChartData::Series calls {ReportChartData::tr("Unanswered calls"), ReportChartData::Role::Unanswered, {}};
    for (int row = 0; row < table.rows.size(); ++row) {
        calls.values.append(table.rows.at(row).value(CauseColumn::Calls).toDouble());
        chart.categories.append(table.displayText(row, CauseColumn::Cause, QTimeZone::utc())); // in words
    }
    chart.series = {calls};
    chart.valueTitle = ReportChartData::tr("Calls");
    chart.showLegend = false;
    return chart;
}
} // namespace

double ReportChartData::peak() const
{
    double peak = 0;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        double total = 0;
        for (const Series& s : series)
            total = shape == Shape::StackedColumns ? total + s.values.value(i) : std::max(total, s.values.value(i));
        peak = std::max(peak, total);
    }
    return peak;
}

bool ReportChartData::exists(const QString& tableId)
{
    static const QStringList ids {u"by-hour"_s,    u"by-day"_s,          u"by-weekday"_s,
                                  u"sl-buckets"_s, u"unanswered-wait"_s, u"unanswered-by-cause"_s};
    return ids.contains(tableId);
}

std::optional<ReportChartData> ReportChartData::of(const ReportTable& table)
{
    if (table.rows.isEmpty())
        return std::nullopt;
    if (table.id == u"by-hour" || table.id == u"by-day" || table.id == u"by-weekday")
        return distribution(table);
    if (table.id == u"sl-buckets")
        return buckets(table, tr("Share of answered calls"), Role::Answered);
    if (table.id == u"unanswered-wait")
        return buckets(table, tr("Share of unanswered calls"), Role::Unanswered);
    if (table.id == u"unanswered-by-cause")
        return causes(table);
    return std::nullopt;
}

} // namespace qw
