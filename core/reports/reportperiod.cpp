#include "reports/reportperiod.h"

#include "time/zonetime.h"

#include <array>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr std::array Keys {"today", "yesterday", "this-week", "last-week", "this-month", "last-month", "custom"};
}

qint64 clockNow(const ReportClock& clock)
{
    return clock ? clock() : QDateTime::currentSecsSinceEpoch();
}

qint64 PeriodPresets::startOf(QDate date, const QTimeZone& zone)
{
    const qint64 wallSeconds = QDate(1970, 1, 1).daysTo(date) * 86400;
    return wallClockToUtc(wallSeconds, zone);
}

ReportPeriod PeriodPresets::periodAt(PeriodPreset preset, qint64 now, const QTimeZone& zone)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    QDate first = today;
    QDate end = today.addDays(1); // excluded
    switch (preset) {
    case PeriodPreset::Today:
    case PeriodPreset::Custom:
        break;
    case PeriodPreset::Yesterday:
        first = today.addDays(-1);
        end = today;
        break;
    case PeriodPreset::ThisWeek:
        first = monday;
        end = monday.addDays(7);
        break;
    case PeriodPreset::LastWeek:
        first = monday.addDays(-7);
        end = monday;
        break;
    case PeriodPreset::ThisMonth:
        first = firstOfMonth;
        end = firstOfMonth.addMonths(1);
        break;
    case PeriodPreset::LastMonth:
        first = firstOfMonth.addMonths(-1);
        end = firstOfMonth;
        break;
    }
    return {startOf(first, zone), startOf(end, zone)};
}

QString PeriodPresets::problemWith(const ReportPeriod& period)
{
    if (period.to <= period.from)
        return tr("The period ends before it starts.");
    if (period.to - period.from > MaxSeconds)
        return tr("The period is longer than 400 days.");
    return {};
}

QString PeriodPresets::localTimeText(qint64 epochSeconds, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, zone).toString(localTimeFormat());
}

QString PeriodPresets::displayName(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today:
        return tr("Today");
    case PeriodPreset::Yesterday:
        return tr("Yesterday");
    case PeriodPreset::ThisWeek:
        return tr("This week");
    case PeriodPreset::LastWeek:
        return tr("Last week");
    case PeriodPreset::ThisMonth:
        return tr("This month");
    case PeriodPreset::LastMonth:
        return tr("Last month");
    case PeriodPreset::Custom:
        return tr("Custom");
    }
    return {};
}

QString PeriodPresets::key(PeriodPreset preset)
{
    return QString::fromLatin1(Keys[std::size_t(preset)]);
}

std::optional<PeriodPreset> PeriodPresets::fromKey(const QString& key)
{
    for (std::size_t i = 0; i < Keys.size(); ++i) {
        if (key == QLatin1StringView(Keys[i]))
            return PeriodPreset(i);
    }
    return std::nullopt;
}

} // namespace qw
