#include "supervisoraction.h"

#include "pipeline/eventrewriter.h"

using namespace Qt::StringLiterals;

namespace qw {

namespace {
struct KindName
{
    SupervisorAction::Kind kind;
    const char16_t* name;
};
constexpr KindName KindNames[] = {
    {SupervisorAction::Kind::Pause, u"pause"},   {SupervisorAction::Kind::Unpause, u"unpause"},
    {SupervisorAction::Kind::LogOff, u"logoff"}, {SupervisorAction::Kind::LogOn, u"logon"},
    {SupervisorAction::Kind::Listen, u"listen"}, {SupervisorAction::Kind::Whisper, u"whisper"},
    {SupervisorAction::Kind::Barge, u"barge"},
};

// ChanSpy's options: q no beep, b only channels in a call, E stop when the spied channel hangs up;
// w whisper to the spied channel, B barge (talk to both).
QString spyOptions(SupervisorAction::Kind kind)
{
    switch (kind) {
    case SupervisorAction::Kind::Whisper:
        return u"qbEw"_s;
    case SupervisorAction::Kind::Barge:
        return u"qbEB"_s;
    default:
        return u"qbE"_s;
    }
}

bool isSpy(SupervisorAction::Kind kind)
{
    return kind == SupervisorAction::Kind::Listen || kind == SupervisorAction::Kind::Whisper
        || kind == SupervisorAction::Kind::Barge;
}
} // namespace

QString SupervisorAction::kindName(Kind kind)
{
    for (const KindName& entry : KindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<SupervisorAction::Kind> SupervisorAction::kindFromName(const QString& name)
{
    for (const KindName& entry : KindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString SupervisorAction::describe() const
{
    QString text = kindName(kind) + u' ' + agent;
    if (!queue.isEmpty())
        text += u" in "_s + queue;
    if (!server.isEmpty())
        text += u" on "_s + server;
    if (kind == Kind::Pause && !reason.isEmpty())
        text += u" ("_s + reason + u')';
    return text;
}

QString ActionRouter::spyTarget(const ManagedMember& member)
{
    if (member.stateInterface.startsWith(u"Local/"))
        return member.stateInterface;
    return member.interface.endsWith(u"/n") ? member.interface.chopped(2) : member.interface;
}

std::variant<QList<AmiRequest>, QString> ActionRouter::route(const SupervisorAction& action,
                                                             const ServerPictures& pictures, const SourceSpec& spec,
                                                             const ManagerConfig& config)
{
    if (action.agent.trimmed().isEmpty())
        return tr("Say which agent.");
    if (!action.server.isEmpty() && !spec.partitionNames().contains(action.server))
        return tr("%1 is not a server of %2.").arg(action.server, spec.toString());

    if (action.kind == SupervisorAction::Kind::LogOn) {
        QString server = action.server;
        if (server.isEmpty() && config.servers.size() == 1)
            server = config.servers.firstKey();
        if (server.isEmpty())
            return tr("Say on which server to log %1 on.").arg(action.agent);
        if (action.queue.isEmpty())
            return tr("Say to which queue to add %1.").arg(action.agent);
        if (action.interface.isEmpty())
            return tr("Say the interface of %1 (for example Local/101@agents/n or PJSIP/101).").arg(action.agent);
        QList<QPair<QString, QString>> headers {
            {u"Queue"_s, action.queue},
            {u"Interface"_s, action.interface},
            {u"Penalty"_s, QString::number(action.penalty)},
            {u"MemberName"_s, action.memberName.isEmpty() ? action.agent : action.memberName},
            {u"Paused"_s, u"false"_s}};
        if (action.interface.startsWith(u"Local/") && action.interface.endsWith(u"/n"))
            headers.append({u"StateInterface"_s, action.interface.chopped(2)});
        return QList<AmiRequest> {{server, u"QueueAdd"_s, headers, action.interface + u" in "_s + action.queue}};
    }

    // The member on every server that knows it, in the queue asked for (or all its queues).
    struct Found
    {
        QString partition;
        ManagedMember member;
    };
    QList<Found> found;
    bool anyReady = false;
    for (const ServerPicture& picture : pictures) {
        if (!picture.isReady() || (!action.server.isEmpty() && picture.partition != action.server))
            continue;
        anyReady = true;
        for (const ManagedMember& member : picture.members) {
            const QString asLogged = EventRewriter::shownAgent(spec, member.name, picture.partition);
            if (asLogged != action.agent && member.interface != action.agent && member.name != action.agent)
                continue;
            if (!action.queue.isEmpty() && member.queue != action.queue)
                continue;
            found.append({picture.partition, member});
        }
    }
    if (!anyReady)
        return action.server.isEmpty() ? tr("No server's manager is connected.")
                                       : tr("The manager of %1 is not connected.").arg(action.server);
    if (found.isEmpty())
        return action.queue.isEmpty()
            ? tr("%1 is a member on no server whose manager is connected.").arg(action.agent)
            : tr("%1 is not a member of %2 on any server whose manager is connected.").arg(action.agent, action.queue);

    QList<AmiRequest> requests;
    switch (action.kind) {
    case SupervisorAction::Kind::Pause:
    case SupervisorAction::Kind::Unpause: {
        // One action per member interface and server; without a queue it pauses every queue.
        const bool pause = action.kind == SupervisorAction::Kind::Pause;
        QSet<QPair<QString, QString>> done;
        for (const Found& item : std::as_const(found)) {
            if (done.contains({item.partition, item.member.interface}))
                continue;
            done.insert({item.partition, item.member.interface});
            QList<QPair<QString, QString>> headers {{u"Interface"_s, item.member.interface},
                                                    {u"Paused"_s, pause ? u"true"_s : u"false"_s}};
            if (!action.queue.isEmpty())
                headers.append({u"Queue"_s, action.queue});
            if (pause && !action.reason.isEmpty())
                headers.append({u"Reason"_s, action.reason});
            requests.append({item.partition, u"QueuePause"_s, headers,
                             item.member.interface + (action.queue.isEmpty() ? QString() : u" in "_s + action.queue)});
        }
        break;
    }
    case SupervisorAction::Kind::LogOff:
        for (const Found& item : std::as_const(found)) {
            if (item.member.isStatic)
                return tr("%1 is a static member of %2 on %3 (queues.conf): it cannot be logged off from here.")
                    .arg(action.agent, item.member.queue, item.partition);
            requests.append({item.partition,
                             u"QueueRemove"_s,
                             {{u"Queue"_s, item.member.queue}, {u"Interface"_s, item.member.interface}},
                             item.member.interface + u" in "_s + item.member.queue});
        }
        break;
    case SupervisorAction::Kind::Listen:
    case SupervisorAction::Kind::Whisper:
    case SupervisorAction::Kind::Barge: {
        const auto onCall = std::find_if(found.cbegin(), found.cend(), [](const Found& item) {
            return item.member.inCall || item.member.device == DeviceState::InUse
                || item.member.device == DeviceState::Busy;
        });
        if (onCall == found.cend())
            return tr("%1 is on no call to listen to.").arg(action.agent);
        const QString device = action.supervisorDevice.isEmpty()
            ? config.servers.value(onCall->partition).supervisorDevice
            : action.supervisorDevice;
        if (device.isEmpty())
            return tr("No supervisor device is set for %1: add device=... to its manager.").arg(onCall->partition);
        requests.append({onCall->partition,
                         u"Originate"_s,
                         {{u"Channel"_s, device},
                          {u"Application"_s, u"ChanSpy"_s},
                          {u"Data"_s, spyTarget(onCall->member) + u',' + spyOptions(action.kind)},
                          {u"CallerID"_s, u"\"QueueWatch\" <%1>"_s.arg(SupervisorAction::kindName(action.kind))},
                          {u"Async"_s, u"true"_s}},
                         spyTarget(onCall->member)});
        break;
    }
    case SupervisorAction::Kind::LogOn:
        break;
    }
    Q_ASSERT(!isSpy(action.kind) || requests.size() == 1);
    return requests;
}

} // namespace qw
