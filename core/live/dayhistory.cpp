#include "live/dayhistory.h"

#include <algorithm>

namespace qw {

DayHistory::DayHistory(qint64 windowStart, qint64 interval)
    : m_windowStart(windowStart)
    , m_interval(std::max<qint64>(interval, 1))
{ }

void DayHistory::grow(Series& series, qint64 time) const
{
    const qint64 index = std::max<qint64>(0, (time - m_windowStart) / m_interval);
    while (series.points.size() <= index) {
        HistoryPoint point;
        point.start = m_windowStart + series.points.size() * m_interval;
        // A new interval starts with the callers already waiting, and the day's tally so far.
        point.peakWaiting = series.waitingNow;
        if (!series.points.isEmpty())
            point.todaySoFar = series.points.constLast().todaySoFar;
        series.points.append(point);
    }
}

DayHistory::Series& DayHistory::seriesAt(const QString& queue, qint64 time)
{
    Series& series = m_series[queue];
    grow(series, time);
    return series;
}

void DayHistory::callWaiting(const QString& queue, qint64 time)
{
    for (const QString& name : {queue, QString()}) {
        Series& series = seriesAt(name, time);
        ++series.waitingNow;
        HistoryPoint& last = series.points.last();
        last.peakWaiting = std::max(last.peakWaiting, series.waitingNow);
    }
}

void DayHistory::callLeftWaiting(const QString& queue, qint64 time)
{
    for (const QString& name : {queue, QString()}) {
        Series& series = seriesAt(name, time);
        series.waitingNow = std::max(0, series.waitingNow - 1);
    }
}

void DayHistory::stintEnded(const QString& queue, qint64 time, const CallRecord& record, qint64 slThreshold)
{
    // Events come in time order, so the stint lands in the newest interval, which is its own
    // or (for a row that arrived a little late) a later one: the running tally stays right.
    for (const QString& name : {queue, QString()})
        seriesAt(name, time).points.last().todaySoFar.add(record, slThreshold);
}

QMap<QString, QList<HistoryPoint>> DayHistory::pointsUntil(qint64 at)
{
    QMap<QString, QList<HistoryPoint>> points;
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        grow(it.value(), at);
        points.insert(it.key(), it->points); // implicitly shared: no copy until the next change
    }
    return points;
}

} // namespace qw
