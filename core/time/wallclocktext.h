#pragma once

#include <optional>
#include <QString>
#include <QTimeZone>
#include <vector>

namespace qw {

// Reads the local date and time that Asterisk's realtime queue_log tables hold ("2013-07-23
// 17:16:38.123456", from a DATETIME, DATETIME(6), TIMESTAMP or text column) as UTC instants of
// the server's zone. Rows come in the order they were written, so the repeated hour at the end
// of daylight saving time is told apart by the order: a reading that would lie well before the
// previous one (more than half an hour) is the second pass of that hour. A time in the gap at
// the start of daylight saving time (no clock shows it) takes the earlier offset's reading.
class WallClockReader
{
public:
    explicit WallClockReader(QTimeZone zone);

    struct Reading
    {
        qint64 utc = 0; // epoch seconds
        int microseconds = 0; // the fraction, kept for the order of rows within a second
    };
    // nullopt when the text is not "YYYY-MM-DD HH:MM:SS[.ffffff]" (a 'T' may stand for the space).
    std::optional<Reading> read(QStringView text);
    // Starts again without a previous reading (a new read of the table).
    void reset() { m_previous.reset(); }

    // Seconds since 1970-01-01T00:00 of the wall clock, and the fraction; nullopt when not a time.
    static std::optional<qint64> wallSeconds(QStringView text, int* microseconds = nullptr);
    // The wall-clock text of a UTC instant in `zone` ("2026-11-02 09:00:00"): bounds for queries.
    static QString wallText(qint64 utc, const QTimeZone& zone);

private:
    static constexpr qint64 BucketSeconds = 900; // offsets change on quarter hours of the wall clock
    static constexpr qint64 SecondPassAfter = 1800;

    QTimeZone m_zone;
    qint64 m_bucket = -1;
    bool m_haveBucket = false;
    std::vector<int> m_offsets; // the offsets consistent in the cached bucket, largest first (earliest UTC first)
    std::optional<qint64> m_previous;
};

} // namespace qw
