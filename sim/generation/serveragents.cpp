// The agents' side of ServerSimulation: shifts, logins, pauses, logoffs.
#include "generation/callcentregenerator.h"
#include "generation/serversimulation.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
const QString& none()
{
    static const QString value = u"NONE"_s;
    return value;
}

struct ShiftTemplate
{
    int startMinute; // local time
    int minutes;
};
// A roster of ten following the daily curve: most agents in the daytime peak, one late, one at night. Larger
// rosters repeat each line, smaller ones take every n-th.
constexpr std::array<ShiftTemplate, 10> Roster = {{{420, 510},
                                                   {450, 510},
                                                   {480, 510},
                                                   {480, 510},
                                                   {510, 510},
                                                   {540, 510},
                                                   {600, 510},
                                                   {660, 510},
                                                   {750, 510},
                                                   {1230, 630}}};

// Reasons, in the order of ServerSimulation::m_reasons, with the chance a shift has one.
constexpr std::array<double, 8> OccasionalPause = {0, 0, 0, 0.25, 0.2, 0.1, 0.1, 0.2};
constexpr int LunchReason = 0;
constexpr int BreakReason = 1;
constexpr int NoReason = 2;
constexpr int AdminReason = 4;
constexpr int TechnicalReason = 6;
} // namespace

qint64 ServerSimulation::localDay(qint64 time) const
{
    const qint64 local = time + m_config.utcOffsetSeconds;
    return local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
}

qint64 ServerSimulation::localDayStart(qint64 day) const
{
    return day * 86400 - m_config.utcOffsetSeconds;
}

void ServerSimulation::setUpAgents()
{
    const int count = std::max(0, m_config.agentsPerPartition);
    const int queueCount = int(m_queues.size());
    const quint64 all = queueCount >= 64 ? ~quint64(0) : (quint64(1) << queueCount) - 1;
    m_agents.resize(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Agent& agent = m_agents[std::size_t(i)];
        agent.extension = QString::number(m_firstAgentNumber + i);
        agent.name = u"Agent/"_s + agent.extension;
        const ShiftTemplate shift = Roster[std::size_t(i) * Roster.size() / std::size_t(count)];
        agent.shiftStartMinute = shift.startMinute;
        agent.shiftMinutes = shift.minutes;
        if (queueCount > 0) {
            if (shift.startMinute < 8 * 60 || shift.startMinute + shift.minutes > 20 * 60) {
                // Early, late and night shifts are few, so they take every queue but the last: that
                // one (billing) keeps office hours, and its callers meet EXITEMPTY outside them.
                agent.skills = queueCount >= 3 ? all & ~(quint64(1) << (queueCount - 1)) : all;
            } else {
                // Queues get agents in proportion to their calls; the golden-ratio walk spreads each
                // queue's agents over the roster's shifts.
                const double where = std::fmod(double(i + 1) * 0.6180339887498949, 1.0) * m_queueWeightTotal;
                int primary = 0;
                for (double sum = m_queues[0].weight; primary + 1 < queueCount && where >= sum;)
                    sum += m_queues[std::size_t(++primary)].weight;
                agent.skills = quint64(1) << primary;
                if (queueCount > 1 && m_random.chance(0.6)) {
                    int second = m_random.index(queueCount - 1);
                    if (second >= primary)
                        ++second;
                    agent.skills |= quint64(1) << second;
                }
            }
        }
        agent.usesAgentLogin = m_random.chance(0.25);
        agent.pauseAllShare = m_random.uniform(0.2, 0.8);
    }
    for (int i = 0; i < count; ++i)
        scheduleShift(i, localDay(m_now) - 1, m_now);
}

int ServerSimulation::agentsOnDutyAt(int localMinute) const
{
    return int(std::count_if(m_agents.begin(), m_agents.end(), [localMinute](const Agent& agent) {
        const int since = (localMinute - agent.shiftStartMinute + 24 * 60) % (24 * 60);
        return since < agent.shiftMinutes && agent.skills != 0;
    }));
}

// The agent's next shift that still has more than ten minutes to run after `notBefore`; one
// already under way at the start of the period begins with a login in the first minutes.
void ServerSimulation::scheduleShift(int agentIndex, qint64 day, qint64 notBefore)
{
    const Agent& agent = m_agents[std::size_t(agentIndex)];
    for (qint64 d = day;; ++d) {
        const qint64 start = localDayStart(d) + qint64(agent.shiftStartMinute) * 60;
        if (start + qint64(agent.shiftMinutes) * 60 <= notBefore + 600)
            continue;
        qint64 at = start + m_random.between(-600, 600);
        if (at <= notBefore)
            at = notBefore + m_random.between(5, 240);
        schedule(at, Kind::ShiftStart, agentIndex, 0, qint32(d));
        return;
    }
}

void ServerSimulation::onShiftStart(int agentIndex, qint64 day)
{
    scheduleShift(agentIndex, day + 1, m_now);
    Agent& agent = m_agents[std::size_t(agentIndex)];
    if (agent.loggedIn || m_random.chance(0.03))
        return; // still on yesterday's overtime, or a day off
    const qint64 nominalEnd = localDayStart(day) + qint64(agent.shiftStartMinute + agent.shiftMinutes) * 60;
    agent.shiftEnd = std::max(m_now + 1800, nominalEnd + m_random.between(-600, 900));
    login(agentIndex);
    schedule(agent.shiftEnd, Kind::ShiftEnd, agentIndex, agent.session);

    const qint64 length = agent.shiftEnd - m_now;
    const auto pauseAt = [&](qint64 time, int reason) {
        if (time > m_now + 300 && time < agent.shiftEnd - 300)
            schedule(time, Kind::PauseStart, agentIndex, agent.session, reason);
    };
    if (length >= 5 * 3600)
        pauseAt(m_now + length / 2 + m_random.between(-2700, 2700), LunchReason);
    if (length >= 3 * 3600) {
        pauseAt(m_now + length / 4 + m_random.between(-1200, 1200), BreakReason);
        pauseAt(m_now + 3 * length / 4 + m_random.between(-1200, 1200), BreakReason);
    }
    for (qint64 n = m_random.between(0, 3); n > 0; --n)
        pauseAt(m_now + m_random.between(0, length), NoReason);
    for (std::size_t reason = 0; reason < OccasionalPause.size(); ++reason) {
        if (m_random.chance(OccasionalPause[reason]))
            pauseAt(m_now + m_random.between(0, length), int(reason));
    }
}

void ServerSimulation::login(int agentIndex)
{
    Agent& agent = m_agents[std::size_t(agentIndex)];
    ++agent.session;
    agent.loggedIn = true;
    agent.loginTime = m_now;
    agent.deferred = Deferred::None;
    agent.availableAt = m_now;
    agent.member = agent.skills;
    if (agent.usesAgentLogin) {
        // app_agent_pool: the agent's phone channel logs in; queues.conf lists Agent/1xx.
        agent.loginUniqueId = newUniqueId();
        agent.loginChannel
            = u"PJSIP/"_s + agent.extension + u'-' + QString::number(++m_channelCounter, 16).rightJustified(8, u'0');
        write(agent.loginUniqueId, none(), agent.name, u"AGENTLOGIN"_s).data[0] = agent.loginChannel;
    } else {
        // QueueAddMember over AMI, one line per queue, some joining paused until they are ready.
        const bool startPaused = m_random.chance(0.15);
        const QString data = startPaused ? u"PAUSED"_s : QString();
        for (std::size_t q = 0; q < m_queues.size(); ++q) {
            if (agent.member & (quint64(1) << q))
                write(u"MANAGER"_s, m_queues[q].name, agent.name, u"ADDMEMBER"_s).data[0] = data;
        }
        if (startPaused) {
            agent.paused = agent.member;
            schedule(m_now + m_random.between(20, 300), Kind::PauseEnd, agentIndex, ++agent.pauseGen);
        }
    }
    m_dispatchWanted = true;
}

void ServerSimulation::logoff(int agentIndex)
{
    Agent& agent = m_agents[std::size_t(agentIndex)];
    const quint64 wasMember = agent.member;
    if (agent.paused != 0 && (agent.pausedAll || agent.usesAgentLogin || m_random.chance(0.5)))
        unpause(agentIndex);
    if (agent.usesAgentLogin) {
        QueueLogEvent& line = write(agent.loginUniqueId, none(), agent.name, u"AGENTLOGOFF"_s);
        line.data[0] = agent.loginChannel;
        line.data[1] = QString::number(m_now - agent.loginTime);
    } else {
        for (std::size_t q = 0; q < m_queues.size(); ++q) {
            if (agent.member & (quint64(1) << q))
                write(u"MANAGER"_s, m_queues[q].name, agent.name, u"REMOVEMEMBER"_s);
        }
        agent.member = 0;
    }
    agent.paused = 0;
    agent.pausedAll = false;
    agent.loggedIn = false;
    agent.deferred = Deferred::None;
    ++agent.session;
    ++agent.pauseGen;
    checkEmptyQueues(wasMember);
}

void ServerSimulation::onPauseStart(int agentIndex, int reason)
{
    Agent& agent = m_agents[std::size_t(agentIndex)];
    if (agent.paused != 0 || agent.deferred != Deferred::None || agent.member == 0)
        return;
    if (agent.call >= 0) {
        // Some press pause during the conversation, most after it; nobody while the phone rings.
        const bool talking = m_calls[std::size_t(agent.call)].state == CallState::Talking;
        if (!talking || !m_random.chance(0.35)) {
            agent.deferred = Deferred::Pause;
            agent.deferredReason = reason;
            return;
        }
    }
    pause(agentIndex, reason);
}

void ServerSimulation::pause(int agentIndex, int reasonIndex)
{
    Agent& agent = m_agents[std::size_t(agentIndex)];
    const PauseReason& reason = m_reasons[std::size_t(reasonIndex)];
    const double style = m_random.uniform();
    if (style < agent.pauseAllShare) {
        // QueuePause without a queue: PAUSEALL, then one PAUSE per queue in the same second.
        write(none(), none(), agent.name, u"PAUSEALL"_s).data[0] = reason.text;
        agent.pausedAll = true;
        agent.paused = agent.member;
    } else if (std::popcount(agent.member) > 1 && style < agent.pauseAllShare + 0.25
               && (reasonIndex == NoReason || reasonIndex == AdminReason || reasonIndex == TechnicalReason)) {
        // Stepping out of one queue is for a task, never for lunch or a break.
        quint64 left = agent.member;
        for (int skip = m_random.index(std::popcount(agent.member)); skip > 0; --skip)
            left &= left - 1;
        agent.paused = left & ~(left - 1);
    } else {
        agent.paused = agent.member;
    }
    for (std::size_t q = 0; q < m_queues.size(); ++q) {
        if (agent.paused & (quint64(1) << q))
            write(none(), m_queues[q].name, agent.name, u"PAUSE"_s).data[0] = reason.text;
    }
    schedule(m_now + m_random.between(reason.minSeconds, reason.maxSeconds), Kind::PauseEnd, agentIndex,
             ++agent.pauseGen);
    checkEmptyQueues(agent.paused);
}

void ServerSimulation::unpause(int agentIndex)
{
    Agent& agent = m_agents[std::size_t(agentIndex)];
    const QString reason = agent.pausedAll && m_random.chance(0.3) ? u"Back"_s : QString();
    if (agent.pausedAll)
        write(none(), none(), agent.name, u"UNPAUSEALL"_s).data[0] = reason;
    for (std::size_t q = 0; q < m_queues.size(); ++q) {
        if (agent.paused & (quint64(1) << q))
            write(none(), m_queues[q].name, agent.name, u"UNPAUSE"_s).data[0] = reason;
    }
    agent.paused = 0;
    agent.pausedAll = false;
    ++agent.pauseGen;
    m_dispatchWanted = true;
}

void ServerSimulation::onAgentAction(int agentIndex)
{
    Agent& agent = m_agents[std::size_t(agentIndex)];
    if (agent.call >= 0 || !agent.loggedIn)
        return;
    const Deferred action = agent.deferred;
    agent.deferred = Deferred::None;
    if (action == Deferred::Pause && agent.paused == 0)
        pause(agentIndex, agent.deferredReason);
    else if (action == Deferred::Logoff)
        logoff(agentIndex);
    m_dispatchWanted = true;
}

void ServerSimulation::onRelogin(int agentIndex)
{
    Agent& agent = m_agents[std::size_t(agentIndex)];
    if (agent.loggedIn || m_now >= agent.shiftEnd - 300)
        return;
    login(agentIndex);
    schedule(agent.shiftEnd, Kind::ShiftEnd, agentIndex, agent.session);
}

// leavewhenempty: callers of a queue nobody can answer any more leave within seconds.
void ServerSimulation::checkEmptyQueues(quint64 queues)
{
    for (std::size_t q = 0; q < m_queues.size(); ++q) {
        if ((queues & (quint64(1) << q)) && !m_queues[q].waiting.empty() && !isStaffed(int(q)))
            schedule(m_now + m_random.between(1, 3), Kind::EmptyCheck, int(q));
    }
}

} // namespace qw
