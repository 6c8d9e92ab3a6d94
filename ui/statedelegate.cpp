#include "statedelegate.h"

#include "models/modelroles.h"

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
        {u"stale"_s, QColor(0xff, 0xe6, 0x80)},
        {u"error"_s, QColor(0xf4, 0xa6, 0xc8)},
        {u"unattended"_s, QColor(0xf4, 0xa6, 0xc8)},
    };
    return colours.value(state);
}

void StateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor colour = colourFor(index.data(StateRole).toString());
    if (colour.isValid()) {
        option->backgroundBrush = colour;
        option->palette.setColor(QPalette::Text, Qt::black);
    }
}

} // namespace qw
