#include "wallboard/queuetile.h"

#include "time/durationtext.h"
#include "wallboard/fittedlabel.h"
#include "wallboard/wallboardcolours.h"

#include <limits>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace qw {

QueueTile::QueueTile(QWidget* parent)
    : QWidget(parent)
    , m_title(new FittedLabel(this, true))
    , m_status(new FittedLabel(this, true))
{
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_title->setTextColour(wallboardcolours::text());
    for (CellLabels& cell : m_cells) {
        cell.value = new FittedLabel(this, true);
        cell.caption = new FittedLabel(this);
        // Value and caption hug each other; a small side margin keeps neighbouring figures
        // ("2933" "1075") apart however wide they get.
        cell.value->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        cell.caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        cell.value->setTextColour(wallboardcolours::text());
        cell.caption->setTextColour(wallboardcolours::caption());
    }
}

QString QueueTile::levelSymbol(TileLevel level)
{
    switch (level) {
    case TileLevel::Normal:
        return u"\u25CF"_s; // ● a calm dot
    case TileLevel::Amber:
        return u"\u25B2"_s; // ▲ a warning triangle
    case TileLevel::Red:
        return u"\u25A0"_s; // ■ a solid block
    }
    return {};
}

QString QueueTile::alertText(TileReason reason)
{
    switch (reason) {
    case TileReason::LongWait:
        return tr("Long wait");
    case TileReason::LowServiceLevel:
        return tr("SL low");
    case TileReason::NobodyFree:
        return tr("Nobody free");
    }
    return {};
}

QString QueueTile::statusText() const
{
    if (m_stale)
        return tr("\u25CC not current"); // ◌ a hollow dot: these figures are as last known
    QString text = levelSymbol(m_state.level) + u' ';
    if (m_state.alerts.isEmpty())
        return text + tr("OK");
    // The loudest reasons first: they are what someone has to act on.
    QStringList words;
    for (const TileLevel level : {TileLevel::Red, TileLevel::Amber}) {
        for (const TileAlert& alert : m_state.alerts) {
            if (alert.level == level)
                words << alertText(alert.reason);
        }
    }
    return text + words.join(u" \u00B7 "_s);
}

WallboardFigure QueueTile::figureOf(Cell cell)
{
    switch (cell) {
    case Waiting:
        return WallboardFigure::Waiting;
    case LongestWait:
        return WallboardFigure::LongestWait;
    case Free:
    case OnCall:
    case Paused:
        return WallboardFigure::Agents;
    case ServiceLevel:
        return WallboardFigure::ServiceLevel;
    case Answered:
        return WallboardFigure::Answered;
    case Abandoned:
    case CellCount:
        break;
    }
    return WallboardFigure::Abandoned;
}

void QueueTile::setCell(Cell cell, const QString& value, const QString& caption, TileLevel level)
{
    m_cells[cell].value->setFittedText(value);
    m_cells[cell].caption->setFittedText(caption);
    if (m_stale) {
        m_cells[cell].value->setTextColour(wallboardcolours::staleText());
        m_cells[cell].caption->setTextColour(wallboardcolours::staleText());
        return;
    }
    m_cells[cell].value->setTextColour(
        wallboardcolours::forLevel(m_state.level == TileLevel::Red ? TileLevel::Normal : level));
    m_cells[cell].caption->setTextColour(wallboardcolours::captionOn(m_state.level));
}

void QueueTile::showTile(const WallboardTile& tile, const TileFigures& figures, const TileState& state,
                         const TileThresholds& thresholds, const QList<WallboardFigure>& shown)
{
    // A stale tile raises no alarm: its figures are as last known, and it says so instead.
    const TileState shownState = figures.stale ? TileState {} : state;
    const bool restyle = shownState.level != m_state.level || shown != m_shown || figures.stale != m_stale;
    m_name = tile.name;
    m_state = shownState;
    m_shown = shown;
    m_stale = figures.stale;
    const auto alertLevel = [&state](TileReason reason) {
        for (const TileAlert& alert : state.alerts) {
            if (alert.reason == reason)
                return alert.level;
        }
        return TileLevel::Normal;
    };
    m_title->setFittedText(tile.isGroup ? tr("%1 (group)").arg(tile.name) : tile.name);
    m_title->setTextColour(m_stale ? wallboardcolours::staleText() : wallboardcolours::text());
    m_status->setFittedText(statusText());
    m_status->setTextColour(m_stale                               ? wallboardcolours::staleText()
                                : m_state.level == TileLevel::Red ? wallboardcolours::text()
                                                                  : wallboardcolours::forLevel(m_state.level));

    const QString none = u"\u2013"_s; // an en dash: nothing to show, not zero
    setCell(Waiting, QLocale().toString(figures.waiting), tr("waiting"));
    setCell(LongestWait, figures.longestWait ? durationText(*figures.longestWait) : none, tr("longest wait"),
            alertLevel(TileReason::LongWait));
    setCell(Free, QLocale().toString(figures.free), tr("free"), alertLevel(TileReason::NobodyFree));
    setCell(OnCall, QLocale().toString(figures.talking), tr("on a call"));
    setCell(Paused, QLocale().toString(figures.paused), tr("paused"));
    setCell(ServiceLevel,
            figures.serviceLevel ? tr("%1 %").arg(QLocale().toString(qRound(*figures.serviceLevel * 100.0))) : none,
            tr("SL, target %1 %").arg(QLocale().toString(thresholds.serviceLevelTarget)),
            alertLevel(TileReason::LowServiceLevel));
    setCell(Answered, QLocale().toString(figures.answered), tr("answered"));
    // All calls that ended unanswered (gave up, timed out, ...), the reports' "unanswered".
    setCell(Abandoned, QLocale().toString(figures.unanswered), tr("unanswered"));
    if (restyle) {
        relayout();
        update();
    }
}

void QueueTile::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void QueueTile::relayout()
{
    // Rows of cells, each a large value over a small caption; rows whose figures are all
    // switched off give their height to the others. Weights are shares of the tile's height.
    struct Row
    {
        QList<Cell> cells;
        double valueWeight;
        double captionWeight;
    };
    const QList<Row> allRows {
        {{Waiting, LongestWait}, 1.9, 0.55},
        {{Free, OnCall, Paused}, 1.2, 0.5},
        {{ServiceLevel, Answered, Abandoned}, 1.0, 0.5},
    };
    constexpr double HeaderWeight = 2.7; // the name is the largest text of the tile
    QList<Row> rows;
    for (const Row& row : allRows) {
        Row visible {{}, row.valueWeight, row.captionWeight};
        for (const Cell cell : row.cells) {
            const bool on = m_shown.contains(figureOf(cell));
            m_cells[cell].value->setVisible(on);
            m_cells[cell].caption->setVisible(on);
            if (on)
                visible.cells.append(cell);
        }
        if (!visible.cells.isEmpty())
            rows.append(visible);
    }
    double total = HeaderWeight;
    for (const Row& row : rows)
        total += row.valueWeight + row.captionWeight;

    const int padding = std::max(4, std::min(width(), height()) / 28);
    const QRect inner = rect().adjusted(padding, padding, -padding, -padding);
    const double unit = inner.height() / total;
    const int gap = std::max(2, padding / 2);

    // Header: the name on one line, the state (symbol and words) on the next, so a long name
    // and "▲ Long wait · Nobody free" never squeeze each other.
    const int titleHeight = int(unit * HeaderWeight * 0.72);
    const int statusHeight = int(unit * HeaderWeight * 0.28);
    m_title->place(QRect(inner.left(), inner.top(), inner.width(), titleHeight), int(titleHeight * 0.85));
    m_status->place(QRect(inner.left(), inner.top() + titleHeight, inner.width(), statusHeight),
                    int(statusHeight * 0.85));
    const QRect header(inner.left(), inner.top(), inner.width(), titleHeight + statusHeight);

    double y = header.bottom() + 1 + unit * 0.15;
    for (const Row& row : rows) {
        const int valueHeight = int(unit * row.valueWeight);
        const int captionHeight = int(unit * row.captionWeight);
        const int cellWidth = (inner.width() - gap * int(row.cells.size() - 1)) / int(row.cells.size());
        // The values of one row share one size, so a "12" never looks louder than a "0:45".
        int valueSize = valueHeight;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const int x = inner.left() + int(i) * (cellWidth + gap);
            const CellLabels& labels = m_cells[row.cells[i]];
            const int margin = cellWidth / 14;
            labels.value->setContentsMargins(margin, 0, margin, 0);
            labels.value->place(QRect(x, int(y), cellWidth, valueHeight), titlePixelSize());
            labels.caption->place(QRect(x, int(y) + valueHeight, cellWidth, captionHeight));
            valueSize = std::min(valueSize, labels.value->font().pixelSize());
        }
        for (const Cell cell : row.cells)
            m_cells[cell].value->setPixelSize(valueSize);
        y += valueHeight + captionHeight;
    }
}

int QueueTile::titlePixelSize() const
{
    return m_title->font().pixelSize();
}

QueueTile::FigureSizes QueueTile::fittingSizes() const
{
    static_assert(FigureCount == CellCount);
    FigureSizes sizes;
    sizes.fill(std::numeric_limits<int>::max());
    for (std::size_t cell = 0; cell < CellCount; ++cell) {
        const FittedLabel* value = m_cells[cell].value;
        if (!value->isHidden())
            sizes[cell] = value->fittingPixelSize(value->contentsRect(), titlePixelSize() - 1);
    }
    return sizes;
}

void QueueTile::applySizes(const FigureSizes& sizes)
{
    // The values of one row keep one size too, so a "12" never looks louder than a "0:45".
    for (const QList<Cell>& row : {QList<Cell> {Waiting, LongestWait}, QList<Cell> {Free, OnCall, Paused},
                                   QList<Cell> {ServiceLevel, Answered, Abandoned}}) {
        int size = std::numeric_limits<int>::max();
        for (const Cell cell : row)
            size = std::min(size, sizes[cell]);
        if (size == std::numeric_limits<int>::max())
            continue;
        for (const Cell cell : row)
            m_cells[cell].value->setPixelSize(size);
    }
}

QueueTile::FigureSizes QueueTile::valuePixelSizes() const
{
    FigureSizes sizes;
    for (std::size_t cell = 0; cell < CellCount; ++cell)
        sizes[cell] = m_cells[cell].value->isHidden() ? 0 : m_cells[cell].value->font().pixelSize();
    return sizes;
}

QColor QueueTile::backgroundColour() const
{
    if (m_stale)
        return wallboardcolours::staleTile();
    return m_state.level == TileLevel::Red ? wallboardcolours::red() : wallboardcolours::tile();
}

QList<QueueTile::LabelColours> QueueTile::labelColours() const
{
    QList<LabelColours> labels;
    const auto add = [&](const FittedLabel* label) {
        if (!label->isHidden() && !label->text().isEmpty())
            labels.append({label->text(), label->palette().color(QPalette::WindowText), backgroundColour(),
                           label->font().pixelSize()});
    };
    add(m_title);
    add(m_status);
    for (const CellLabels& cell : m_cells) {
        add(cell.value);
        add(cell.caption);
    }
    return labels;
}

void QueueTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int border = m_state.level == TileLevel::Normal ? 0 : std::max(3, std::min(width(), height()) / 50);
    const qreal radius = std::min(width(), height()) / 30.0;
    const QRectF box = QRectF(rect()).adjusted(border / 2.0, border / 2.0, -border / 2.0, -border / 2.0);
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);
    painter.fillPath(path, backgroundColour());
    if (border > 0)
        painter.strokePath(path, QPen(wallboardcolours::forLevel(m_state.level), border));
}

} // namespace qw
