#include "time/wallclocktext.h"

#include "time/zonetime.h"

#include <QDateTime>
#include <set>

namespace qw {

namespace {
constexpr qint64 SecondsPerDay = 86400;

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

bool digitsAt(QStringView text, qsizetype at, qsizetype count, int& value)
{
    if (at + count > text.size())
        return false;
    value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    return true;
}

int offsetAt(const QTimeZone& zone, qint64 utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
}
} // namespace

WallClockReader::WallClockReader(QTimeZone zone)
    : m_zone(std::move(zone))
{ }

std::optional<qint64> WallClockReader::wallSeconds(QStringView text, int* microseconds)
{
    text = text.trimmed();
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 19 || !digitsAt(text, 0, 4, year) || text[4] != u'-' || !digitsAt(text, 5, 2, month)
        || text[7] != u'-' || !digitsAt(text, 8, 2, day) || (text[10] != u' ' && text[10] != u'T')
        || !digitsAt(text, 11, 2, hour) || text[13] != u':' || !digitsAt(text, 14, 2, minute) || text[16] != u':'
        || !digitsAt(text, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60
        || !QDate::isValid(year, month, day))
        return std::nullopt;
    int fraction = 0;
    if (text.size() > 19) {
        // ".123456": up to six digits, nothing after them.
        if (text[19] != u'.' || text.size() > 26 || text.size() == 20)
            return std::nullopt;
        const qsizetype digits = text.size() - 20;
        if (!digitsAt(text, 20, digits, fraction))
            return std::nullopt;
        for (qsizetype i = digits; i < 6; ++i)
            fraction *= 10;
    }
    if (microseconds)
        *microseconds = fraction;
    return daysFromCivil(year, unsigned(month), unsigned(day)) * SecondsPerDay + hour * 3600 + minute * 60
        + std::min(second, 59);
}

QString WallClockReader::wallText(qint64 utc, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(utc, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::optional<WallClockReader::Reading> WallClockReader::read(QStringView text)
{
    Reading reading;
    const std::optional<qint64> wall = wallSeconds(text, &reading.microseconds);
    if (!wall)
        return std::nullopt;
    const qint64 bucket = *wall >= 0 ? *wall / BucketSeconds : (*wall - BucketSeconds + 1) / BucketSeconds;
    if (!m_haveBucket || bucket != m_bucket) {
        // The offsets whose reading of this quarter hour is consistent with the zone.
        std::set<int> around;
        for (qint64 days = -1; days <= 1; ++days)
            around.insert(offsetAt(m_zone, bucket * BucketSeconds + days * SecondsPerDay));
        m_offsets.clear();
        for (auto it = around.rbegin(); it != around.rend(); ++it) {
            if (offsetAt(m_zone, bucket * BucketSeconds - *it) == *it)
                m_offsets.push_back(*it);
        }
        m_bucket = bucket;
        m_haveBucket = true;
    }
    if (m_offsets.empty()) {
        reading.utc = wallClockToUtc(*wall, m_zone); // in the gap: never written by a real clock
    } else {
        reading.utc = *wall - m_offsets.front();
        // The repeated hour: the second pass when the first reading would go well back in time.
        if (m_offsets.size() > 1 && m_previous && reading.utc < *m_previous - SecondPassAfter)
            reading.utc = *wall - m_offsets.back();
    }
    m_previous = reading.utc;
    return reading;
}

} // namespace qw
