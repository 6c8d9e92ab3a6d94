#include "reportdoc/wrappedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace qw {

QStringList wrapText(const QString& text, const QFont& font, qreal width)
{
    QStringList lines;
    for (const QString& paragraph : text.split(u'\n')) {
        const qsizetype before = lines.size();
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max<qreal>(width, 1));
            // The space a line breaks at belongs to neither line.
            QString piece = paragraph.mid(line.textStart(), line.textLength());
            while (piece.endsWith(u' '))
                piece.chop(1);
            lines.append(piece);
        }
        layout.endLayout();
        if (lines.size() == before) // an empty paragraph is still one (empty) line, never two
            lines.append(QString());
    }
    return lines;
}

qreal wrappedTextHeight(const QStringList& lines, const QFont& font)
{
    return QFontMetricsF(font).height() * qreal(std::max<qsizetype>(lines.size(), 1));
}

void drawWrappedText(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const QFont& font,
                     const QStringList& lines)
{
    painter.setFont(font);
    const qreal lineHeight = QFontMetricsF(font).height();
    qreal y = rect.top();
    for (const QString& line : lines) {
        painter.drawText(QRectF(rect.left(), y, rect.width(), lineHeight),
                         int((alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter), line);
        y += lineHeight;
    }
}

} // namespace qw
