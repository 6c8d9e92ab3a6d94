#include "live/livestate.h"

#include <algorithm>

namespace qw {

namespace {
bool isQueue(const QString& queue)
{
    return !queue.isEmpty() && queue != u"NONE";
}

std::optional<qint64> positionOf(const QString& text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toLongLong();
}
} // namespace

QStringList LiveSnapshot::partitionNames(quint64 mask) const
{
    return partitionNamesOf(partitions, mask);
}

void LiveSnapshot::countInQueues(const Agent& agent)
{
    for (const QString& name : agent.queues) {
        Queue& queue = queues[name];
        queue.partitionMask |= agent.partitionMask;
        ++queue.loggedIn;
        if (agent.state == AgentState::Free)
            ++queue.free;
        else if (agent.state == AgentState::Paused)
            ++queue.paused;
    }
}

const char* agentStateName(LiveSnapshot::AgentState state)
{
    switch (state) {
    case LiveSnapshot::AgentState::Free:
        return "free";
    case LiveSnapshot::AgentState::Paused:
        return "paused";
    case LiveSnapshot::AgentState::Talking:
        return "talking";
    case LiveSnapshot::AgentState::LoggedOff:
        return "logged_off";
    }
    return "logged_off";
}

LiveState::LiveState(const SourceSpec& spec, qint64 windowStart, qint64 slThreshold, bool restartEndsMembers,
                     const QList<StaticMember>& staticMembers)
    : m_windowStart(windowStart)
    , m_slThreshold(slThreshold)
    , m_calls(windowStart, std::numeric_limits<qint64>::max(), *this)
    , m_agents(int(spec.partitions().size()), 0, 0, restartEndsMembers)
    , m_clock(windowStart - AgentLookBack)
    , m_history(windowStart)
{
    for (const SpecPartition& partition : spec.partitions())
        m_partitions.append(partition.name);
    m_memberSplits.resize(std::size_t(m_partitions.size()));
    for (const StaticMember& member : staticMembers) {
        Static& known = m_static[member.agent];
        known.partitionMask |= quint64(1) << member.partitionIndex;
        for (const QString& queue : member.queues)
            known.queues.insert(queue);
        AgentLive& live = m_live[member.agent];
        live.word = LiveSnapshot::AgentState::Free; // a static member is a member all day
        live.windowPartitions |= quint64(1) << member.partitionIndex;
    }
    m_agents.setChangeListener(
        [this](const QString& agent, const AgentState&, qint64 time) { updateWord(agent, time); });
}

void LiveState::apply(const ClusterEvent& event)
{
    const QueueLogEvent& e = event.event;
    ++m_sequence;
    advanceTo(e.time);
    if (e.time >= m_windowStart) {
        // Only events of the window name agents and queues (fine-print 17).
        if (isAgent(e.agent)) {
            AgentLive& live = m_live[e.agent];
            live.named = true;
            live.windowPartitions |= quint64(1) << event.partitionIndex;
            if (isQueue(e.queue))
                live.windowQueues.insert(e.queue);
        }
        if (isQueue(e.queue))
            m_windowQueues[e.queue] |= quint64(1) << event.partitionIndex;
        m_calls.apply(event, m_sequence);
    }
    if (event.verb == Verb::QueueStart || isAgentScopeVerb(event.verb))
        m_agents.apply(event, m_sequence);
    if (event.partitionIndex >= 0 && std::size_t(event.partitionIndex) < m_memberSplits.size())
        m_memberSplits[std::size_t(event.partitionIndex)].note(e.agent, event.verb);
}

void LiveState::joinLine(const StintKey& key, const OpenStint& stint)
{
    QStringList& line = m_lines[LineKey {key.partitionIndex, key.queue}];
    const std::optional<qint64> position = positionOf(stint.position);
    const qsizetype at = position && *position >= 1 ? std::min<qsizetype>(*position - 1, line.size()) : line.size();
    line.insert(at, key.callId);
}

void LiveState::leaveLine(const StintKey& key)
{
    const auto line = m_lines.find(LineKey {key.partitionIndex, key.queue});
    if (line == m_lines.end())
        return;
    line->removeOne(key.callId);
    if (line->isEmpty())
        m_lines.erase(line);
}

void LiveState::stintOpened(const StintKey& key, const OpenStint& stint)
{
    m_history.callWaiting(key.queue, m_clock);
    m_waitingSince.insert(key, stint.enter);
    joinLine(key, stint);
    m_expiries.push(Expiry {stint.enter + StaleWaiting, key, false});
}

void LiveState::endWaiting(const StintKey& key, qint64 time)
{
    if (m_waitingSince.remove(key)) {
        m_history.callLeftWaiting(key.queue, time);
        leaveLine(key);
    }
}

void LiveState::stintConnected(const StintKey& key, const OpenStint& stint)
{
    endWaiting(key, m_clock);
    if (!isAgent(stint.connectAgent))
        return;
    m_talking.insert(key, TalkingStint {stint.connectAgent, stint.connect, true});
    ++m_live[stint.connectAgent].activeCalls;
    m_expiries.push(Expiry {stint.connect + StaleTalking, key, true});
    updateWord(stint.connectAgent, stint.connect);
}

void LiveState::stintClosed(const StintKey& key, const OpenStint&, const CallRecord& record)
{
    endWaiting(key, m_clock);
    m_history.stintEnded(key.queue, m_clock, record, m_slThreshold);
    m_today[key.queue].add(record, m_slThreshold);
    if (record.answered() && !record.agent.isEmpty())
        ++m_answeredToday[record.agent];
    endTalking(key);
}

void LiveState::stintLost(const StintKey& key, const OpenStint&)
{
    endWaiting(key, m_clock);
    endTalking(key);
}

void LiveState::endTalking(const StintKey& key)
{
    const auto it = m_talking.find(key);
    if (it == m_talking.end())
        return;
    const TalkingStint talking = it.value();
    m_talking.erase(it);
    if (talking.shown) {
        --m_live[talking.agent].activeCalls;
        updateWord(talking.agent, m_clock);
    }
}

void LiveState::expire(const Expiry& expiry)
{
    // An entry whose start does not match belongs to a later stint with the same key, and one
    // that is gone has ended already: both are left alone.
    if (!expiry.talking) {
        const auto it = m_waitingSince.constFind(expiry.key);
        if (it != m_waitingSince.cend() && it.value() + StaleWaiting == expiry.at)
            endWaiting(expiry.key, expiry.at);
        return;
    }
    // A hidden call's agent stops talking then.
    const auto it = m_talking.find(expiry.key);
    if (it == m_talking.end() || !it->shown || it->connect + StaleTalking != expiry.at)
        return;
    it->shown = false;
    --m_live[it->agent].activeCalls;
    updateWord(it->agent, expiry.at);
}

void LiveState::advanceTo(qint64 time)
{
    while (!m_expiries.empty() && m_expiries.top().at <= time) {
        const Expiry expiry = m_expiries.top();
        m_expiries.pop();
        expire(expiry);
    }
    m_clock = std::max(m_clock, time);
}

LiveSnapshot::AgentState LiveState::wordOf(const QString& agent) const
{
    const auto live = m_live.constFind(agent);
    if (live != m_live.cend() && live->activeCalls > 0)
        return LiveSnapshot::AgentState::Talking; // on a call even without a login (static members)
    const auto state = m_agents.agents().constFind(agent);
    const bool known = state != m_agents.agents().cend();
    if (known && state->paused)
        return LiveSnapshot::AgentState::Paused;
    // A static member is a member without any line logging it in.
    if ((known && state->loggedIn) || m_static.contains(agent))
        return LiveSnapshot::AgentState::Free;
    return LiveSnapshot::AgentState::LoggedOff;
}

void LiveState::updateWord(const QString& agent, qint64 time)
{
    // `since` moves only when the state word changes (a new pause reason alone does not).
    AgentLive& live = m_live[agent];
    const LiveSnapshot::AgentState word = wordOf(agent);
    if (word == live.word)
        return;
    live.word = word;
    live.since = time;
}

LiveSnapshot LiveState::snapshot(qint64 at)
{
    advanceTo(at);
    LiveSnapshot snap;
    snap.at = at;
    snap.windowStart = m_windowStart;
    snap.partitions = m_partitions;

    m_calls.forEachOpen([&](const StintKey& key, const OpenStint& stint) {
        if (!stint.isTalking()) {
            if (at - stint.enter >= StaleWaiting)
                return;
            std::optional<qint64> place;
            const QStringList line = m_lines.value(LineKey {key.partitionIndex, key.queue});
            if (const qsizetype index = line.indexOf(key.callId); index >= 0)
                place = index + 1;
            snap.waiting.append({key.partitionIndex, key.callId, key.queue, stint.enter, stint.caller,
                                 positionOf(stint.position), place});
            LiveSnapshot::Queue& queue = snap.queues[key.queue];
            queue.partitionMask |= quint64(1) << key.partitionIndex;
            ++queue.waiting;
            queue.longestWait = std::max(queue.longestWait.value_or(0), at - stint.enter);
        } else {
            if (at - stint.connect >= StaleTalking)
                return;
            snap.talking.append({key.partitionIndex, key.callId, key.queue,
                                 isAgent(stint.connectAgent) ? stint.connectAgent : QString(), stint.connect});
            LiveSnapshot::Queue& queue = snap.queues[key.queue];
            queue.partitionMask |= quint64(1) << key.partitionIndex;
            ++queue.talking;
        }
    });
    const auto byTime = [](const auto& a, const auto& b) {
        return std::tie(a.since, a.partitionIndex, a.callId, a.queue)
            < std::tie(b.since, b.partitionIndex, b.callId, b.queue);
    };
    std::sort(snap.waiting.begin(), snap.waiting.end(), byTime);
    std::sort(snap.talking.begin(), snap.talking.end(), byTime);

    for (auto it = m_windowQueues.cbegin(); it != m_windowQueues.cend(); ++it)
        snap.queues[it.key()].partitionMask |= it.value();

    // Agents: every one named in the window, and every one with something still open.
    QSet<QString> listed;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (it->named)
            listed.insert(it.key());
    }
    for (auto it = m_agents.agents().cbegin(); it != m_agents.agents().cend(); ++it) {
        if (it->loggedIn || it->paused)
            listed.insert(it.key());
    }
    for (auto it = m_static.cbegin(); it != m_static.cend(); ++it)
        listed.insert(it.key());
    for (const QString& name : listed) {
        LiveSnapshot::Agent agent;
        const AgentLive live = m_live.value(name);
        agent.state = wordOf(name);
        agent.since = std::max(live.since, m_windowStart);
        agent.partitionMask = live.windowPartitions;
        agent.answeredToday = m_answeredToday.value(name);
        QSet<QString> queues;
        bool queueless = false;
        const auto state = m_agents.agents().constFind(name);
        if (state != m_agents.agents().cend()) {
            for (std::size_t p = 0; p < state->partitions.size(); ++p) {
                const AgentOnPartition& on = state->partitions[p];
                for (const QString& queue : on.memberQueues)
                    queues.insert(queue);
                queueless = queueless || on.queueless;
                if (on.hasSession() || on.hasPause())
                    agent.partitionMask |= quint64(1) << p;
            }
            if (agent.state == LiveSnapshot::AgentState::Paused)
                agent.pauseReason = state->reason;
        }
        if (queueless)
            queues.unite(live.windowQueues);
        if (const auto known = m_static.constFind(name); known != m_static.cend()) {
            queues.unite(known->queues);
            agent.partitionMask |= known->partitionMask;
        }
        queues.remove(QString());
        queues.remove(QStringLiteral("NONE"));
        agent.queues = QStringList(queues.cbegin(), queues.cend());
        agent.queues.sort();
        snap.countInQueues(agent);
        snap.agents.insert(name, std::move(agent));
    }
    for (auto it = m_today.cbegin(); it != m_today.cend(); ++it)
        snap.queues[it.key()].today = it.value();
    for (std::size_t p = 0; p < m_memberSplits.size(); ++p) {
        if (m_memberSplits[p].found())
            snap.memberSplit.insert(int(p), m_memberSplits[p].interfaces());
    }
    snap.history = m_history.pointsUntil(at);
    snap.historyInterval = m_history.interval();
    return snap;
}

} // namespace qw
