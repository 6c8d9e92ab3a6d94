#pragma once

#include <functional>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace qw {

// The periods supervisors ask for by name. Weeks start on Monday; every boundary is local
// midnight in the report's time zone (DST days are 23 or 25 hours long).
enum class PeriodPreset
{
    Today,
    Yesterday,
    ThisWeek,
    LastWeek,
    ThisMonth,
    LastMonth,
    Custom
};

// Where "now" comes from for presets and for the moment a report is made: epoch seconds. Empty
// means the wall clock; tests inject their own.
using ReportClock = std::function<qint64()>;
qint64 clockNow(const ReportClock& clock);

struct ReportPeriod
{
    qint64 from = 0; // included, epoch seconds
    qint64 to = 0; // excluded
};

class PeriodPresets
{
    Q_DECLARE_TR_FUNCTIONS(qw::PeriodPresets)
public:
    // The period `preset` names at `now`; Custom gives today.
    static ReportPeriod periodAt(PeriodPreset preset, qint64 now, const QTimeZone& zone);
    // Local midnight starting `date` in `zone`.
    static qint64 startOf(QDate date, const QTimeZone& zone);

    // What is wrong with a period, in words; empty when a report can cover it. Longer than 400
    // days (a year and some) is taken for a typing mistake.
    static QString problemWith(const ReportPeriod& period);
    static constexpr qint64 MaxSeconds = 400LL * 86400;
    // "2026-11-02 14:05": how reports write a time, in their zone.
    static QString localTimeText(qint64 epochSeconds, const QTimeZone& zone);
    static QString localTimeFormat() { return QStringLiteral("yyyy-MM-dd HH:mm"); }

    static QString displayName(PeriodPreset preset); // "Last week"
    static QString key(PeriodPreset preset); // "last-week", stored in report definitions
    static std::optional<PeriodPreset> fromKey(const QString& key);
};

} // namespace qw
