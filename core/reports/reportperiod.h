#pragma once

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

    static QString displayName(PeriodPreset preset); // "Last week"
    static QString key(PeriodPreset preset); // "last-week", stored in report definitions
    static std::optional<PeriodPreset> fromKey(const QString& key);
};

} // namespace qw
