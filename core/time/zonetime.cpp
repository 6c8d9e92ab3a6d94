#include "time/zonetime.h"

#include <algorithm>
#include <QDateTime>
#include <set>

namespace qw {

namespace {
constexpr qint64 SecondsPerDay = 86400;

int zoneOffset(const QTimeZone& zone, qint64 utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

qint64 wallClockToUtc(qint64 wallSeconds, const QTimeZone& zone)
{
    // Every offset the zone uses around that wall time; a reading is consistent when the zone's
    // offset at the resulting instant is the one used.
    std::set<int> offsets;
    for (qint64 day = -2; day <= 2; ++day)
        offsets.insert(zoneOffset(zone, wallSeconds + day * SecondsPerDay));
    std::optional<qint64> earliestConsistent;
    qint64 earliestAny = std::numeric_limits<qint64>::max();
    for (const int offset : offsets) {
        const qint64 utc = wallSeconds - offset;
        earliestAny = std::min(earliestAny, utc);
        if (zoneOffset(zone, utc) == offset && (!earliestConsistent || utc < *earliestConsistent))
            earliestConsistent = utc;
    }
    return earliestConsistent.value_or(earliestAny);
}

std::optional<qint64> parseTimeArgument(const QString& text, const QTimeZone& zone)
{
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; })) {
        bool ok = false;
        const qint64 epoch = text.toLongLong(&ok);
        return ok ? std::optional<qint64>(epoch) : std::nullopt;
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() != Qt::LocalTime)
        return parsed.toSecsSinceEpoch(); // it carries its own offset (or Z)
    const QDateTime wall(parsed.date(), parsed.time(), QTimeZone::utc());
    return wallClockToUtc(wall.toSecsSinceEpoch(), zone);
}

LocalCalendar::LocalCalendar(const QTimeZone& zone, qint64 from, qint64 to)
    : m_zone(zone)
    , m_from(from - 2 * SecondsPerDay)
    , m_to(to + 2 * SecondsPerDay)
{
    m_changes.push_back({m_from, zoneOffset(zone, m_from)});
    if (zone.hasTransitions()) {
        const auto transitions = zone.transitions(QDateTime::fromSecsSinceEpoch(m_from, QTimeZone::utc()),
                                                  QDateTime::fromSecsSinceEpoch(m_to, QTimeZone::utc()));
        for (const QTimeZone::OffsetData& change : transitions) {
            const qint64 at = change.atUtc.toSecsSinceEpoch();
            if (at > m_from)
                m_changes.push_back({at, change.offsetFromUtc});
        }
    }
}

int LocalCalendar::offsetAt(qint64 utc) const
{
    if (utc < m_from || utc > m_to)
        return zoneOffset(m_zone, utc);
    const auto next = std::upper_bound(m_changes.cbegin(), m_changes.cend(), utc,
                                       [](qint64 t, const Change& c) { return t < c.atUtc; });
    return std::prev(next)->offset;
}

LocalCalendar::Split LocalCalendar::split(qint64 utc) const
{
    const qint64 local = utc + offsetAt(utc);
    const qint64 day = floorDiv(local, SecondsPerDay);
    return {day, int((local - day * SecondsPerDay) / 3600)};
}

int LocalCalendar::hourOf(qint64 utc) const
{
    const qint64 local = utc + offsetAt(utc);
    return int(floorDiv(local, 3600) - floorDiv(local, SecondsPerDay) * 24);
}

QDate LocalCalendar::dateOf(qint64 utc) const
{
    const qint64 local = utc + offsetAt(utc);
    return QDate(1970, 1, 1).addDays(floorDiv(local, SecondsPerDay));
}

int LocalCalendar::weekdayOf(qint64 utc) const
{
    return dateOf(utc).dayOfWeek();
}

qint64 LocalCalendar::startOfDay(qint64 utc) const
{
    const qint64 local = utc + offsetAt(utc);
    return wallClockToUtc(floorDiv(local, SecondsPerDay) * SecondsPerDay, m_zone);
}

} // namespace qw
