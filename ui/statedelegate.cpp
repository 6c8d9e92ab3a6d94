#include "statedelegate.h"

#include "live/models/modelroles.h"

using namespace Qt::StringLiterals;

namespace qw {

StateDelegate::StateDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QColor StateDelegate::colourFor(const QString& state)
{
    // Colour-blind-safe pairs (blue / orange / grey / red-purple), light enough for black text.
    static const QHash<QString, QColor> colours {
        {u"free"_s, QColor(0xb3, 0xd9, 0xff)},
        {u"talking"_s, QColor(0xff, 0xd1, 0x99)},
        {u"paused"_s, QColor(0xd9, 0xd9, 0xd9)},
        {u"logged_off"_s, QColor()},
        {u"ok"_s, QColor()},
        {u"quiet"_s, QColor()},
        {u"silent"_s, QColor(0xff, 0xe6, 0x80)},
        {u"behind"_s, QColor(0xff, 0xe6, 0x80)},
        {u"error"_s, QColor(0xf4, 0xa6, 0xc8)},
        {u"unattended"_s, QColor(0xf4, 0xa6, 0xc8)},
    };
    return colours.value(state);
}

void StateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QColor colour = colourFor(index.data(StateRole).toString());
    if (index.data(StaleRole).toBool()) {
        // Not current: greyed and in italics, with the state colour faded, so a frozen row never
        // looks like a live one (the tooltip says since when).
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, QColor(0x6b, 0x6b, 0x6b));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xe0, 0xe0, 0xe0));
        if (colour.isValid())
            option->backgroundBrush = QColor::fromRgbF(0.5f * colour.redF() + 0.45f, 0.5f * colour.greenF() + 0.45f,
                                                       0.5f * colour.blueF() + 0.45f);
        else
            option->backgroundBrush = QColor(0xee, 0xee, 0xee);
        return;
    }
    if (colour.isValid()) {
        option->backgroundBrush = colour;
        option->palette.setColor(QPalette::Text, Qt::black);
    }
}

} // namespace qw
