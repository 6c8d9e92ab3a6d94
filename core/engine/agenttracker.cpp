#include "engine/agenttracker.h"

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// Opens a pause, or changes the reason of one already open (fine-print 13): a new reason
// makes it the most recent; the same reason changes nothing.
bool openPause(std::optional<OpenPause>& pause, const QString& reason, quint64 sequence)
{
    if (pause && pause->reason == reason)
        return false;
    pause = OpenPause {reason, sequence};
    return true;
}

bool openQueuePause(QHash<QString, OpenPause>& pauses, const QString& queue, const QString& reason, quint64 sequence)
{
    const auto it = pauses.find(queue);
    if (it != pauses.end()) {
        if (it->reason == reason)
            return false;
        *it = OpenPause {reason, sequence};
        return true;
    }
    pauses.insert(queue, OpenPause {reason, sequence});
    return true;
}

bool clearPauses(AgentOnPartition& on)
{
    const bool had = on.hasPause();
    on.queuePauses.clear();
    on.allPause.reset();
    return had;
}
} // namespace

AgentTracker::AgentTracker(int partitionCount, qint64 accountFrom, qint64 accountTo, bool restartEndsMembers)
    : m_partitionCount(partitionCount)
    , m_accountFrom(accountFrom)
    , m_accountTo(accountTo)
    , m_restartEndsMembers(restartEndsMembers)
{ }

AgentOnPartition& AgentTracker::partitionOf(AgentState& state, int partitionIndex)
{
    if (state.partitions.empty())
        state.partitions.resize(std::size_t(m_partitionCount));
    return state.partitions[std::size_t(partitionIndex)];
}

void AgentTracker::account(AgentState& state, qint64 time) const
{
    // The stretch since the last change, clipped to the period, goes to what was open then.
    // A partition whose clock goes back in time adds nothing.
    const qint64 start = std::max(state.lastChange, m_accountFrom);
    const qint64 end = std::min(time, m_accountTo);
    if (end > start && (state.loggedIn || state.paused)) {
        for (std::size_t p = 0; p < state.partitions.size(); ++p) {
            const AgentOnPartition& on = state.partitions[p];
            if ((state.loggedIn && on.hasSession()) || (state.paused && on.hasPause()))
                state.time.partitionMask |= quint64(1) << p;
        }
        if (state.loggedIn)
            state.time.loggedIn += end - start;
        if (state.paused) {
            state.time.paused += end - start;
            state.time.pausedByReason[state.reason] += end - start;
        }
    }
    state.lastChange = std::max(state.lastChange, time);
}

void AgentTracker::refresh(const QString& name, AgentState& state, qint64 time)
{
    bool loggedIn = false;
    const OpenPause* latest = nullptr;
    for (const AgentOnPartition& on : state.partitions) {
        loggedIn = loggedIn || on.hasSession();
        if (on.allPause && (!latest || on.allPause->stamp > latest->stamp))
            latest = &*on.allPause;
        for (const OpenPause& pause : on.queuePauses) {
            if (!latest || pause.stamp > latest->stamp)
                latest = &pause;
        }
    }
    const bool paused = latest != nullptr;
    const QString reason = paused ? latest->reason : QString();
    if (loggedIn == state.loggedIn && paused == state.paused && reason == state.reason)
        return;
    state.loggedIn = loggedIn;
    state.paused = paused;
    state.reason = reason;
    if (m_listener)
        m_listener(name, state, time);
}

bool AgentTracker::applyToPartition(AgentOnPartition& on, const ClusterEvent& event, quint64 sequence)
{
    const QueueLogEvent& e = event.event;
    switch (event.verb) {
    case Verb::AgentLogin:
    case Verb::AgentCallbackLogin:
        if (on.queueless)
            return false;
        on.queueless = true;
        return true;
    case Verb::AgentLogoff:
    case Verb::AgentCallbackLogoff: {
        // Ends the queue-less session and every pause here, not the ADDMEMBER sessions.
        const bool hadSession = on.queueless;
        on.queueless = false;
        return clearPauses(on) || hadSession;
    }
    case Verb::AddMember:
        if (on.memberQueues.contains(e.queue))
            return false;
        on.memberQueues.insert(e.queue);
        if (e.data1() == u"PAUSED")
            openQueuePause(on.queuePauses, e.queue, QString(), sequence);
        return true;
    case Verb::RemoveMember: {
        const bool hadSession = on.memberQueues.remove(e.queue);
        return on.queuePauses.remove(e.queue) || hadSession;
    }
    case Verb::Pause:
        return openQueuePause(on.queuePauses, e.queue, e.data1(), sequence);
    case Verb::Unpause:
        return on.queuePauses.remove(e.queue);
    case Verb::PauseAll:
        return openPause(on.allPause, e.data1(), sequence);
    case Verb::UnpauseAll: {
        const bool had = on.allPause.has_value();
        on.allPause.reset();
        return had;
    }
    default:
        return false; // PAUSEREASON, PENALTY, RINGINUSE, HOTDESK change no state
    }
}

void AgentTracker::apply(const ClusterEvent& event, quint64 sequence)
{
    const QueueLogEvent& e = event.event;
    if (event.verb == Verb::QueueStart) {
        // A restart ends the AGENTLOGIN-style sessions that server opened; members and pauses
        // survive (persistent members), unless the setting says the server does not keep them.
        for (auto it = m_agents.begin(); it != m_agents.end(); ++it) {
            AgentState& state = it.value();
            if (state.partitions.empty())
                continue;
            AgentOnPartition& on = state.partitions[std::size_t(event.partitionIndex)];
            const bool changes = on.queueless || (m_restartEndsMembers && (on.hasSession() || on.hasPause()));
            if (!changes)
                continue;
            account(state, e.time);
            on.queueless = false;
            if (m_restartEndsMembers) {
                on.memberQueues.clear();
                clearPauses(on);
            }
            refresh(it.key(), state, e.time);
        }
        return;
    }
    if (!isAgentScopeVerb(event.verb) || !isAgent(e.agent))
        return;
    AgentState& state = m_agents[e.agent];
    AgentOnPartition& on = partitionOf(state, event.partitionIndex);
    // Account up to now with the state as it was, then change it.
    account(state, e.time);
    if (applyToPartition(on, event, sequence))
        refresh(e.agent, state, e.time);
}

void AgentTracker::finish()
{
    for (AgentState& state : m_agents)
        account(state, m_accountTo);
}

} // namespace qw
