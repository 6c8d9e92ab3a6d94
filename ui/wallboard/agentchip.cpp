#include "wallboard/agentchip.h"

#include "live/models/agentmodel.h"
#include "statedelegate.h"
#include "time/durationtext.h"
#include "wallboard/fittedlabel.h"
#include "wallboard/wallboardcolours.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace qw {

AgentChip::AgentChip(QWidget* parent)
    : QWidget(parent)
    , m_nameLabel(new FittedLabel(this, true))
    , m_time(new FittedLabel(this, true))
    , m_stateLabel(new FittedLabel(this))
{
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_nameLabel->setTextColour(wallboardcolours::text());
    m_time->setTextColour(wallboardcolours::text());
    m_stateLabel->setTextColour(wallboardcolours::caption());
}

void AgentChip::showAgent(const QString& name, const LiveSnapshot::Agent& agent, qint64 now, bool stale)
{
    const bool restyle = agent.state != m_state || stale != m_stale;
    m_name = name;
    m_state = agent.state;
    m_stale = stale;
    m_nameLabel->setFittedText(name);
    m_time->setFittedText(durationText(std::max<qint64>(0, now - agent.since)));
    QString state = AgentModel::stateText(agent.state);
    if (agent.state == LiveSnapshot::AgentState::Paused && !agent.pauseReason.isEmpty())
        state += u" \u00B7 "_s + agent.pauseReason;
    if (stale)
        state = tr("%1 (not current)").arg(state);
    m_stateLabel->setFittedText(state);
    const QColor text = stale ? wallboardcolours::staleText() : wallboardcolours::text();
    m_nameLabel->setTextColour(text);
    m_time->setTextColour(text);
    m_stateLabel->setTextColour(stale ? wallboardcolours::staleText() : wallboardcolours::caption());
    if (restyle)
        update();
}

void AgentChip::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void AgentChip::relayout()
{
    const int bar = std::max(4, height() / 8);
    const int padding = std::max(2, height() / 12);
    const QRect inner = rect().adjusted(bar + 2 * padding, padding, -2 * padding, -padding);
    const int top = inner.height() * 55 / 100;
    const int timeWidth = inner.width() * 36 / 100;
    m_nameLabel->place(QRect(inner.left(), inner.top(), inner.width() - timeWidth - padding, top));
    m_time->place(QRect(inner.right() - timeWidth + 1, inner.top(), timeWidth, top));
    m_stateLabel->place(QRect(inner.left(), inner.top() + top, inner.width(), inner.height() - top));
    // Name and time are one line: one size.
    const int size = std::min(m_nameLabel->font().pixelSize(), m_time->font().pixelSize());
    m_nameLabel->setPixelSize(size);
    m_time->setPixelSize(size);
}

void AgentChip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = height() / 10.0;
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_stale ? wallboardcolours::staleTile() : wallboardcolours::tile());
    painter.drawRoundedRect(QRectF(rect()), radius, radius);
    const QColor colour = StateDelegate::colourFor(QString::fromLatin1(agentStateName(m_state)));
    painter.setBrush(m_stale ? wallboardcolours::staleText() : colour.isValid() ? colour : wallboardcolours::caption());
    painter.drawRoundedRect(QRectF(0, 0, std::max(4, height() / 8), height()), radius / 2, radius / 2);
}

} // namespace qw
