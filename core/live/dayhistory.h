#pragma once

#include "engine/kpitally.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace qw {

// One interval of a queue's day: the most callers waiting at once during it, and the KPIs of
// every stint that ended from the window start to the end of the interval (so the service level
// of the last point is the "SL today" of the queue table).
struct HistoryPoint
{
    qint64 start = 0; // epoch seconds
    int peakWaiting = 0;
    KpiTally todaySoFar;
};

// The queue chart's data, kept as events arrive so a window opened at 3 pm still shows the
// morning. Interval points per queue, plus the whole centre under the empty name. LiveState
// tells it who joins and leaves the waiting line (stale callers leave it as they leave the view).
class DayHistory
{
public:
    static constexpr qint64 DefaultInterval = 900; // 15 minutes, as supervisors read their day

    explicit DayHistory(qint64 windowStart, qint64 interval = DefaultInterval);

    void callWaiting(const QString& queue, qint64 time); // a caller joins the queue
    void callLeftWaiting(const QString& queue, qint64 time); // answered, or gone unanswered
    void stintEnded(const QString& queue, qint64 time, const CallRecord& record, qint64 slThreshold);

    // Every queue's points from the window start to the interval holding `at`.
    QMap<QString, QList<HistoryPoint>> pointsUntil(qint64 at);

    qint64 interval() const { return m_interval; }

private:
    struct Series
    {
        int waitingNow = 0;
        QList<HistoryPoint> points;
    };
    Series& seriesAt(const QString& queue, qint64 time); // grown to the interval of `time`
    void grow(Series& series, qint64 time) const;

    qint64 m_windowStart;
    qint64 m_interval;
    QHash<QString, Series> m_series;
};

} // namespace qw
