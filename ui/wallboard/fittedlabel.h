#pragma once

#include <QLabel>

namespace qw {

// A label that picks its own font size: as large as its box allows, never larger than a cap,
// and never so large that the text would be clipped. The wallboard places these by hand (no
// layout), so a long queue name shrinks its own font instead of pushing a tile off screen.
class FittedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FittedLabel(QWidget* parent, bool bold = false);

    // Places the label and fits the current text; `maxPixelSize` 0: only the box limits it.
    void place(const QRect& box, int maxPixelSize = 0);
    // Changes the text and refits it if it changed (once a second for the ticking figures).
    void setFittedText(const QString& text);
    void setTextColour(const QColor& colour);

    // The pixel size the text would get in `box`, for rows whose labels share one size.
    int fittingPixelSize(const QRect& box, int maxPixelSize) const;
    void setPixelSize(int pixelSize);
    int maxPixelSize() const { return m_maxPixelSize; }

private:
    void refit();

    int m_maxPixelSize = 0;
    int m_sharedPixelSize = 0; // set by setPixelSize(): refits never grow past it
};

} // namespace qw
