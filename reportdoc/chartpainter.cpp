#include "reportdoc/chartpainter.h"

#include "reportdoc/chartstyle.h"

#include <algorithm>
#include <cmath>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// Font sizes in the painter's units (points on a page): pixel sizes, because the painter is scaled
// to points and a point size would be resolved against the device's own resolution.
constexpr int LabelSize = 8; // tick and category labels
constexpr int SmallLabelSize = 7; // category labels of many narrow columns
constexpr int TitleSize = 8; // axis titles and the legend
constexpr qreal Gap = 3;
const QColor GridColour(0xdd, 0xdd, 0xdd);
const QColor AxisColour(0x66, 0x66, 0x66);

QFont fontOf(int size)
{
    return chartstyle::font(size);
}

QString numberText(double value, bool percent)
{
    const QString number = QLocale().toString(value, 'f', 0);
    return percent ? number + u" %"_s : number;
}

// Every how many columns a label is written: every second hour, and as many as fit side by side.
// Text is never rotated: a PDF reader's text extraction (and a screen reader) reads it in order.
qsizetype labelStep(const ReportChartData& data, const QFontMetricsF& metrics, qreal slot)
{
    qreal widest = 0;
    for (const QString& category : data.categories)
        widest = std::max(widest, metrics.horizontalAdvance(category) + 4);
    qsizetype step = data.hourAxis ? 2 : 1;
    while (widest > slot * qreal(step) && step < data.categories.size())
        ++step;
    return step;
}

} // namespace

ChartPainter::ChartPainter(const ReportChartData& data)
    : m_data(data)
{ }

QList<double> ChartPainter::ticksUpTo(double peak, int wantedTicks)
{
    peak = std::max(peak, 4.0);
    const double rough = peak / std::max(1, wantedTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    step = std::max(1.0, std::round(step)); // counts: whole steps only
    QList<double> ticks;
    for (double value = 0; value < peak + step; value += step)
        ticks.append(value);
    return ticks;
}

void ChartPainter::paint(QPainter& painter, const QRectF& area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF rest = area;
    if (m_data.showLegend && m_data.series.size() > 1)
        rest.setBottom(rest.bottom() - paintLegend(painter, area));
    if (m_data.shape == ReportChartData::Shape::HorizontalBars)
        paintBars(painter, rest);
    else
        paintColumns(painter, rest);
    painter.restore();
}

qreal ChartPainter::paintLegend(QPainter& painter, const QRectF& area) const
{
    const QFont font = fontOf(TitleSize);
    const QFontMetricsF metrics(font);
    const qreal swatch = metrics.height() * 0.8;
    qreal total = 0;
    for (const ReportChartData::Series& series : m_data.series)
        total += swatch + Gap + metrics.horizontalAdvance(series.name) + 4 * Gap;
    qreal x = area.center().x() - total / 2;
    const qreal height = metrics.height() + Gap;
    const qreal y = area.bottom() - metrics.height();
    painter.setFont(font);
    for (const ReportChartData::Series& series : m_data.series) {
        const QRectF box(x, y + (metrics.height() - swatch) / 2, swatch, swatch);
        painter.setPen(QPen(chartstyle::colourOf(series.role), 0.8));
        painter.setBrush(chartstyle::brushOf(series.role));
        painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(box.right() + Gap, y + metrics.ascent()), series.name);
        x = box.right() + Gap + metrics.horizontalAdvance(series.name) + 4 * Gap;
    }
    return height;
}

void ChartPainter::paintColumns(QPainter& painter, const QRectF& area) const
{
    const bool percent = m_data.shape == ReportChartData::Shape::PercentColumns;
    const QList<double> ticks = percent ? QList<double> {0, 20, 40, 60, 80, 100} : ticksUpTo(m_data.peak());
    const double top = ticks.last();
    const QFont labelFont = fontOf(LabelSize);
    const QFont categoryFont = fontOf(m_data.manyCategories ? SmallLabelSize : LabelSize);
    const QFont titleFont = fontOf(TitleSize);
    const QFontMetricsF labels(labelFont);
    const QFontMetricsF categoryMetrics(categoryFont);
    const QFontMetricsF titles(titleFont);

    qreal tickWidth = 0;
    for (const double tick : ticks)
        tickWidth = std::max(tickWidth, labels.horizontalAdvance(numberText(tick, percent)));
    const qreal categoryHeight = categoryMetrics.height();
    const qreal titleHeight = m_data.categoryTitle.isEmpty() ? 0 : titles.height();
    // The value axis' title stands above its labels; the frame starts below it.
    QRectF frame;
    frame.setLeft(area.left() + tickWidth + Gap);
    frame.setTop(area.top() + titles.height() + labels.height() / 2);
    frame.setRight(area.right() - Gap);
    frame.setBottom(area.bottom() - titleHeight - Gap - categoryHeight - Gap);
    if (frame.width() <= 0 || frame.height() <= 0)
        return;
    const auto yOf = [&](double value) {
        return frame.bottom() - frame.height() * value / top;
    };

    // Value axis: grid lines, tick labels, and its title above them.
    painter.setFont(labelFont);
    for (const double tick : ticks) {
        const qreal y = yOf(tick);
        painter.setPen(QPen(GridColour, 0.5));
        painter.drawLine(QLineF(frame.left(), y, frame.right(), y));
        painter.setPen(Qt::black);
        const QString text = numberText(tick, percent);
        painter.drawText(QPointF(frame.left() - Gap - labels.horizontalAdvance(text), y + labels.ascent() / 2 - 1),
                         text);
    }
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(QPointF(area.left(), area.top() + titles.ascent()), m_data.valueTitle);

    // The columns, stacked series by series, each with its label under it.
    const qsizetype count = m_data.categories.size();
    const qreal slot = frame.width() / qreal(std::max<qsizetype>(1, count));
    const qreal barWidth = slot * 0.8;
    const qsizetype step = labelStep(m_data, categoryMetrics, slot);
    for (qsizetype i = 0; i < count; ++i) {
        const qreal left = frame.left() + slot * qreal(i) + (slot - barWidth) / 2;
        double base = 0;
        for (const ReportChartData::Series& series : m_data.series) {
            const double value = series.values.value(i);
            if (value <= 0)
                continue;
            const QRectF bar(QPointF(left, yOf(base + value)), QPointF(left + barWidth, yOf(base)));
            painter.setPen(QPen(chartstyle::colourOf(series.role), 0.6));
            painter.setBrush(chartstyle::brushOf(series.role, !percent));
            painter.drawRect(bar);
            if (percent) {
                // The share written inside the top of the column, or above it when it is too short.
                const QString text = numberText(value, true);
                const bool inside = bar.height() >= labels.height() + Gap;
                painter.setFont(labelFont);
                painter.setPen(inside ? Qt::white : Qt::black);
                painter.drawText(
                    QPointF(bar.center().x() - labels.horizontalAdvance(text) / 2,
                            inside ? bar.top() + Gap / 2 + labels.ascent() : bar.top() - labels.descent() - 1),
                    text);
            }
            base += value;
        }
        if (i % step != 0)
            continue;
        const QString& label = m_data.categories.at(i);
        const qreal centre = frame.left() + slot * (qreal(i) + 0.5);
        painter.setPen(Qt::black);
        painter.setFont(categoryFont);
        painter.drawText(QPointF(centre - categoryMetrics.horizontalAdvance(label) / 2,
                                 frame.bottom() + Gap + categoryMetrics.ascent()),
                         label);
    }
    painter.setPen(QPen(AxisColour, 0.8));
    painter.drawLine(QLineF(frame.bottomLeft(), frame.bottomRight()));
    if (!m_data.categoryTitle.isEmpty()) {
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(frame.center().x() - titles.horizontalAdvance(m_data.categoryTitle) / 2,
                                 area.bottom() - titles.descent()),
                         m_data.categoryTitle);
    }
}

void ChartPainter::paintBars(QPainter& painter, const QRectF& area) const
{
    const QList<double> ticks = ticksUpTo(m_data.peak() * 1.15); // head room for the count past the bar
    const double top = ticks.last();
    const QFont labelFont = fontOf(LabelSize);
    const QFont titleFont = fontOf(TitleSize);
    const QFontMetricsF labels(labelFont);
    const QFontMetricsF titles(titleFont);

    qreal categoryWidth = 0;
    for (const QString& category : m_data.categories)
        categoryWidth = std::max(categoryWidth, labels.horizontalAdvance(category));
    categoryWidth = std::min(categoryWidth, area.width() * 0.4);
    QRectF frame;
    frame.setLeft(area.left() + categoryWidth + Gap);
    frame.setTop(area.top());
    frame.setRight(area.right() - labels.horizontalAdvance(numberText(top, false)) / 2 - Gap);
    frame.setBottom(area.bottom() - titles.height() - Gap - labels.height() - Gap);
    if (frame.width() <= 0 || frame.height() <= 0)
        return;
    const auto xOf = [&](double value) {
        return frame.left() + frame.width() * value / top;
    };

    painter.setFont(labelFont);
    for (const double tick : ticks) {
        const qreal x = xOf(tick);
        painter.setPen(QPen(GridColour, 0.5));
        painter.drawLine(QLineF(x, frame.top(), x, frame.bottom()));
        painter.setPen(Qt::black);
        const QString text = numberText(tick, false);
        painter.drawText(QPointF(x - labels.horizontalAdvance(text) / 2, frame.bottom() + Gap + labels.ascent()), text);
    }

    const qsizetype count = m_data.categories.size();
    const qreal slot = frame.height() / qreal(std::max<qsizetype>(1, count));
    const qreal barHeight = slot * 0.7;
    const ReportChartData::Series& series = m_data.series.first();
    for (qsizetype i = 0; i < count; ++i) {
        const qreal centre = frame.top() + slot * (qreal(i) + 0.5);
        const double value = series.values.value(i);
        const QRectF bar(QPointF(frame.left(), centre - barHeight / 2), QPointF(xOf(value), centre + barHeight / 2));
        painter.setPen(QPen(chartstyle::colourOf(series.role), 0.6));
        painter.setBrush(chartstyle::brushOf(series.role, false));
        painter.drawRect(bar);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(bar.right() + Gap, centre + labels.ascent() / 2 - 1), numberText(value, false));
        const QString category = labels.elidedText(m_data.categories.at(i), Qt::ElideRight, categoryWidth);
        painter.drawText(
            QPointF(frame.left() - Gap - labels.horizontalAdvance(category), centre + labels.ascent() / 2 - 1),
            category);
    }
    painter.setPen(QPen(AxisColour, 0.8));
    painter.drawLine(QLineF(frame.topLeft(), frame.bottomLeft()));
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(
        QPointF(frame.center().x() - titles.horizontalAdvance(m_data.valueTitle) / 2, area.bottom() - titles.descent()),
        m_data.valueTitle);
}

} // namespace qw
