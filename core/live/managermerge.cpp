#include "live/managermerge.h"

#include "pipeline/eventrewriter.h"

#include <algorithm>
#include <QHash>
#include <QSet>

namespace qw {

namespace {
// How busy a member is: a member in several queues of a server is one phone.
int activity(DeviceState state)
{
    switch (state) {
    case DeviceState::InUse:
    case DeviceState::Busy:
    case DeviceState::RingInUse:
    case DeviceState::OnHold:
        return 4;
    case DeviceState::Ringing:
        return 3;
    case DeviceState::Unavailable:
    case DeviceState::Invalid:
        return 2;
    case DeviceState::NotInUse:
        return 1;
    case DeviceState::Unknown:
        break;
    }
    return 0;
}

struct Membership
{
    QSet<QString> queues;
    quint64 mask = 0;
    DeviceState device = DeviceState::Unknown;
    bool paused = false;
    QString reason;
    bool inCall = false;
    qint64 lastChange = 0;
};

// When a state the manager decided began: its last login, call or pause when the server says,
// never before the live window (the rule of the log's own states).
qint64 stateStart(qint64 lastChange, qint64 windowStart)
{
    return std::max(lastChange, windowStart);
}
} // namespace

LiveSnapshot mergeManagers(const LiveSnapshot& fromLog, const ServerPictures& pictures, const SourceSpec& spec)
{
    LiveSnapshot merged = fromLog;
    QHash<QString, int> partitionIndex;
    for (qsizetype i = 0; i < spec.partitions().size(); ++i)
        partitionIndex.insert(spec.partitions()[i].name, int(i));

    // What every ready manager says, by agent as the log names it after the cluster rules.
    QHash<QString, Membership> members;
    QHash<QPair<int, QString>, int> places; // (partition, unique id) -> place
    for (const ServerPicture& picture : pictures) {
        const auto index = partitionIndex.constFind(picture.partition);
        if (!picture.isReady() || index == partitionIndex.cend())
            continue;
        const quint64 bit = quint64(1) << *index;
        merged.managedPartitions |= bit;
        for (const ManagedMember& member : picture.members) {
            const QString agent = EventRewriter::shownAgent(spec, member.name, picture.partition);
            Membership& known = members[agent];
            known.queues.insert(member.queue);
            known.mask |= bit;
            if (activity(member.device) > activity(known.device))
                known.device = member.device;
            if (member.paused && !known.paused) {
                known.paused = true;
                known.reason = member.pauseReason;
            }
            known.inCall = known.inCall || member.inCall;
            known.lastChange = std::max(known.lastChange, member.lastChange);
        }
        for (const ManagedCaller& caller : picture.callers)
            places.insert({*index, caller.uniqueId}, caller.position);
    }
    if (merged.managedPartitions == 0)
        return merged;

    // Agents: the managed servers' memberships replace what the log says of those servers.
    for (auto it = merged.agents.begin(); it != merged.agents.end(); ++it) {
        LiveSnapshot::Agent& agent = it.value();
        const auto known = members.constFind(it.key());
        const bool onlyManaged = (agent.partitionMask & ~merged.managedPartitions) == 0;
        if (known == members.cend()) {
            if (onlyManaged) {
                // No manager lists it: removed (or never added) there, whatever the log kept.
                agent.queues.clear();
                if (agent.state == LiveSnapshot::AgentState::Free || agent.state == LiveSnapshot::AgentState::Paused) {
                    agent.state = LiveSnapshot::AgentState::LoggedOff;
                    agent.pauseReason.clear();
                }
            }
            continue;
        }
        QSet<QString> queues
            = onlyManaged ? QSet<QString>() : QSet<QString>(agent.queues.cbegin(), agent.queues.cend());
        queues.unite(known->queues);
        agent.queues = QStringList(queues.cbegin(), queues.cend());
        agent.queues.sort();
        agent.partitionMask |= known->mask;
        agent.managedMask = known->mask;
        agent.device = known->device;
        const LiveSnapshot::AgentState logged = agent.state;
        if (known->inCall) {
            agent.state = LiveSnapshot::AgentState::Talking;
            agent.pauseReason.clear();
        } else if (agent.state != LiveSnapshot::AgentState::Talking) {
            agent.state = known->paused ? LiveSnapshot::AgentState::Paused : LiveSnapshot::AgentState::Free;
            agent.pauseReason = known->paused ? known->reason : QString();
        }
        // The server's own record of the member's last login, call or pause is at least as
        // recent as the log's (a static member's "free since the window start" is a guess).
        if (known->lastChange > 0 && agent.state != LiveSnapshot::AgentState::Talking)
            agent.since = agent.state != logged ? stateStart(known->lastChange, fromLog.windowStart)
                                                : std::max(agent.since, known->lastChange);
    }
    // Members the log never names (static members): listed as the server has them.
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (merged.agents.contains(it.key()))
            continue;
        LiveSnapshot::Agent agent;
        agent.state = it->inCall ? LiveSnapshot::AgentState::Talking
                                 : (it->paused ? LiveSnapshot::AgentState::Paused : LiveSnapshot::AgentState::Free);
        agent.pauseReason = it->paused && !it->inCall ? it->reason : QString();
        agent.since = stateStart(it->lastChange, fromLog.windowStart);
        agent.queues = QStringList(it->queues.cbegin(), it->queues.cend());
        agent.queues.sort();
        agent.partitionMask = it->mask;
        agent.managedMask = it->mask;
        agent.device = it->device;
        merged.agents.insert(it.key(), agent);
    }

    // Queue counts from the merged agents, by the same rule as the log's (an agent listing a queue).
    for (LiveSnapshot::Queue& queue : merged.queues) {
        queue.loggedIn = 0;
        queue.free = 0;
        queue.paused = 0;
    }
    for (const LiveSnapshot::Agent& agent : std::as_const(merged.agents))
        merged.countInQueues(agent);
    // Waiting callers of managed servers are where their server says.
    for (LiveSnapshot::WaitingCall& call : merged.waiting) {
        const auto place = places.constFind({call.partitionIndex, call.callId});
        if (place != places.cend())
            call.place = *place;
    }
    return merged;
}

} // namespace qw
