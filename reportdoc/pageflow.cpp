#include "reportdoc/pageflow.h"

#include "reportdoc/chartpainter.h"
#include "reportdoc/wrappedtext.h"

#include <algorithm>
#include <numeric>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr qreal Gap = 8; // between blocks
constexpr qreal CellPadX = 3;
constexpr qreal CellPadY = 1.5;
constexpr int TableFontSizes[] = {8, 7, 6}; // the largest that fits the width wins
constexpr qsizetype RowsKeptWithHeading = 3;

const QColor HeaderFill(0xdd, 0xe3, 0xea);
const QColor StripeFill(0xf3, 0xf5, 0xf8);
const QColor RuleColour(0x8a, 0x94, 0xa0);
const QColor HeadingColour(0x1d, 0x3c, 0x5e);

qreal widestWord(const QFontMetricsF& metrics, const QString& text)
{
    qreal widest = 0;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

// One table as it will be drawn: the font, the column widths, and every header and cell already
// cut into the lines it takes (text columns narrower than their longest text wrap; numbers never).
struct TableGeometry
{
    QFont font;
    QFont headerFont;
    QList<qreal> widths;
    QList<QStringList> headerLines; // per column
    qreal headerHeight = 0;
    QList<QList<QStringList>> cellLines; // per row, per column
    QList<qreal> rowHeights;

    qreal totalWidth() const { return std::accumulate(widths.cbegin(), widths.cend(), qreal(0)); }
    qreal rowsHeight() const { return std::accumulate(rowHeights.cbegin(), rowHeights.cend(), qreal(0)); }
};

constexpr qreal MinTextColumn = 36; // points: a wrapped text column is never narrower

// Widths for the columns at one font size; false when they cannot fit `available` even with the
// text columns wrapped (then the caller tries a smaller font). With `wrap` false, text columns
// keep their longest text on one line.
bool columnWidths(const ReportTable& table, const QList<QStringList>& cells, qreal available, bool wrap,
                  const QFont& font, const QFont& headerFont, QList<qreal>& widths)
{
    const qsizetype columns = table.columns.size();
    const QFontMetricsF metrics(font);
    const QFontMetricsF headerMetrics(headerFont);
    QList<qreal> natural(columns, 0); // the widest cell or header word, on one line
    QList<qreal> header(columns, 0); // the whole header on one line
    for (qsizetype c = 0; c < columns; ++c) {
        const QString& title = table.columns[c].header;
        natural[c] = widestWord(headerMetrics, title);
        header[c] = headerMetrics.horizontalAdvance(title);
        for (const QStringList& row : cells)
            natural[c] = std::max(natural[c], metrics.horizontalAdvance(row.value(c)));
        natural[c] += 2 * CellPadX + 1; // 1: slack for rounding in the PDF
    }
    widths = natural;
    qreal total = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
    if (total > available) {
        if (!wrap)
            return false;
        // Numbers keep their width; the text columns share what is left, the narrow ones whole,
        // the wide ones an equal part each (they wrap).
        qreal left = available;
        QList<qsizetype> text;
        for (qsizetype c = 0; c < columns; ++c) {
            if (table.columns[c].kind == ReportColumn::Kind::Text)
                text.append(c);
            else
                left -= widths[c];
        }
        std::sort(text.begin(), text.end(), [&](qsizetype a, qsizetype b) { return natural[a] < natural[b]; });
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qreal share = left / qreal(text.size() - i);
            widths[text[i]] = std::min(natural[text[i]], share);
            left -= widths[text[i]];
        }
        for (const qsizetype c : text) {
            if (widths[c] < std::min(natural[c], MinTextColumn))
                return false;
        }
        total = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
        if (total > available + 0.01)
            return false;
    }
    // Spare width goes to headers that would otherwise wrap, the narrowest first.
    qreal spare = available - total;
    for (qsizetype c = 0; c < columns && spare > 0; ++c) {
        const qreal wanted = std::max<qreal>(0, header[c] + 2 * CellPadX + 1 - widths[c]);
        const qreal given = std::min(wanted, spare);
        widths[c] += given;
        spare -= given;
    }
    return true;
}

TableGeometry fitTable(const ReportTable& table, const QList<QStringList>& cells, qreal available)
{
    const qsizetype columns = table.columns.size();
    TableGeometry g;
    // The largest font that fits on one line per cell; failing that, text columns wrap at the
    // smaller sizes; failing even that, every column is squeezed (its lines then wrap anywhere).
    bool fitted = false;
    for (const bool wrap : {false, true}) {
        for (const int size : TableFontSizes) {
            if (wrap && size == TableFontSizes[0])
                continue; // wrapping is for when a smaller font alone did not do
            g.font = PageFlow::font(size);
            g.headerFont = PageFlow::font(size, true);
            if (columnWidths(table, cells, available, wrap, g.font, g.headerFont, g.widths)) {
                fitted = true;
                break;
            }
        }
        if (fitted)
            break;
    }
    if (!fitted) {
        const qreal factor = available / g.totalWidth();
        for (qreal& width : g.widths)
            width *= factor;
    }

    g.headerLines.resize(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        g.headerLines[c] = wrapText(table.columns[c].header, g.headerFont, g.widths[c] - 2 * CellPadX);
        g.headerHeight = std::max(g.headerHeight, wrappedTextHeight(g.headerLines[c], g.headerFont));
    }
    g.headerHeight += 2 * CellPadY;
    g.cellLines.reserve(cells.size());
    g.rowHeights.reserve(cells.size());
    const qreal lineHeight = QFontMetricsF(g.font).height();
    for (const QStringList& row : cells) {
        QList<QStringList> lines(columns);
        qreal height = lineHeight;
        for (qsizetype c = 0; c < columns; ++c) {
            lines[c] = wrapText(row.value(c), g.font, g.widths[c] - 2 * CellPadX);
            height = std::max(height, wrappedTextHeight(lines[c], g.font));
        }
        g.cellLines.append(lines);
        g.rowHeights.append(height + 2 * CellPadY);
    }
    return g;
}

Qt::Alignment cellAlignment(const ReportColumn& column)
{
    return (column.alignsRight() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}
} // namespace

QFont PageFlow::font(int size, bool bold)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(size);
    f.setBold(bold);
    // Unhinted: the widths measured here are the widths the PDF shows.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "offered" must stay six letters for search and copy in a PDF viewer.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

PageFlow::PageFlow(const QRectF& page, const QRectF& body)
    : m_page(page)
    , m_body(body)
{
    newPage();
}

PageFlow::~PageFlow() = default;

void PageFlow::newPage()
{
    m_pages.append(QList<Op>());
    m_y = m_body.top();
}

bool PageFlow::atPageTop() const
{
    return m_y <= m_body.top();
}

void PageFlow::ensureSpace(qreal height)
{
    if (!atPageTop() && m_y + height > m_body.bottom())
        newPage();
}

void PageFlow::title(const QString& text)
{
    const QFont f = font(18, true);
    const QStringList lines = wrapText(text, f, m_body.width());
    const qreal height = wrappedTextHeight(lines, f);
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    draw([rect, f, lines](QPainter& p) {
        p.setPen(HeadingColour);
        drawWrappedText(p, rect, Qt::AlignLeft, f, lines);
    });
    m_y += height + Gap;
}

void PageFlow::heading(const QString& text)
{
    if (!atPageTop())
        newPage();
    const QFont f = font(14, true);
    const qreal height = QFontMetricsF(f).height();
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    draw([rect, f, text](QPainter& p) {
        p.setFont(f);
        p.setPen(HeadingColour);
        p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
        p.setPen(QPen(HeadingColour, 0.8));
        p.drawLine(QLineF(rect.bottomLeft() + QPointF(0, 2), rect.bottomRight() + QPointF(0, 2)));
    });
    m_y += height + Gap;
}

void PageFlow::subheading(const QString& text)
{
    const QFont f = font(11, true);
    const qreal height = QFontMetricsF(f).height();
    // Kept with at least the start of what follows it.
    ensureSpace(height + 60);
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    draw([rect, f, text](QPainter& p) {
        p.setFont(f);
        p.setPen(HeadingColour);
        p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
    });
    m_y += height + 3;
}

void PageFlow::paragraph(const QString& text, bool small)
{
    const QFont f = font(small ? 8 : 9);
    const QStringList lines = wrapText(text, f, m_body.width());
    const qreal height = wrappedTextHeight(lines, f);
    ensureSpace(height);
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    draw([rect, f, lines](QPainter& p) {
        p.setPen(Qt::black);
        drawWrappedText(p, rect, Qt::AlignLeft, f, lines);
    });
    m_y += height + Gap;
}

void PageFlow::keyValues(const QList<std::pair<QString, QString>>& pairs)
{
    const QFont keyFont = font(9, true);
    const QFont valueFont = font(9);
    qreal keyWidth = 0;
    for (const auto& [key, value] : pairs)
        keyWidth = std::max(keyWidth, QFontMetricsF(keyFont).horizontalAdvance(key));
    keyWidth += 12;
    for (const auto& [key, value] : pairs) {
        const QStringList lines = wrapText(value, valueFont, m_body.width() - keyWidth);
        const qreal height = std::max(QFontMetricsF(keyFont).height(), wrappedTextHeight(lines, valueFont));
        ensureSpace(height);
        const QRectF keyRect(m_body.left(), m_y, keyWidth, height);
        const QRectF valueRect(m_body.left() + keyWidth, m_y, m_body.width() - keyWidth, height);
        draw([=, k = key](QPainter& p) {
            p.setPen(Qt::black);
            p.setFont(keyFont);
            p.drawText(keyRect, Qt::AlignLeft | Qt::AlignTop, k);
            drawWrappedText(p, valueRect, Qt::AlignLeft, valueFont, lines);
        });
        m_y += height + 2;
    }
    m_y += Gap;
}

void PageFlow::keepTogether(qreal height)
{
    if (height <= m_body.height())
        ensureSpace(height);
}

QList<QStringList> PageFlow::cellTexts(const ReportTable& table, const QTimeZone& zone, qsizetype maxRows) const
{
    const qsizetype rowCount = std::min(table.rows.size(), maxRows);
    QList<QStringList> cells;
    cells.reserve(rowCount);
    for (qsizetype r = 0; r < rowCount; ++r) {
        QStringList row;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            row.append(table.displayText(int(r), int(c), zone));
        cells.append(row);
    }
    return cells;
}

qreal PageFlow::tableHeight(const ReportTable& table, const QTimeZone& zone, qsizetype maxRows) const
{
    const QList<QStringList> cells = cellTexts(table, zone, maxRows);
    const TableGeometry g = fitTable(table, cells, m_body.width());
    return g.headerHeight + g.rowsHeight() + Gap;
}

qreal PageFlow::chartHeight(qreal aspect) const
{
    return m_body.width() * aspect + Gap;
}

qreal PageFlow::subheadingHeight() const
{
    return QFontMetricsF(font(11, true)).height() + 3;
}

void PageFlow::table(const ReportTable& table, const QTimeZone& zone, qsizetype maxRows)
{
    const QList<QStringList> cells = cellTexts(table, zone, maxRows);
    const qsizetype rowCount = cells.size();
    const TableGeometry g = fitTable(table, cells, m_body.width());
    const QList<ReportColumn> columns = table.columns;
    const qreal left = m_body.left();
    const qreal width = g.totalWidth();

    const auto drawHeader = [&] {
        const QRectF band(left, m_y, width, g.headerHeight);
        draw([g, columns, band](QPainter& p) {
            p.fillRect(band, HeaderFill);
            p.setPen(Qt::black);
            qreal x = band.left();
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QRectF cell(x + CellPadX, band.top() + CellPadY, g.widths[c] - 2 * CellPadX,
                                  band.height() - 2 * CellPadY);
                drawWrappedText(p, cell, cellAlignment(columns[c]), g.headerFont, g.headerLines[c]);
                x += g.widths[c];
            }
            p.setPen(QPen(RuleColour, 0.6));
            p.drawLine(QLineF(band.bottomLeft(), band.bottomRight()));
        });
        m_y += g.headerHeight;
    };

    qreal kept = g.headerHeight;
    for (qsizetype r = 0; r < std::min(rowCount, RowsKeptWithHeading); ++r)
        kept += g.rowHeights[r];
    ensureSpace(kept);
    drawHeader();
    for (qsizetype r = 0; r < rowCount; ++r) {
        const qreal rowHeight = g.rowHeights[r];
        if (m_y + rowHeight > m_body.bottom()) {
            newPage();
            drawHeader(); // the columns are named again on every page the table spans
        }
        const QRectF band(left, m_y, width, rowHeight);
        draw([g, columns, band, lines = g.cellLines[r], stripe = r % 2 == 1](QPainter& p) {
            if (stripe)
                p.fillRect(band, StripeFill);
            p.setPen(Qt::black);
            qreal x = band.left();
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QRectF cell(x + CellPadX, band.top() + CellPadY, g.widths[c] - 2 * CellPadX,
                                  band.height() - 2 * CellPadY);
                drawWrappedText(p, cell, cellAlignment(columns[c]), g.font, lines[c]);
                x += g.widths[c];
            }
        });
        m_y += rowHeight;
    }
    const QLineF bottom(left, m_y, left + width, m_y);
    draw([bottom](QPainter& p) {
        p.setPen(QPen(RuleColour, 0.6));
        p.drawLine(bottom);
    });
    m_y += Gap;
}

void PageFlow::chart(const ReportChartData& chart, qreal aspect)
{
    const qreal height = m_body.width() * aspect;
    ensureSpace(height);
    const QRectF target(m_body.left(), m_y, m_body.width(), height);
    draw([target, chart](QPainter& p) { ChartPainter(chart).paint(p, target); });
    m_y += height + Gap;
}

void PageFlow::paint(QPainter& painter, QPagedPaintDevice& device, const Decoration& decoration) const
{
    for (qsizetype page = 0; page < m_pages.size(); ++page) {
        if (page > 0)
            device.newPage();
        for (const Op& op : m_pages[page]) {
            painter.save();
            op(painter);
            painter.restore();
        }
        painter.save();
        decoration(painter, m_page, int(page) + 1, int(m_pages.size()));
        painter.restore();
    }
}

} // namespace qw
