#pragma once

#include "wallboard/wallboardconfig.h"

#include <QColor>

namespace qw::wallboardcolours {

// A dark, quiet board: light text on charcoal, and only two loud colours. Amber and red are
// Okabe-Ito orange and vermillion, told apart by colour-blind viewers through the symbol and
// the word that always come with them (and red fills the tile, amber only frames it).
inline QColor background()
{
    return QColor(0x10, 0x13, 0x17);
}
inline QColor tile()
{
    return QColor(0x1d, 0x22, 0x29);
}
inline QColor text()
{
    return QColor(0xec, 0xee, 0xf0);
}
inline QColor caption()
{
    return QColor(0xa4, 0xab, 0xb3);
}
inline QColor amber()
{
    return QColor(0xe6, 0x9f, 0x00);
}
inline QColor red()
{
    return QColor(0xb8, 0x3a, 0x00);
}
inline QColor redBorder()
{
    return QColor(0xff, 0x7a, 0x3d);
}

// Text on a tile: captions are lighter on the red fill, so every label keeps 4.5:1 contrast.
inline QColor captionOn(TileLevel tileLevel)
{
    return tileLevel == TileLevel::Red ? QColor(0xf3, 0xe4, 0xdc) : caption();
}
// A tile whose servers are not current: dimmed, still readable.
inline QColor staleTile()
{
    return QColor(0x2a, 0x2c, 0x30);
}
inline QColor staleText()
{
    return QColor(0xb4, 0xb8, 0xbd);
}
inline QColor bannerFor(TileLevel level)
{
    return level == TileLevel::Red ? red() : QColor(0x5c, 0x42, 0x00);
}

inline QColor forLevel(TileLevel level)
{
    switch (level) {
    case TileLevel::Amber:
        return amber();
    case TileLevel::Red:
        return redBorder();
    case TileLevel::Normal:
        break;
    }
    return text();
}

} // namespace qw::wallboardcolours
