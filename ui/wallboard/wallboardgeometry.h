#pragma once

#include <QRect>
#include <QSize>

namespace qw {

// Where everything goes on a wallboard of a given size: a header, an optional outage banner,
// the tile grid and the agent strip, and how many tiles and agents fit on one page. Sizes
// scale with the window (1.0 is a 1920x1080 screen, either way up), so a 4K board shows the
// same page as a full-HD one, only sharper.
struct WallboardGeometry
{
    double scale = 1.0;
    int spacing = 0;
    QRect header;
    QRect banner; // empty when no server is in trouble
    QRect tiles;
    QRect agents; // empty when the strip is off
    int tileColumns = 1;
    int tileRows = 1;
    int tilesPerPage = 1;
    int agentColumns = 1;
    int agentRows = 1;
    int agentsPerPage = 1;

    QRect tileCell(int indexOnPage) const;
    QRect agentCell(int indexOnPage) const;
};

WallboardGeometry wallboardGeometry(QSize window, int tileCount, bool banner, bool agentStrip);

} // namespace qw
