#include "reportdoc/reportdocument.h"

#include "reportdoc/pageflow.h"
#include "reports/reportchartdata.h"
#include "reports/reportperiod.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr qreal HeaderBand = 18; // points above the body for the running header
constexpr qreal FooterBand = 22; // points below it for the formula and the page number
constexpr qreal ChartAspect = 270.0 / 640.0; // height : width
constexpr qreal SmallChartAspect = 230.0 / 640.0;
} // namespace

ReportDocumentInfo ReportDocumentInfo::forReport(const Report& report, const QTimeZone& zone)
{
    ReportDocumentInfo info;
    info.title = ReportDocument::tr("Call-centre report");
    info.source = report.source;
    info.periodText = ReportDocument::periodText(report.from, report.to, zone);
    // When the report was made (its "now"), else this moment.
    info.generated = report.now ? QDateTime::fromSecsSinceEpoch(*report.now, zone) : QDateTime::currentDateTime();
    info.zone = zone;
    info.slThreshold = report.slThreshold;
    return info;
}

QString ReportDocument::periodText(qint64 from, qint64 to, const QTimeZone& zone)
{
    return tr("%1 to %2 (%3, end excluded)")
        .arg(PeriodPresets::localTimeText(from, zone), PeriodPresets::localTimeText(to, zone),
             QString::fromUtf8(zone.id()));
}

ReportDocument::ReportDocument(const Report& report, ReportTables tables, ReportDocumentInfo info)
    : m_tables(std::move(tables))
    , m_info(std::move(info))
    , m_callCount(report.calls.size())
    , m_warnings(report.warnings)
    , m_eventsRead(report.eventsRead)
{
    // The full call list is never printed: keep no copy of it.
    m_tables.calls.rows.clear();
}

bool ReportDocument::paint(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    // Everything below is in points, whatever the device's resolution.
    const qreal scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const QRectF page(QPointF(0, 0), device.pageLayout().paintRect(QPageLayout::Point).size());
    const QRectF body = page.adjusted(0, HeaderBand, 0, -FooterBand);
    const QTimeZone& zone = m_info.zone;

    PageFlow flow(page, body);
    flow.title(m_info.title);
    flow.keyValues({
        {tr("Source"), m_info.source},
        {tr("Period"), m_info.periodText},
        {tr("Service level"), tr("answered within %1 s").arg(m_info.slThreshold)},
        {tr("Generated"), PeriodPresets::localTimeText(m_info.generated.toSecsSinceEpoch(), zone)},
        {tr("Events read"), QLocale().toString(m_eventsRead)},
    });
    // The same notes as the window and the JSON, in their own words: what was skipped, what is
    // still in progress, which server's data stops early.
    if (!m_warnings.isEmpty()) {
        flow.subheading(tr("Notes"));
        for (const QString& warning : m_warnings)
            flow.paragraph(warning, true);
    }

    const auto tableWithChart = [&](const ReportTable& table, qsizetype maxRows = UnansweredCallsLimit) {
        const std::optional<ReportChartData> chart = ReportChartData::of(table);
        const qreal aspect
            = chart && chart->shape != ReportChartData::Shape::StackedColumns ? SmallChartAspect : ChartAspect;
        // A table and its chart on one page when they fit one.
        if (chart)
            flow.keepTogether(flow.subheadingHeight() + flow.tableHeight(table, zone, maxRows)
                              + flow.chartHeight(aspect));
        flow.subheading(table.title);
        if (table.rows.isEmpty()) {
            flow.paragraph(tr("No data in this period."), true);
            return;
        }
        flow.table(table, zone, maxRows);
        if (chart)
            flow.chart(*chart, aspect); // untitled: the subheading above names it
    };

    flow.subheading(m_tables.summary.title);
    flow.table(m_tables.summary, zone, m_tables.summary.rows.size());
    flow.paragraph(ReportTables::formulaText(m_info.slThreshold), true);

    flow.heading(tr("Answered calls"));
    tableWithChart(m_tables.answeredByQueue);
    tableWithChart(m_tables.answeredByAgent);
    tableWithChart(m_tables.serviceLevelBuckets);

    flow.heading(tr("Unanswered calls"));
    tableWithChart(m_tables.unansweredByCause);
    tableWithChart(m_tables.unansweredWait);
    tableWithChart(m_tables.unansweredCalls, UnansweredCallsLimit);
    if (const qsizetype more = m_tables.unansweredCalls.rows.size() - UnansweredCallsLimit; more > 0)
        flow.paragraph(
            tr("… and %Ln more unanswered call(s), listed in the CSV export of this table.", nullptr, int(more)), true);

    flow.heading(tr("Distribution"));
    tableWithChart(m_tables.byHour);
    tableWithChart(m_tables.byDay);
    tableWithChart(m_tables.byWeekday);

    flow.heading(tr("Agents"));
    tableWithChart(m_tables.agents);
    tableWithChart(m_tables.agentPauses);

    flow.heading(tr("Servers"));
    tableWithChart(m_tables.servers);

    flow.subheading(m_tables.calls.title);
    flow.paragraph(tr("The period has %Ln call(s). The call list is not printed; the CSV export of the call "
                      "details (or queuewatch-report --format csv --calls) holds every one of them.",
                      nullptr, int(m_callCount)));

    const QString formula = ReportTables::formulaText(m_info.slThreshold);
    const QString running = m_info.title + u" · "_s + m_info.periodText;
    flow.paint(painter, device, [&](QPainter& p, const QRectF& area, int number, int count) {
        const QFont small = PageFlow::font(7);
        p.setFont(small);
        p.setPen(QColor(0x55, 0x5d, 0x66));
        const QFontMetricsF metrics(small);
        const QRectF top(area.left(), area.top(), area.width(), HeaderBand - 6);
        p.drawText(top, Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(running, Qt::ElideRight, top.width()));
        const QRectF bottom(area.left(), area.bottom() - FooterBand + 8, area.width(), FooterBand - 8);
        p.drawLine(QLineF(bottom.topLeft() - QPointF(0, 3), bottom.topRight() - QPointF(0, 3)));
        const QString pageText = tr("Page %1 of %2").arg(number).arg(count);
        const qreal pageWidth = metrics.horizontalAdvance(pageText) + 12;
        p.drawText(bottom.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(formula, Qt::ElideRight, bottom.width() - pageWidth));
        p.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, pageText);
    });
    m_pageCount = flow.pageCount();
    return painter.end();
}

QByteArray ReportDocument::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setTitle(m_info.title);
        writer.setCreator(u"QueueWatch"_s);
        if (!paint(writer))
            return {};
    } // the writer finishes the file when it goes
    return bytes;
}

bool ReportDocument::writePdf(const QString& path, QString* error) const
{
    const QByteArray pdf = toPdf();
    if (pdf.isEmpty()) {
        if (error)
            *error = tr("The PDF could not be painted.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace qw
