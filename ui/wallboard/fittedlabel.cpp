#include "wallboard/fittedlabel.h"

#include <algorithm>
#include <QFontMetrics>

namespace qw {

namespace {
constexpr int SmallestPixelSize = 6;
}

FittedLabel::FittedLabel(QWidget* parent, bool bold)
    : QLabel(parent)
{
    QFont font = this->font();
    font.setBold(bold);
    setFont(font);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

int FittedLabel::fittingPixelSize(const QRect& box, int maxPixelSize) const
{
    QFont font = this->font();
    int size = std::max(SmallestPixelSize, maxPixelSize > 0 ? std::min(maxPixelSize, box.height()) : box.height());
    for (;;) {
        font.setPixelSize(size);
        const QFontMetrics metrics(font);
        const int width = metrics.horizontalAdvance(text());
        if ((metrics.height() <= box.height() && width <= box.width()) || size <= SmallestPixelSize)
            return size;
        // Shrink by the worse of the two overflows at once, then by single pixels near the end.
        const double ratio
            = std::min(double(box.height()) / metrics.height(), double(box.width()) / std::max(1, width));
        size = std::max(SmallestPixelSize, std::min(size - 1, int(size * ratio)));
    }
}

void FittedLabel::place(const QRect& box, int maxPixelSize)
{
    m_maxPixelSize = maxPixelSize;
    m_sharedPixelSize = 0;
    setGeometry(box);
    refit();
}

void FittedLabel::setFittedText(const QString& text)
{
    if (text == this->text())
        return;
    setText(text);
    refit();
}

void FittedLabel::setTextColour(const QColor& colour)
{
    QPalette palette = this->palette();
    if (palette.color(QPalette::WindowText) == colour)
        return;
    palette.setColor(QPalette::WindowText, colour);
    setPalette(palette);
}

void FittedLabel::setPixelSize(int pixelSize)
{
    pixelSize = std::max(SmallestPixelSize, pixelSize);
    m_sharedPixelSize = pixelSize;
    QFont font = this->font();
    if (font.pixelSize() == pixelSize)
        return;
    font.setPixelSize(pixelSize);
    setFont(font);
}

void FittedLabel::refit()
{
    const int cap = m_sharedPixelSize > 0 ? m_sharedPixelSize : m_maxPixelSize;
    const int size = fittingPixelSize(contentsRect(), cap);
    QFont font = this->font();
    if (font.pixelSize() == size)
        return;
    font.setPixelSize(size);
    setFont(font);
}

} // namespace qw
