#pragma once

#include "reports/reportchartdata.h"
#include "reports/reporttable.h"

#include <functional>
#include <memory>
#include <QFont>
#include <QList>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace qw {

// Flows a document's blocks (headings, paragraphs, tables, charts) down pages of a fixed size,
// in points, and paints the pages afterwards. Laying out first and painting second is what lets
// every page say "Page n of m". Everything is drawn as text and paths: the output stays vector
// on a PDF writer and crisp on a printer.
class PageFlow
{
public:
    // Called for every page after its blocks, with the page's full rectangle (points) to draw a
    // running header and footer into its top and bottom margins.
    using Decoration = std::function<void(QPainter& painter, const QRectF& page, int pageNumber, int pageCount)>;

    // body: where blocks go, inside page (both in points, page's origin at 0,0).
    PageFlow(const QRectF& page, const QRectF& body);
    ~PageFlow();
    PageFlow(const PageFlow&) = delete;
    PageFlow& operator=(const PageFlow&) = delete;

    void title(const QString& text);
    void heading(const QString& text); // a section: starts a new page unless at a page's top
    void subheading(const QString& text); // a table's or chart's title, kept with what follows
    void paragraph(const QString& text, bool small = false);
    void keyValues(const QList<std::pair<QString, QString>>& pairs);
    // At most maxRows rows; columns too wide for the page get a smaller font and wrapped headers;
    // a table longer than the page goes on over the next ones with its header repeated.
    void table(const ReportTable& table, const QTimeZone& zone, qsizetype maxRows);
    // The chart fills the body's width; height = width x aspect.
    void chart(const ReportChartData& chart, qreal aspect);

    // Moves to the next page unless height fits under the cursor; a block taller than a whole page
    // just starts where it is. For keeping a table with its chart.
    void keepTogether(qreal height);
    // The height table() and chart() will take, gaps included.
    qreal tableHeight(const ReportTable& table, const QTimeZone& zone, qsizetype maxRows) const;
    qreal chartHeight(qreal aspect) const;
    qreal subheadingHeight() const;

    int pageCount() const { return int(m_pages.size()); }
    // Paints every page onto the device (the painter is already begun on it).
    void paint(QPainter& painter, QPagedPaintDevice& device, const Decoration& decoration) const;

    // Pixel sizes are used as points: the painter is scaled to points.
    static QFont font(int size, bool bold = false);

private:
    using Op = std::function<void(QPainter&)>;

    QList<QStringList> cellTexts(const ReportTable& table, const QTimeZone& zone, qsizetype maxRows) const;
    void newPage();
    bool atPageTop() const;
    // Moves to the next page unless height still fits under the cursor.
    void ensureSpace(qreal height);
    void draw(Op op) { m_pages.last().append(std::move(op)); }

    QRectF m_page;
    QRectF m_body;
    qreal m_y = 0;
    QList<QList<Op>> m_pages;
};

} // namespace qw
