#pragma once

#include "live/livesnapshot.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace qw {

// The queue panel's chart: callers waiting (the peak of each interval, as steps) and the service
// level so far today (a line on its own 0-100 % axis) from the window start to now, for one queue
// or for the whole centre. The only place the live view draws with Qt Charts.
class QueueDayChart : public QChartView
{
    Q_OBJECT
public:
    explicit QueueDayChart(QWidget* parent = nullptr);

    // The queue to follow; empty for every queue together.
    void setQueue(const QString& queue);
    const QString& queue() const { return m_queue; }

    QLineSeries* waitingSeries() const { return m_waiting; }
    QLineSeries* serviceLevelSeries() const { return m_serviceLevel; }

public Q_SLOTS:
    void showSnapshot(const qw::LiveSnapshot& snapshot);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void redraw();

    QString m_queue;
    LiveSnapshot m_snapshot;
    QLineSeries* m_waiting;
    QLineSeries* m_serviceLevel;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_waitingAxis;
    QValueAxis* m_serviceLevelAxis;
};

} // namespace qw
