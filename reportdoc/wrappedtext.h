#pragma once

#include <QFont>
#include <QStringList>

class QPainter;
class QRectF;

namespace qw {

// Text cut into lines that fit a width: at spaces where it can, inside a word only where a word
// is wider than the line (a 50-character queue name, a long path). Nothing is elided or drawn
// past the width, so every character of the text stays on the page.
QStringList wrapText(const QString& text, const QFont& font, qreal width);

// The height those lines take.
qreal wrappedTextHeight(const QStringList& lines, const QFont& font);

// Draws the lines from the top of rect, each aligned left or right within it.
void drawWrappedText(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const QFont& font,
                     const QStringList& lines);

} // namespace qw
