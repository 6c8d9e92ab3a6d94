#pragma once

#include "live/livesnapshot.h"

#include <QWidget>

namespace qw {

class FittedLabel;

// One agent in the wallboard's strip: name and time in state on top, the state in words (with
// the pause reason) below, and the state's colour as a bar down the left edge.
class AgentChip : public QWidget
{
    Q_OBJECT
public:
    explicit AgentChip(QWidget* parent);

    // `stale`: a server of the agent is not current; `now` is then the moment it stopped at.
    void showAgent(const QString& name, const LiveSnapshot::Agent& agent, qint64 now, bool stale = false);
    QString agentName() const { return m_name; }
    bool isStale() const { return m_stale; }
    LiveSnapshot::AgentState state() const { return m_state; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void relayout();

    FittedLabel* m_nameLabel;
    FittedLabel* m_time;
    FittedLabel* m_stateLabel;
    QString m_name;
    LiveSnapshot::AgentState m_state = LiveSnapshot::AgentState::LoggedOff;
    bool m_stale = false;
};

} // namespace qw
