#pragma once

#include "live/serverpicture.h"
#include "managerconfig.h"
#include "sources/sourcespec.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <variant>

namespace qw {

// What a supervisor asks of the call centre's servers.
struct SupervisorAction
{
    enum class Kind
    {
        Pause,
        Unpause,
        LogOff, // remove from one queue, or from all
        LogOn, // add to a queue on a chosen server
        Listen,
        Whisper, // speak to the agent only
        Barge // speak to both
    };

    Kind kind = Kind::Pause;
    QString agent; // as the window names it (after the cluster rules), or a member's interface
    QString queue; // empty: every queue
    QString reason; // for Pause
    QString server; // the partition to act on; empty: wherever the member is
    QString interface; // for LogOn ("Local/agent3@agents/n"); others find it
    QString memberName; // for LogOn; empty: the agent
    int penalty = 0; // for LogOn
    QString supervisorDevice; // for listening; empty: the server's configured one

    static QString kindName(Kind kind); // "pause", "listen", ... (the command line's words)
    static std::optional<Kind> kindFromName(const QString& name);
    QString describe() const; // "pause Agent Three in sales (lunch)", for messages and the audit log
};

// One manager action for one server: what the router decided an action means there.
struct AmiRequest
{
    QString partition;
    QString action; // "QueuePause"
    QList<QPair<QString, QString>> headers;
    QString target; // what it acts on, for the audit log ("Local/agent3@agents/n in sales")
};

// Decides where a supervisor's action goes and what it says there, from what the servers'
// managers report: a member is found on every server whose member name (renamed per server for
// clustrw) or interface is the agent, so an agent logged on to several servers is paused on all
// of them at once; a partition flagged '-' still takes actions. Listening goes to the server
// that carries the agent's call, from that server's supervisor device. The window and
// queuewatch-action route through here alike.
class ActionRouter
{
    Q_DECLARE_TR_FUNCTIONS(qw::ActionRouter)
public:
    static std::variant<QList<AmiRequest>, QString> route(const SupervisorAction& action,
                                                          const ServerPictures& pictures, const SourceSpec& spec,
                                                          const ManagerConfig& config);
    // The member's channel prefix for ChanSpy: its state interface for Local channels, else the
    // interface without Local's "/n".
    static QString spyTarget(const ManagedMember& member);
};

} // namespace qw
