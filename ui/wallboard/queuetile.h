#pragma once

#include "wallboard/tilestate.h"

#include <array>
#include <QWidget>

namespace qw {

class FittedLabel;

// One tile of the wallboard: a queue or a group, its figures in large type, and its state as a
// symbol and a word in the header (never colour alone).
class QueueTile : public QWidget
{
    Q_OBJECT
public:
    explicit QueueTile(QWidget* parent);

    void showTile(const WallboardTile& tile, const TileFigures& figures, const TileState& state,
                  const TileThresholds& thresholds, const QList<WallboardFigure>& shown);

    // The pixel size each figure's value could take in this tile (never above the tile's name,
    // the largest text of a tile); the board gives every tile the smallest, one size per figure.
    static constexpr std::size_t FigureCount = 8;
    using FigureSizes = std::array<int, FigureCount>;
    FigureSizes fittingSizes() const;
    void applySizes(const FigureSizes& sizes);

    // Every label with its colour and the colour behind it, for the contrast checks.
    struct LabelColours
    {
        QString text;
        QColor foreground;
        QColor background;
        int pixelSize = 0;
    };
    QList<LabelColours> labelColours() const;
    int titlePixelSize() const;
    FigureSizes valuePixelSizes() const; // the value labels' sizes now; 0 for a figure switched off
    QColor backgroundColour() const;
    bool isStale() const { return m_stale; }

    QString tileName() const { return m_name; }
    TileLevel level() const { return m_state.level; }
    QString statusText() const;

    static QString levelSymbol(TileLevel level); // ● ▲ ■
    static QString alertText(TileReason reason);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    enum Cell
    {
        Waiting,
        LongestWait,
        Free,
        OnCall,
        Paused,
        ServiceLevel,
        Answered,
        Abandoned,
        CellCount
    };
    struct CellLabels
    {
        FittedLabel* value = nullptr;
        FittedLabel* caption = nullptr;
    };

    static WallboardFigure figureOf(Cell cell);
    void setCell(Cell cell, const QString& value, const QString& caption, TileLevel level = TileLevel::Normal);
    void relayout();

    FittedLabel* m_title;
    FittedLabel* m_status;
    std::array<CellLabels, CellCount> m_cells;
    QString m_name;
    TileState m_state;
    QList<WallboardFigure> m_shown;
    bool m_stale = false;
};

} // namespace qw
