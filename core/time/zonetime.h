#pragma once

#include <optional>
#include <QDate>
#include <QString>
#include <QTimeZone>
#include <vector>

namespace qw {

// The UTC instant at which a wall clock in `zone` shows `wallSeconds` (seconds since
// 1970-01-01T00:00 of that wall clock). In a DST gap or overlap the earlier reading is taken
// (fine-print 23): an overlap gives the first of the two instants, a gap the earlier of the two
// offsets' readings.
qint64 wallClockToUtc(qint64 wallSeconds, const QTimeZone& zone);

// A time given on a command line: epoch seconds (all digits), or an ISO 8601 date or
// date/time. Without an offset it is a wall-clock time in `zone`.
std::optional<qint64> parseTimeArgument(const QString& text, const QTimeZone& zone);

// Local calendar facts of UTC instants in one zone, fast enough for every call of a report:
// the zone's offset changes within the range are looked up once, then found by binary search.
class LocalCalendar
{
public:
    LocalCalendar(const QTimeZone& zone, qint64 from, qint64 to);

    // A local time cut once into what the report's buckets need.
    struct Split
    {
        qint64 dayNumber; // local days since 1970-01-01
        int hour; // 0..23
        int weekday() const { return int(((dayNumber + 3) % 7 + 7) % 7) + 1; } // 1970-01-01 was a Thursday
        QDate date() const { return QDate(1970, 1, 1).addDays(dayNumber); }
    };

    const QTimeZone& zone() const { return m_zone; }
    Split split(qint64 utc) const;
    int offsetAt(qint64 utc) const;
    int hourOf(qint64 utc) const; // 0..23
    QDate dateOf(qint64 utc) const;
    int weekdayOf(qint64 utc) const; // 1 = Monday .. 7 = Sunday
    // The UTC instant of the local midnight that starts the day of `utc`.
    qint64 startOfDay(qint64 utc) const;

private:
    struct Change
    {
        qint64 atUtc;
        int offset;
    };
    QTimeZone m_zone;
    qint64 m_from;
    qint64 m_to;
    std::vector<Change> m_changes; // sorted; the first holds the offset at m_from
};

} // namespace qw
