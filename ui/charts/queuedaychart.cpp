#include "charts/queuedaychart.h"

#include <algorithm>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace qw {

namespace {
constexpr qint64 MinimumSpan = 3600; // an hour: the shortest span shown, and the tick unit

double msecs(qint64 seconds)
{
    return double(seconds) * 1000.0;
}
} // namespace

QueueDayChart::QueueDayChart(QWidget* parent)
    : QChartView(parent)
    , m_waiting(new QLineSeries(this))
    , m_serviceLevel(new QLineSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_waitingAxis(new QValueAxis(this))
    , m_serviceLevelAxis(new QValueAxis(this))
{
    // The view made a chart of its own and owns it; the chart takes the series and axes.
    // (Replacing it with setChart() would hand the old one back to us, to leak.)
    QChart* chart = this->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_waiting->setName(tr("Waiting (peak)"));
    m_serviceLevel->setName(tr("SL today"));
    QPen slPen = m_serviceLevel->pen();
    slPen.setWidth(2);
    slPen.setStyle(Qt::DashLine); // told apart by shape too, not only by colour
    m_serviceLevel->setPen(slPen);
    chart->addSeries(m_waiting);
    chart->addSeries(m_serviceLevel);

    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_waitingAxis->setLabelFormat(QStringLiteral("%d"));
    m_waitingAxis->setTitleText(tr("Waiting"));
    m_serviceLevelAxis->setRange(0, 100);
    m_serviceLevelAxis->setLabelFormat(QStringLiteral("%d %%"));
    m_serviceLevelAxis->setTitleText(tr("SL"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_waitingAxis, Qt::AlignLeft);
    chart->addAxis(m_serviceLevelAxis, Qt::AlignRight);
    m_waiting->attachAxis(m_timeAxis);
    m_waiting->attachAxis(m_waitingAxis);
    m_serviceLevel->attachAxis(m_timeAxis);
    m_serviceLevel->attachAxis(m_serviceLevelAxis);

    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200); // below this the hour labels and the legend no longer fit
    redraw();
}

void QueueDayChart::setQueue(const QString& queue)
{
    if (queue == m_queue)
        return;
    m_queue = queue;
    redraw();
}

void QueueDayChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    redraw();
}

void QueueDayChart::showSnapshot(const LiveSnapshot& snapshot)
{
    // A chart relayout costs milliseconds: skip it when the manager interfaces hand on the same
    // poll again with other member states (same history data, same minute).
    const bool sameDrawing = snapshot.windowStart == m_snapshot.windowStart && snapshot.at / 60 == m_snapshot.at / 60
        && snapshot.history.value(m_queue).isSharedWith(m_snapshot.history.value(m_queue));
    m_snapshot = snapshot; // implicitly shared: cheap
    if (!sameDrawing)
        redraw();
}

void QueueDayChart::redraw()
{
    chart()->setTitle(m_queue.isEmpty() ? tr("All queues today") : tr("Queue %1 today").arg(m_queue));
    const QList<HistoryPoint> points = m_snapshot.history.value(m_queue);
    const qint64 start = m_snapshot.windowStart;
    const qint64 now = std::max(m_snapshot.at, start);

    QList<QPointF> waiting;
    QList<QPointF> serviceLevel;
    waiting.reserve(points.size() * 2);
    int peak = 0;
    const qint64 interval = m_snapshot.historyInterval;
    for (const HistoryPoint& point : points) {
        const qint64 end = std::min(point.start + interval, now);
        // Steps: the peak holds for the whole interval.
        waiting.append(QPointF(msecs(point.start), point.peakWaiting));
        waiting.append(QPointF(msecs(end), point.peakWaiting));
        peak = std::max(peak, point.peakWaiting);
        if (const auto sl = point.todaySoFar.serviceLevel())
            serviceLevel.append(QPointF(msecs(end), *sl * 100.0));
    }
    m_waiting->replace(waiting);
    m_serviceLevel->replace(serviceLevel);

    // Ticks on whole hours from the window start, as many as fit whole ("09:00" needs about
    // 70 pixels), so no label is cut short.
    const qint64 hours = std::max<qint64>(1, (now - start + MinimumSpan - 1) / MinimumSpan);
    const qint64 fitting = std::max<qint64>(1, width() / 70 - 1);
    qint64 step = (hours + fitting - 1) / fitting; // longer spans than a day (sliding windows) too
    for (const qint64 candidate : {1, 2, 3, 4, 6, 8, 12, 24}) {
        if (hours <= fitting * candidate) {
            step = candidate;
            break;
        }
    }
    const qint64 shownHours = (hours + step - 1) / step * step;
    m_timeAxis->setTickCount(int(shownHours / step) + 1);
    m_timeAxis->setRange(QDateTime::fromSecsSinceEpoch(start),
                         QDateTime::fromSecsSinceEpoch(start + shownHours * MinimumSpan));
    m_waitingAxis->setRange(0, std::max(5, peak + 1));
    m_waitingAxis->applyNiceNumbers();
}

} // namespace qw
