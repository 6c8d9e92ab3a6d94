#include "reports/pageflow.h"

#include <algorithm>
#include <numeric>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
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

qreal wrappedHeight(const QFont& font, qreal width, const QString& text)
{
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

qreal widestWord(const QFontMetricsF& metrics, const QString& text)
{
    qreal widest = 0;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

// The columns of one table as they will be drawn.
struct TableGeometry
{
    QFont font;
    QFont headerFont;
    QList<qreal> widths;
    qreal headerHeight = 0;
    qreal rowHeight = 0;
};

TableGeometry fitTable(const ReportTable& table, const QList<QStringList>& cells, qreal available)
{
    const qsizetype columns = table.columns.size();
    TableGeometry g;
    for (const int size : TableFontSizes) {
        g.font = PageFlow::font(size);
        g.headerFont = PageFlow::font(size, true);
        const QFontMetricsF metrics(g.font);
        const QFontMetricsF headerMetrics(g.headerFont);
        QList<qreal> content(columns, 0); // the widest cell, or the header's widest word
        QList<qreal> header(columns, 0); // the header on one line
        for (qsizetype c = 0; c < columns; ++c) {
            const QString& title = table.columns[c].header;
            content[c] = widestWord(headerMetrics, title);
            header[c] = headerMetrics.horizontalAdvance(title);
            for (const QStringList& row : cells)
                content[c] = std::max(content[c], metrics.horizontalAdvance(row.value(c)));
        }
        g.widths.resize(columns);
        qreal total = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            g.widths[c] = content[c] + 2 * CellPadX + 1; // 1: slack for rounding in the PDF
            total += g.widths[c];
        }
        // Spare width goes to headers that would otherwise wrap, the narrowest first.
        qreal spare = available - total;
        for (qsizetype c = 0; c < columns && spare > 0; ++c) {
            const qreal wanted = std::max<qreal>(0, header[c] + 2 * CellPadX + 1 - g.widths[c]);
            const qreal given = std::min(wanted, spare);
            g.widths[c] += given;
            spare -= given;
        }
        if (spare >= 0 || size == TableFontSizes[std::size(TableFontSizes) - 1]) {
            if (spare < 0) {
                // Still too wide at the smallest font: squeeze every column; cells are elided.
                const qreal factor = available / (available - spare);
                for (qreal& width : g.widths)
                    width *= factor;
            }
            break;
        }
    }
    g.rowHeight = QFontMetricsF(g.font).height() + 2 * CellPadY;
    for (qsizetype c = 0; c < columns; ++c)
        g.headerHeight = std::max(g.headerHeight,
                                  wrappedHeight(g.headerFont, g.widths[c] - 2 * CellPadX, table.columns[c].header));
    g.headerHeight += 2 * CellPadY;
    return g;
}

Qt::Alignment cellAlignment(const ReportColumn& column)
{
    return (column.isNumeric() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
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
    const qreal height = wrappedHeight(f, m_body.width(), text);
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    draw([rect, f, text](QPainter& p) {
        p.setFont(f);
        p.setPen(HeadingColour);
        p.drawText(rect, Qt::TextWordWrap, text);
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
    const qreal height = wrappedHeight(f, m_body.width(), text);
    ensureSpace(height);
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    draw([rect, f, text](QPainter& p) {
        p.setFont(f);
        p.setPen(Qt::black);
        p.drawText(rect, Qt::TextWordWrap, text);
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
        const qreal height
            = std::max(QFontMetricsF(keyFont).height(), wrappedHeight(valueFont, m_body.width() - keyWidth, value));
        ensureSpace(height);
        const QRectF keyRect(m_body.left(), m_y, keyWidth, height);
        const QRectF valueRect(m_body.left() + keyWidth, m_y, m_body.width() - keyWidth, height);
        draw([=, k = key, v = value](QPainter& p) {
            p.setPen(Qt::black);
            p.setFont(keyFont);
            p.drawText(keyRect, Qt::AlignLeft | Qt::AlignTop, k);
            p.setFont(valueFont);
            p.drawText(valueRect, Qt::TextWordWrap, v);
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
    return g.headerHeight + g.rowHeight * qreal(cells.size()) + Gap;
}

qreal PageFlow::chartHeight(const QSizeF& sceneSize) const
{
    return m_body.width() * sceneSize.height() / sceneSize.width() + Gap;
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

    const auto drawHeader = [&] {
        const QRectF band(left, m_y, m_body.width(), g.headerHeight);
        draw([g, columns, band](QPainter& p) {
            qreal x = band.left();
            const qreal width = std::accumulate(g.widths.cbegin(), g.widths.cend(), qreal(0));
            p.fillRect(QRectF(band.left(), band.top(), width, band.height()), HeaderFill);
            p.setFont(g.headerFont);
            p.setPen(Qt::black);
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QRectF cell(x + CellPadX, band.top() + CellPadY, g.widths[c] - 2 * CellPadX,
                                  band.height() - 2 * CellPadY);
                p.drawText(cell, int(cellAlignment(columns[c]) | Qt::TextWordWrap), columns[c].header);
                x += g.widths[c];
            }
            p.setPen(QPen(RuleColour, 0.6));
            p.drawLine(QLineF(band.left(), band.bottom(), band.left() + width, band.bottom()));
        });
        m_y += g.headerHeight;
    };

    ensureSpace(g.headerHeight + g.rowHeight * qreal(std::min(rowCount, RowsKeptWithHeading)));
    drawHeader();
    for (qsizetype r = 0; r < rowCount; ++r) {
        if (m_y + g.rowHeight > m_body.bottom()) {
            newPage();
            drawHeader(); // the columns are named again on every page the table spans
        }
        const QRectF band(left, m_y, m_body.width(), g.rowHeight);
        draw([g, columns, band, row = cells[r], stripe = r % 2 == 1](QPainter& p) {
            qreal x = band.left();
            if (stripe) {
                const qreal width = std::accumulate(g.widths.cbegin(), g.widths.cend(), qreal(0));
                p.fillRect(QRectF(band.left(), band.top(), width, band.height()), StripeFill);
            }
            p.setFont(g.font);
            p.setPen(Qt::black);
            const QFontMetricsF metrics(g.font);
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QRectF cell(x + CellPadX, band.top(), g.widths[c] - 2 * CellPadX, band.height());
                p.drawText(cell, int(cellAlignment(columns[c])),
                           metrics.elidedText(row.value(c), Qt::ElideRight, cell.width() + 1));
                x += g.widths[c];
            }
        });
        m_y += g.rowHeight;
    }
    const qreal width = std::accumulate(g.widths.cbegin(), g.widths.cend(), qreal(0));
    const QLineF bottom(left, m_y, left + width, m_y);
    draw([bottom](QPainter& p) {
        p.setPen(QPen(RuleColour, 0.6));
        p.drawLine(bottom);
    });
    m_y += Gap;
}

void PageFlow::chart(std::unique_ptr<QChart> chart, const QSizeF& sceneSize)
{
    const qreal height = m_body.width() * sceneSize.height() / sceneSize.width();
    ensureSpace(height);
    // Laid out now, in its own scene, at a screen-like size: fonts and ticks are sized for that,
    // and the painter scales the finished scene to the page.
    auto scene = std::make_unique<QGraphicsScene>();
    QChart* item = chart.release();
    scene->addItem(item); // the scene owns the chart from here
    item->resize(sceneSize);
    item->layout()->activate();
    QCoreApplication::sendPostedEvents();
    scene->setSceneRect(QRectF(QPointF(0, 0), sceneSize));
    const QRectF target(m_body.left(), m_y, m_body.width(), height);
    draw([target, s = scene.get()](QPainter& p) {
        p.setRenderHint(QPainter::Antialiasing);
        s->render(&p, target, s->sceneRect(), Qt::KeepAspectRatio);
    });
    m_scenes.push_back(std::move(scene));
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
