#pragma once

#include "manager/managermonitor.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QTableView;

namespace qw {

// The supervisor's actions on the agent picked in the agents panel: pause (with a reason),
// unpause, log off (asked to confirm), log on (to a queue of a chosen server), listen, whisper and
// barge. Each is a QAction with a shortcut, in the panel's context menu and the window's Agent
// menu; each asks what it needs and says what it will do, then hands a SupervisorAction on.
// They are offered only while actions are allowed (a read-only supervisor sees none).
class AgentActions : public QObject
{
    Q_OBJECT
public:
    AgentActions(QTableView* agents, QWidget* dialogParent);

    void fillMenu(QMenu* menu) const;
    void setAvailable(bool available); // actions allowed and a manager to send them to
    bool isAvailable() const { return m_available; }
    // The servers a member can be logged on to, and the queues known.
    void setChoices(const QStringList& servers, const QStringList& queues);
    const QList<QAction*>& actions() const { return m_actions; }

    // Where the outcome is shown: the status bar always; a message box for a failure.
    void showOutcome(const SupervisorAction& action, const ActionOutcome& outcome);

Q_SIGNALS:
    void requested(const qw::SupervisorAction& action);
    void statusMessage(const QString& text);

private:
    QString currentAgent() const;
    QStringList currentQueues() const;
    void pause();
    void unpause();
    void logOff();
    void logOn();
    void spy(SupervisorAction::Kind kind);
    // Asks which of the agent's queues (or all); nullopt when cancelled.
    std::optional<QString> askQueue(const QString& title, const QString& question) const;
    void updateEnabled();

    QTableView* m_view;
    QWidget* m_dialogParent;
    QList<QAction*> m_actions;
    QStringList m_servers;
    QStringList m_queues;
    bool m_available = false;
};

} // namespace qw
