// The callers' side of ServerSimulation: arrival, queue, rings, conversation, the ways out.
#include "generation/callcentregenerator.h"
#include "generation/serversimulation.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr std::size_t RecentCallerCount = 200;

const QString& none()
{
    static const QString value = u"NONE"_s;
    return value;
}

QString randomCallerNumber(SimRandom& random)
{
    QString number(10, Qt::Uninitialized);
    number[0] = u'0';
    number[1] = QChar(char16_t(u'1' + random.between(0, 6)));
    for (qsizetype i = 2; i < number.size(); ++i)
        number[i] = QChar(char16_t(u'0' + random.between(0, 9)));
    return number;
}
} // namespace

int ServerSimulation::allocateCall()
{
    if (!m_freeCalls.empty()) {
        const int slot = m_freeCalls.back();
        m_freeCalls.pop_back();
        return slot;
    }
    m_calls.emplace_back();
    return int(m_calls.size() - 1);
}

void ServerSimulation::freeCall(int slot)
{
    Call& call = m_calls[std::size_t(slot)];
    call.state = CallState::Free;
    ++call.gen;
    call.agent = -1;
    call.callId.clear();
    call.callerNumber.clear();
    call.memberUniqueId.clear();
    m_freeCalls.push_back(slot);
}

int ServerSimulation::positionOf(int slot) const
{
    const std::vector<int>& waiting = m_queues[std::size_t(m_calls[std::size_t(slot)].queue)].waiting;
    return int(std::find(waiting.begin(), waiting.end(), slot) - waiting.begin()) + 1;
}

void ServerSimulation::removeFromQueue(int slot)
{
    std::vector<int>& waiting = m_queues[std::size_t(m_calls[std::size_t(slot)].queue)].waiting;
    const auto it = std::find(waiting.begin(), waiting.end(), slot);
    if (it != waiting.end())
        waiting.erase(it);
}

// Like Asterisk's leavewhenempty: a queue whose members are all logged off or paused is empty.
bool ServerSimulation::isStaffed(int queue) const
{
    const quint64 bit = quint64(1) << queue;
    return std::any_of(m_agents.begin(), m_agents.end(), [bit](const Agent& agent) {
        return agent.loggedIn && (agent.member & bit) && !(agent.paused & bit);
    });
}

void ServerSimulation::onArrival()
{
    scheduleNextArrival();
    if (m_down)
        return; // the caller hears congestion; Asterisk writes nothing
    if (m_random.chance(0.15))
        m_uniqueSeq += 2 * int(m_random.between(1, 3)); // other traffic on the box uses channels too

    const int slot = allocateCall();
    Call& call = m_calls[std::size_t(slot)];
    call.state = CallState::PreQueue;
    call.transferred = false;
    call.callId = newUniqueId();
    if (!m_recentCallers.empty() && m_random.chance(0.1)) {
        call.callerNumber = m_recentCallers[std::size_t(m_random.index(qsizetype(m_recentCallers.size())))];
    } else {
        call.callerNumber = randomCallerNumber(m_random);
        if (m_recentCallers.size() < RecentCallerCount) {
            m_recentCallers.push_back(call.callerNumber);
        } else {
            m_recentCallers[m_recentNext] = call.callerNumber;
            m_recentNext = (m_recentNext + 1) % RecentCallerCount;
        }
    }
    double pick = m_random.uniform() * m_queueWeightTotal;
    call.queue = 0;
    while (call.queue + 1 < int(m_queues.size()) && pick >= m_queues[std::size_t(call.queue)].weight) {
        pick -= m_queues[std::size_t(call.queue)].weight;
        ++call.queue;
    }
    // Most callers pass an IVR menu before the queue: the channel is older than the ENTERQUEUE.
    const qint64 menu = m_random.chance(0.4) ? 0 : m_random.between(2, 20);
    schedule(m_now + menu, Kind::Enter, slot, call.gen);
}

void ServerSimulation::enterQueue(int slot, int queueIndex)
{
    Call& call = m_calls[std::size_t(slot)];
    Queue& queue = m_queues[std::size_t(queueIndex)];
    ++call.gen;
    call.queue = queueIndex;
    call.state = CallState::Waiting;
    call.agent = -1;
    call.enterTime = m_now;
    call.retryAt = m_now;
    call.exitDue = false;
    queue.waiting.push_back(slot);
    call.origPosition = int(queue.waiting.size());

    QueueLogEvent& line = write(call.callId, queue.name, none(), u"ENTERQUEUE"_s);
    line.data[1] = call.callerNumber;
    line.data[2] = QString::number(call.origPosition);
    if (!isStaffed(queueIndex)) {
        leaveQueue(slot, Exit::Empty);
        return;
    }

    // The caller's way out if nobody answers first: hang up, the queue's timeout, or a key.
    // Log-normal patience: few hang up in the first seconds, some wait very long.
    double after = m_random.logNormal(double(std::max(1, m_config.meanPatienceSeconds)), 0.9);
    call.exit = Exit::Abandon;
    if (m_config.queueTimeoutSeconds > 0 && double(m_config.queueTimeoutSeconds) < after) {
        after = double(m_config.queueTimeoutSeconds);
        call.exit = Exit::Timeout;
    }
    if (m_random.chance(0.025)) {
        const double key = m_random.uniform(8.0, 90.0);
        if (key < after) {
            after = key;
            call.exit = Exit::Key;
        }
    }
    schedule(m_now + std::max<qint64>(1, qint64(after + 0.5)), Kind::GiveUp, slot, call.gen);
    m_dispatchWanted = true;
}

void ServerSimulation::leaveQueue(int slot, Exit exit)
{
    const Call& call = m_calls[std::size_t(slot)];
    const QString position = QString::number(positionOf(slot));
    const QString origPosition = QString::number(call.origPosition);
    const QString wait = QString::number(m_now - call.enterTime);
    const QString& queue = m_queues[std::size_t(call.queue)].name;
    switch (exit) {
    case Exit::Abandon:
    case Exit::Timeout:
    case Exit::Empty: {
        const QString verb = exit == Exit::Abandon ? u"ABANDON"_s
            : exit == Exit::Timeout                ? u"EXITWITHTIMEOUT"_s
                                                   : u"EXITEMPTY"_s;
        QueueLogEvent& line = write(call.callId, queue, none(), verb);
        line.data[0] = position;
        line.data[1] = origPosition;
        line.data[2] = wait;
        break;
    }
    case Exit::Key: {
        // Most menus offer 1 (call back) or 0 (operator).
        const double pick = m_random.uniform();
        const qint64 key = pick < 0.6 ? 1 : pick < 0.85 ? 0 : m_random.between(2, 9);
        QueueLogEvent& line = write(call.callId, queue, none(), u"EXITWITHKEY"_s);
        line.data[0] = QString::number(key);
        line.data[1] = position;
        line.data[2] = origPosition;
        line.data[3] = wait;
        break;
    }
    }
    removeFromQueue(slot);
    freeCall(slot);
}

void ServerSimulation::onGiveUp(int slot)
{
    Call& call = m_calls[std::size_t(slot)];
    if (call.state == CallState::Waiting) {
        leaveQueue(slot, call.exit);
    } else if (call.state == CallState::Ringing) {
        if (call.exit != Exit::Abandon) {
            call.exitDue = true; // app_queue checks its timeout and keys between rings
            return;
        }
        const int agent = call.agent;
        write(call.callId, m_queues[std::size_t(call.queue)].name, m_agents[std::size_t(agent)].name, u"RINGCANCELED"_s)
            .data[0]
            = QString::number(std::max<qint64>(1, (m_now - call.ringStart) * 1000 + m_random.between(0, 999)));
        call.agent = -1;
        releaseAgent(agent, false);
        leaveQueue(slot, Exit::Abandon);
    }
}

// Free members ring in least-recent order, each for the longest-waiting caller of its queues
// (Asterisk's leastrecent strategy with autofill: several callers ring at once).
void ServerSimulation::dispatch()
{
    m_dispatchWanted = false;
    // Callers first: most of the time nobody is ready to ring, and then the agents need no look.
    const auto readyToRing = [this](int slot) {
        const Call& call = m_calls[std::size_t(slot)];
        return call.state == CallState::Waiting && call.retryAt <= m_now;
    };
    std::ptrdiff_t ready = 0;
    for (const Queue& queue : m_queues)
        ready += std::count_if(queue.waiting.begin(), queue.waiting.end(), readyToRing);
    if (ready == 0)
        return;
    m_scratch.clear();
    for (std::size_t index = 0; index < m_agents.size(); ++index) {
        const Agent& agent = m_agents[index];
        if (agent.loggedIn && agent.call < 0 && agent.availableAt <= m_now && agent.deferred == Deferred::None
            && (agent.member & ~agent.paused) != 0)
            m_scratch.push_back(int(index));
    }
    if (m_scratch.empty())
        return;
    std::sort(m_scratch.begin(), m_scratch.end(), [this](int a, int b) {
        const qint64 lastA = m_agents[std::size_t(a)].lastCallEnd;
        const qint64 lastB = m_agents[std::size_t(b)].lastCallEnd;
        return lastA != lastB ? lastA < lastB : a < b;
    });
    for (const int agentIndex : m_scratch) {
        const Agent& agent = m_agents[std::size_t(agentIndex)];
        const quint64 open = agent.member & ~agent.paused;
        int best = -1;
        for (std::size_t q = 0; q < m_queues.size(); ++q) {
            if (!(open & (quint64(1) << q)))
                continue;
            const std::vector<int>& waiting = m_queues[q].waiting;
            const auto first = std::find_if(waiting.begin(), waiting.end(), readyToRing);
            if (first != waiting.end()
                && (best < 0 || m_calls[std::size_t(*first)].enterTime < m_calls[std::size_t(best)].enterTime))
                best = *first;
        }
        if (best >= 0) {
            startRing(best, agentIndex);
            if (--ready == 0)
                return;
        }
    }
}

void ServerSimulation::startRing(int slot, int agentIndex)
{
    Call& call = m_calls[std::size_t(slot)];
    Agent& agent = m_agents[std::size_t(agentIndex)];
    call.state = CallState::Ringing;
    call.agent = agentIndex;
    call.ringStart = m_now;
    call.memberUniqueId = newUniqueId();
    agent.call = slot;

    const int timeout = m_queues[std::size_t(call.queue)].ringTimeoutSeconds;
    const bool answered = m_random.chance(m_config.ringAnswerShare);
    const qint64 ring
        = answered ? std::clamp<qint64>(qint64(m_random.logNormal(4.0, 0.6) + 0.5), 1, timeout - 1) : qint64(timeout);
    schedule(m_now + ring, Kind::RingEnd, slot, call.gen, answered ? 1 : 0);
}

void ServerSimulation::onRingEnd(int slot, bool answered)
{
    Call& call = m_calls[std::size_t(slot)];
    const Queue& queue = m_queues[std::size_t(call.queue)];
    const int agentIndex = call.agent;
    const QString& agentName = m_agents[std::size_t(agentIndex)].name;
    if (answered) {
        removeFromQueue(slot);
        call.state = CallState::Talking;
        call.connectTime = m_now;
        QueueLogEvent& line = write(call.callId, queue.name, agentName, u"CONNECT"_s);
        line.data[0] = QString::number(m_now - call.enterTime);
        line.data[1] = call.memberUniqueId;
        line.data[2] = QString::number(m_now - call.ringStart);
        const double mean = m_meanTalkSeconds * queue.talkFactor;
        const qint64 talk = std::max<qint64>(5, qint64(m_random.logNormal(mean, 0.8) + 0.5));
        schedule(m_now + talk, Kind::TalkEnd, slot, call.gen);
        return;
    }

    write(call.callId, queue.name, agentName, u"RINGNOANSWER"_s).data[0]
        = QString::number(queue.ringTimeoutSeconds * 1000);
    call.state = CallState::Waiting;
    call.agent = -1;
    releaseAgent(agentIndex, false);
    if (call.exitDue) {
        leaveQueue(slot, call.exit);
        return;
    }
    call.retryAt = m_now + std::max(1, m_config.retrySeconds);
    schedule(call.retryAt, Kind::Retry, slot, call.gen);
}

void ServerSimulation::onTalkEnd(int slot)
{
    Call& call = m_calls[std::size_t(slot)];
    const int agentIndex = call.agent;
    const QString hold = QString::number(call.connectTime - call.enterTime);
    const QString talk = QString::number(m_now - call.connectTime);
    const QString origPosition = QString::number(call.origPosition);
    const QString& queue = m_queues[std::size_t(call.queue)].name;
    const QString& agentName = m_agents[std::size_t(agentIndex)].name;
    call.agent = -1;

    if (!call.transferred && m_queues.size() > 1 && m_random.chance(m_config.transferShare)) {
        int target = m_random.index(qsizetype(m_queues.size()) - 1);
        if (target >= call.queue)
            ++target;
        QueueLogEvent& line = write(call.callId, queue, agentName, u"BLINDTRANSFER"_s);
        line.data = {m_queues[std::size_t(target)].name, u"xfer"_s, hold, talk, origPosition};
        call.transferred = true;
        releaseAgent(agentIndex, true);
        enterQueue(slot, target); // same channel, same call id: a second stint in the other queue
        return;
    }
    QueueLogEvent& line
        = write(call.callId, queue, agentName, m_random.chance(0.5) ? u"COMPLETEAGENT"_s : u"COMPLETECALLER"_s);
    line.data[0] = hold;
    line.data[1] = talk;
    line.data[2] = origPosition;
    releaseAgent(agentIndex, true);
    freeCall(slot);
}

void ServerSimulation::releaseAgent(int agentIndex, bool afterTalk)
{
    Agent& agent = m_agents[std::size_t(agentIndex)];
    agent.call = -1;
    agent.lastCallEnd = m_now; // a member that just let a call ring out is tried last, too
    agent.availableAt = afterTalk ? m_now + std::max(0, m_config.wrapUpSeconds) : m_now;
    if (agent.deferred != Deferred::None)
        schedule(m_now + (afterTalk ? m_random.between(2, 20) : 1), Kind::AgentAction, agentIndex, agent.session);
    else if (agent.availableAt > m_now)
        schedule(agent.availableAt, Kind::AgentFree, agentIndex);
    else
        m_dispatchWanted = true;
}

void ServerSimulation::onEmptyCheck(int queue)
{
    if (isStaffed(queue))
        return;
    m_scratch = m_queues[std::size_t(queue)].waiting;
    for (const int slot : m_scratch) {
        if (m_calls[std::size_t(slot)].state == CallState::Waiting)
            leaveQueue(slot, Exit::Empty);
    }
}

} // namespace qw
