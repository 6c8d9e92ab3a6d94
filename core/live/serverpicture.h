#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace qw {

// Asterisk's device states, as the manager interface numbers them (QueueMember "Status").
enum class DeviceState : quint8
{
    Unknown = 0,
    NotInUse = 1,
    InUse = 2,
    Busy = 3,
    Invalid = 4,
    Unavailable = 5,
    Ringing = 6,
    RingInUse = 7,
    OnHold = 8
};

// A queue member as its server's manager interface reports it now.
struct ManagedMember
{
    QString queue;
    QString name; // the member name (what queue_log names it by default)
    QString interface; // "Local/agent3@agents/n"
    QString stateInterface;
    bool isStatic = false; // defined in queues.conf
    DeviceState device = DeviceState::Unknown;
    bool paused = false;
    QString pauseReason;
    bool inCall = false;
    int penalty = 0;
    int callsTaken = 0;
    qint64 lastChange = 0; // the newest of its login, last call and last pause (epoch s; 0 unknown)

    friend bool operator==(const ManagedMember&, const ManagedMember&) = default;
};

// A caller waiting in a queue, as its server reports it now.
struct ManagedCaller
{
    QString queue;
    QString uniqueId; // the call id queue_log uses
    QString channel;
    QString callerId;
    int position = 0; // its place in line now
    qint64 since = 0; // when it joined (the server's count of seconds waited, taken from now)

    friend bool operator==(const ManagedCaller&, const ManagedCaller&) = default;
};

// What one server's manager interface says about its queues, and how the connection is.
struct ServerPicture
{
    enum class State : quint8
    {
        NotConfigured, // no manager for this server: the queue_log picture alone
        Connecting,
        Ready, // logged in, members and callers current
        Down, // unreachable or lost; tried again by itself
        Refused // the server refused the login (wrong user or secret): not tried again until changed
    };

    QString partition;
    State state = State::NotConfigured;
    QString message; // the reason when Down or Refused
    qint64 since = 0; // when it entered this state
    QList<ManagedMember> members;
    QList<ManagedCaller> callers;

    bool isReady() const { return state == State::Ready; }
    friend bool operator==(const ServerPicture&, const ServerPicture&) = default;
};

using ServerPictures = QList<ServerPicture>;

} // namespace qw

Q_DECLARE_METATYPE(qw::ServerPicture)
Q_DECLARE_METATYPE(qw::ServerPictures)
