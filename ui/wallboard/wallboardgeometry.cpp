#include "wallboard/wallboardgeometry.h"

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

// Smallest readable sizes at scale 1; below them a page holds fewer and the board rotates.
constexpr double MinTileWidth = 430;
constexpr double MinTileHeight = 300;
constexpr double TileAspect = 1.4; // the shape a tile's contents look best in
constexpr double AgentHeight = 84;
constexpr double MinAgentWidth = 310;

QRect cell(const QRect& area, int columns, int rows, int index, int spacing)
{
    const int width = (area.width() - spacing * (columns - 1)) / columns;
    const int height = (area.height() - spacing * (rows - 1)) / rows;
    const int column = index % columns;
    const int row = index / columns;
    return QRect(area.left() + column * (width + spacing), area.top() + row * (height + spacing), width, height);
}

} // namespace

QRect WallboardGeometry::tileCell(int indexOnPage) const
{
    return cell(tiles, tileColumns, tileRows, indexOnPage, spacing);
}

QRect WallboardGeometry::agentCell(int indexOnPage) const
{
    return cell(agents, agentColumns, agentRows, indexOnPage, spacing / 2);
}

WallboardGeometry wallboardGeometry(QSize window, int tileCount, bool banner, bool agentStrip)
{
    WallboardGeometry g;
    const int longSide = std::max(window.width(), window.height());
    const int shortSide = std::max(1, std::min(window.width(), window.height()));
    g.scale = std::max(0.3, std::min(longSide / 1920.0, shortSide / 1080.0));
    const double s = g.scale;
    const bool portrait = window.height() > window.width();
    g.spacing = std::max(4, int(16 * s));

    const QRect body = QRect(QPoint(0, 0), window).adjusted(g.spacing, g.spacing, -g.spacing, -g.spacing);
    int top = body.top();
    g.header = QRect(body.left(), top, body.width(), int(64 * s));
    top = g.header.bottom() + 1 + g.spacing / 2;
    if (banner) {
        g.banner = QRect(body.left(), top, body.width(), int(56 * s));
        top = g.banner.bottom() + 1 + g.spacing / 2;
    }
    const int rest = body.bottom() + 1 - top;
    const int agentHeight = agentStrip ? int(rest * (portrait ? 0.36 : 0.3)) : 0;
    g.tiles = QRect(body.left(), top, body.width(), rest - (agentStrip ? agentHeight + g.spacing : 0));
    if (agentStrip)
        g.agents = QRect(body.left(), g.tiles.bottom() + 1 + g.spacing, body.width(), agentHeight);

    // Tiles: as many as fit at their smallest readable size, then the grid that gives the page's
    // tiles the largest box of a pleasant shape.
    const int maxColumns = std::max(1, int((g.tiles.width() + g.spacing) / (MinTileWidth * s + g.spacing)));
    const int maxRows = std::max(1, int((g.tiles.height() + g.spacing) / (MinTileHeight * s + g.spacing)));
    g.tilesPerPage = std::max(1, std::min(tileCount, maxColumns * maxRows));
    double best = -1;
    for (int columns = 1; columns <= std::min(g.tilesPerPage, maxColumns); ++columns) {
        const int rows = (g.tilesPerPage + columns - 1) / columns;
        if (rows > maxRows)
            continue;
        const double width = double(g.tiles.width()) / columns;
        const double height = double(g.tiles.height()) / rows;
        const double size = std::min(width / TileAspect, height);
        if (size > best) {
            best = size;
            g.tileColumns = columns;
            g.tileRows = rows;
        }
    }

    if (agentStrip) {
        const int gap = g.spacing / 2;
        g.agentColumns = std::max(1, int((g.agents.width() + gap) / (MinAgentWidth * s + gap)));
        g.agentRows = std::max(1, int((g.agents.height() + gap) / (AgentHeight * s + gap)));
        g.agentsPerPage = g.agentColumns * g.agentRows;
    }
    return g;
}

} // namespace qw
