#include "reports/reporttable.h"

#include "engine/callrecord.h"
#include "reports/reporttables.h"
#include "time/durationtext.h"

#include <cmath>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace qw {

QString ReportTable::displayText(const QVariant& raw, ReportColumn::Kind kind, const QTimeZone& zone)
{
    if (raw.isNull())
        return {};
    switch (kind) {
    case ReportColumn::Kind::Text:
    case ReportColumn::Kind::Formatted:
        return raw.toString();
    case ReportColumn::Kind::Count:
        return QLocale().toString(raw.toLongLong());
    case ReportColumn::Kind::Seconds:
        return durationText(raw.toLongLong());
    case ReportColumn::Kind::Average:
        return durationText(std::llround(raw.toDouble()));
    case ReportColumn::Kind::Ratio:
        return QLocale().toString(raw.toDouble() * 100.0, 'f', 1) + u" %"_s;
    case ReportColumn::Kind::Time:
        return QDateTime::fromSecsSinceEpoch(raw.toLongLong(), zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case ReportColumn::Kind::Date:
        return QDateTime::fromSecsSinceEpoch(raw.toLongLong(), zone).date().toString(Qt::ISODate);
    case ReportColumn::Kind::Outcome:
        return ReportTables::causeText(CallOutcome(raw.toInt()));
    case ReportColumn::Kind::Flag:
        return raw.toBool() ? ReportTables::tr("yes") : QString();
    }
    return raw.toString();
}

QString ReportTable::displayText(int row, int column, const QTimeZone& zone) const
{
    return displayText(rows.at(row).value(column), columns.at(column).kind, zone);
}

} // namespace qw
