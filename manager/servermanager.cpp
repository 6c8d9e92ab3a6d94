#include "servermanager.h"

#include <algorithm>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

bool flag(const QString& value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

ServerPicture::State pictureState(AmiConnection::State state)
{
    switch (state) {
    case AmiConnection::State::Ready:
        return ServerPicture::State::Ready;
    case AmiConnection::State::Down:
    case AmiConnection::State::Closed:
        return ServerPicture::State::Down;
    case AmiConnection::State::Refused:
        return ServerPicture::State::Refused;
    case AmiConnection::State::Connecting:
    case AmiConnection::State::LoggingIn:
        break;
    }
    return ServerPicture::State::Connecting;
}
} // namespace

ManagedMember memberFromEvent(const AmiMessage& message)
{
    ManagedMember member;
    member.queue = message.value(u"Queue");
    // QueueStatus says Name and Location, member events MemberName and Interface.
    member.name = message.has(u"MemberName") ? message.value(u"MemberName") : message.value(u"Name");
    member.interface = message.has(u"Interface") ? message.value(u"Interface") : message.value(u"Location");
    member.stateInterface = message.value(u"StateInterface");
    member.isStatic = message.value(u"Membership") == u"static";
    const int status = message.value(u"Status").toInt();
    member.device = status >= 0 && status <= int(DeviceState::OnHold) ? DeviceState(status) : DeviceState::Unknown;
    member.paused = flag(message.value(u"Paused"));
    member.pauseReason = member.paused ? message.value(u"PausedReason") : QString();
    member.inCall = flag(message.value(u"InCall"));
    member.penalty = message.value(u"Penalty").toInt();
    member.callsTaken = message.value(u"CallsTaken").toInt();
    member.lastChange = std::max({message.value(u"LoginTime").toLongLong(), message.value(u"LastCall").toLongLong(),
                                  message.value(u"LastPause").toLongLong()});
    return member;
}

ManagedCaller callerFromEntry(const AmiMessage& message, qint64 now)
{
    ManagedCaller caller;
    caller.queue = message.value(u"Queue");
    caller.uniqueId = message.value(u"Uniqueid");
    caller.channel = message.value(u"Channel");
    caller.callerId = message.value(u"CallerIDNum");
    caller.position = message.value(u"Position").toInt();
    caller.since = now - message.value(u"Wait").toLongLong();
    return caller;
}

ServerManager::ServerManager(QString partition, AmiEndpoint endpoint, QString secret, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(endpoint), std::move(secret), this)
    , m_resync(this)
    , m_callerResync(this)
{
    m_picture.partition = std::move(partition);
    m_picture.state = ServerPicture::State::Connecting;
    m_resync.setInterval(ResyncMs);
    connect(&m_resync, &QTimer::timeout, this, &ServerManager::resync);
    m_callerResync.setSingleShot(true);
    m_callerResync.setInterval(CallerResyncMs);
    connect(&m_callerResync, &QTimer::timeout, this, &ServerManager::resync);
    connect(&m_connection, &AmiConnection::stateChanged, this, &ServerManager::onState);
    connect(&m_connection, &AmiConnection::event, this, &ServerManager::onEvent);
}

void ServerManager::start()
{
    m_picture.since = nowSeconds();
    m_connection.open();
}

void ServerManager::stop()
{
    m_resync.stop();
    m_callerResync.stop();
    m_connection.close();
}

void ServerManager::changed()
{
    Q_EMIT pictureChanged(m_picture);
}

void ServerManager::onState(AmiConnection::State state, const QString& message)
{
    const ServerPicture::State next = pictureState(state);
    if (next != m_picture.state)
        m_picture.since = nowSeconds();
    m_picture.state = next;
    m_picture.message = message;
    if (next == ServerPicture::State::Ready) {
        m_resync.start();
        resync();
        return;
    }
    // What a server said before it went away is no longer known to be true.
    m_resync.stop();
    m_picture.members.clear();
    m_picture.callers.clear();
    changed();
}

void ServerManager::resync()
{
    if (m_resyncing || m_connection.state() != AmiConnection::State::Ready)
        return;
    m_resyncing = true;
    m_connection.send(u"QueueStatus"_s, {}, [this](const AmiReply& reply) {
        m_resyncing = false;
        if (!reply.ok)
            return; // a lost connection says so through its state
        const qint64 now = nowSeconds();
        QList<ManagedMember> members;
        QList<ManagedCaller> callers;
        for (const AmiMessage& event : reply.events) {
            if (event.isEvent(u"QueueMember"))
                members.append(memberFromEvent(event));
            else if (event.isEvent(u"QueueEntry"))
                callers.append(callerFromEntry(event, now));
        }
        // A caller's wait is kept from its join: only its place comes from the list.
        for (ManagedCaller& caller : callers) {
            for (const ManagedCaller& known : std::as_const(m_picture.callers)) {
                if (known.uniqueId == caller.uniqueId && known.queue == caller.queue)
                    caller.since = known.since;
            }
        }
        m_picture.members = members;
        m_picture.callers = callers;
        changed();
    });
}

ManagedMember* ServerManager::memberOf(const QString& queue, const QString& interface)
{
    for (ManagedMember& member : m_picture.members) {
        if (member.queue == queue && member.interface == interface)
            return &member;
    }
    return nullptr;
}

void ServerManager::onEvent(const AmiMessage& message)
{
    const QString name = message.eventName();
    if (name == u"FullyBooted") {
        resync();
        return;
    }
    if (m_picture.state != ServerPicture::State::Ready)
        return;
    if (name == u"QueueMemberStatus" || name == u"QueueMemberAdded") {
        const ManagedMember member = memberFromEvent(message);
        if (ManagedMember* known = memberOf(member.queue, member.interface))
            *known = member;
        else
            m_picture.members.append(member);
    } else if (name == u"QueueMemberRemoved") {
        const ManagedMember member = memberFromEvent(message);
        m_picture.members.removeIf([&](const ManagedMember& known) {
            return known.queue == member.queue && known.interface == member.interface;
        });
    } else if (name == u"QueueMemberPause") {
        const ManagedMember member = memberFromEvent(message);
        if (ManagedMember* known = memberOf(member.queue, member.interface)) {
            known->paused = member.paused;
            known->pauseReason = member.paused ? message.value(u"PausedReason") : QString();
        }
    } else if (name == u"QueueCallerJoin") {
        ManagedCaller caller = callerFromEntry(message, nowSeconds());
        for (ManagedCaller& other : m_picture.callers) {
            if (other.queue == caller.queue && other.position >= caller.position)
                ++other.position;
        }
        m_picture.callers.append(caller);
        m_callerResync.start();
    } else if (name == u"QueueCallerLeave" || name == u"QueueCallerAbandon") {
        const QString queue = message.value(u"Queue");
        const QString uniqueId = message.value(u"Uniqueid");
        int position = 0;
        for (const ManagedCaller& caller : std::as_const(m_picture.callers)) {
            if (caller.queue == queue && caller.uniqueId == uniqueId)
                position = caller.position;
        }
        m_picture.callers.removeIf(
            [&](const ManagedCaller& caller) { return caller.queue == queue && caller.uniqueId == uniqueId; });
        for (ManagedCaller& caller : m_picture.callers) {
            if (caller.queue == queue && position > 0 && caller.position > position)
                --caller.position;
        }
        m_callerResync.start();
    } else {
        return;
    }
    changed();
}

} // namespace qw
