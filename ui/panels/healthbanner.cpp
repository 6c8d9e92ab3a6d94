#include "panels/healthbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace qw {

HealthBanner::HealthBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry now (F5)"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // a database message may hold "<" and must show as written
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // the database's message can be copied
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, &HealthBanner::retryRequested);
    hide();
}

void HealthBanner::showBanner(const HealthText::Banner& banner)
{
    m_level = banner.level;
    if (banner.level == HealthText::Level::None) {
        hide();
        return;
    }
    const bool error = banner.level == HealthText::Level::Error;
    // Dark text on a light tint: readable whatever the desktop theme, and the icon repeats the level.
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, error ? QColor(0xfd, 0xdc, 0xdc) : QColor(0xff, 0xf1, 0xc4));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(palette);
    m_text->setPalette(palette);
    const QStyle::StandardPixmap icon = error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(banner.lines.join(u'\n'));
    m_retry->setVisible(error);
    show();
}

QString HealthBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace qw
