#include "generation/serversimulation.h"

#include "generation/callcentregenerator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// Share of a day's calls per local hour: quiet night, morning ramp, lunch dip, afternoon peak.
constexpr std::array<double, 24> HourlyShape = {0.15, 0.10, 0.08, 0.07, 0.07, 0.10, 0.25, 0.60, 1.20, 1.80, 2.00, 1.90,
                                                1.50, 1.40, 1.70, 1.80, 1.60, 1.20, 0.80, 0.55, 0.40, 0.30, 0.25, 0.20};

const QString& none()
{
    static const QString value = u"NONE"_s;
    return value;
}
} // namespace

ServerSimulation::ServerSimulation(const GeneratorConfig& config, int index)
    : m_config(config)
    , m_random(SimRandom::mix(config.seed ^ SimRandom::mix(quint64(index) + 1)))
    , m_partition(config.partitions.at(index))
    , m_firstAgentNumber(101 + index * std::max(0, config.agentNumberStep))
{
    if (config.systemNamePrefix)
        m_idPrefix = u"pbx-"_s + m_partition.toLower() + u'-';
    m_now = config.from;
    m_arrivalClock = double(config.from);

    // Real queues differ: ring timeouts of 12 or 15 s, some with longer conversations.
    constexpr std::array<int, 4> RingTimeouts = {15, 12, 15, 20};
    constexpr std::array<double, 4> TalkFactors = {1.0, 1.3, 0.85, 1.1};
    const qsizetype queueCount = std::min<qsizetype>(config.queues.size(), 64);
    for (qsizetype q = 0; q < queueCount; ++q) {
        Queue queue;
        queue.name = config.queues.at(q);
        queue.ringTimeoutSeconds = RingTimeouts[std::size_t(q) % RingTimeouts.size()];
        queue.talkFactor = TalkFactors[std::size_t(q) % TalkFactors.size()];
        queue.weight = 1.0 / double(q + 1);
        m_queueWeightTotal += queue.weight;
        m_queues.push_back(std::move(queue));
    }
    m_reasons = {{u"Lunch"_s, 1800, 3600},         {u"Break"_s, 600, 1200}, {QString(), 60, 360},
                 {u"Coaching"_s, 900, 2400},       {u"Admin"_s, 300, 1200}, {u"Meeting"_s, 1200, 2700},
                 {u"Technical issue"_s, 120, 600}, {u"Toilet"_s, 120, 360}};

    if (config.to <= config.from || config.partitions.isEmpty())
        return;
    write(none(), none(), none(), u"QUEUESTART"_s);
    setUpAgents();

    const double shapeSum = std::accumulate(HourlyShape.begin(), HourlyShape.end(), 0.0);
    const double peakShape = *std::max_element(HourlyShape.begin(), HourlyShape.end());
    if (config.callsPerDayPerPartition > 0 && !m_queues.empty()) {
        m_peakRate = double(config.callsPerDayPerPartition) * peakShape / (shapeSum * 3600.0);
        scheduleNextArrival();
    }
    if (config.meanTalkSeconds > 0) {
        m_meanTalkSeconds = double(config.meanTalkSeconds);
    } else if (m_peakRate > 0) {
        // Any calls-per-day and roster give a plausible centre: neither idle agents nor mass abandons.
        const int onDuty = agentsOnDutyAt(10 * 60 + 30);
        if (onDuty > 0)
            m_meanTalkSeconds = std::clamp(m_config.peakOccupancy * double(onDuty) / m_peakRate, 20.0, 600.0);
    }
    scheduleNextRestart();
    if (config.configReloadsPerDay > 0)
        schedule(m_now + qint64(m_random.exponential(86400.0 / config.configReloadsPerDay)), Kind::ConfigReload);
}

bool ServerSimulation::ensureLine()
{
    while (m_out.empty()) {
        if (m_pending.empty() || m_pending.top().time >= m_config.to)
            return false;
        const Pending event = m_pending.top();
        m_pending.pop();
        m_now = event.time;
        handle(event);
        if (m_dispatchWanted && !m_down)
            dispatch();
    }
    return true;
}

void ServerSimulation::take(QueueLogEvent& event)
{
    event = std::move(m_out.front());
    m_out.pop_front();
}

void ServerSimulation::schedule(qint64 time, Kind kind, qint32 target, quint32 gen, qint32 arg)
{
    if (time >= m_config.to)
        return; // never happens within the period: keeps the heap small near the end
    m_pending.push(Pending {time, m_eventSeq++, target, gen, arg, kind});
}

QueueLogEvent& ServerSimulation::write(const QString& callId, const QString& queue, const QString& agent,
                                       const QString& verb)
{
    QueueLogEvent& event = m_out.emplace_back();
    event.partition = m_partition;
    event.time = m_now;
    event.callId = callId;
    event.queue = queue;
    event.agent = agent;
    event.verb = verb;
    event.order = ++m_lines;
    return event;
}

// Asterisk names each channel "<creation epoch>.<counter>"; calls use Local channel pairs, so
// the counter moves by two per call leg, as in the real files.
QString ServerSimulation::newUniqueId()
{
    const int seq = m_uniqueSeq;
    m_uniqueSeq += 2;
    return m_idPrefix + QString::number(m_now) + u'.' + QString::number(seq);
}

void ServerSimulation::handle(const Pending& event)
{
    const int target = event.target;
    switch (event.kind) {
    case Kind::ShiftStart:
    case Kind::ShiftEnd:
    case Kind::PauseStart:
    case Kind::PauseEnd:
    case Kind::AgentAction:
    case Kind::Relogin:
        if (m_down) { // nobody can log in or pause on a server that is down: try again when it is back
            schedule(m_upAt + m_random.between(1, 30), event.kind, target, event.gen, event.arg);
            return;
        }
        break;
    default:
        break;
    }

    switch (event.kind) {
    case Kind::Arrival:
        onArrival();
        break;
    case Kind::Enter:
        if (m_calls[std::size_t(target)].gen == event.gen && m_calls[std::size_t(target)].state == CallState::PreQueue)
            enterQueue(target, m_calls[std::size_t(target)].queue);
        break;
    case Kind::GiveUp:
        if (m_calls[std::size_t(target)].gen == event.gen)
            onGiveUp(target);
        break;
    case Kind::RingEnd:
        if (m_calls[std::size_t(target)].gen == event.gen && m_calls[std::size_t(target)].state == CallState::Ringing)
            onRingEnd(target, event.arg != 0);
        break;
    case Kind::TalkEnd:
        if (m_calls[std::size_t(target)].gen == event.gen && m_calls[std::size_t(target)].state == CallState::Talking)
            onTalkEnd(target);
        break;
    case Kind::Retry:
    case Kind::AgentFree:
        m_dispatchWanted = true;
        break;
    case Kind::ShiftStart:
        onShiftStart(target, event.arg);
        break;
    case Kind::ShiftEnd: {
        Agent& agent = m_agents[std::size_t(target)];
        if (agent.session != event.gen || !agent.loggedIn)
            break;
        if (agent.call >= 0)
            agent.deferred = Deferred::Logoff; // finish the call first
        else
            logoff(target);
        break;
    }
    case Kind::PauseStart:
        if (m_agents[std::size_t(target)].session == event.gen && m_agents[std::size_t(target)].loggedIn)
            onPauseStart(target, event.arg);
        break;
    case Kind::PauseEnd: {
        const Agent& agent = m_agents[std::size_t(target)];
        if (agent.pauseGen == event.gen && agent.loggedIn && agent.paused != 0)
            unpause(target);
        break;
    }
    case Kind::AgentAction:
        if (m_agents[std::size_t(target)].session == event.gen)
            onAgentAction(target);
        break;
    case Kind::Relogin:
        if (m_agents[std::size_t(target)].session == event.gen)
            onRelogin(target);
        break;
    case Kind::Restart:
        scheduleNextRestart();
        if (!m_down)
            onRestart(m_random.chance(0.5));
        break;
    case Kind::ServerUp:
        onServerUp();
        break;
    case Kind::ConfigReload:
        schedule(m_now + qint64(m_random.exponential(86400.0 / m_config.configReloadsPerDay)) + 1, Kind::ConfigReload);
        if (!m_down)
            write(none(), none(), none(), u"CONFIGRELOAD"_s);
        break;
    case Kind::EmptyCheck:
        if (!m_down)
            onEmptyCheck(target);
        break;
    }
}

// --- The server --------------------------------------------------------------------------------

double ServerSimulation::shapeAt(qint64 time) const
{
    // Linear between the middles of the hours, so the rate has no steps on the hour.
    const qint64 secondOfDay = ((time + m_config.utcOffsetSeconds) % 86400 + 86400) % 86400;
    const double hour = double(secondOfDay) / 3600.0 - 0.5;
    const double floorHour = std::floor(hour);
    const int h0 = (int(floorHour) + 24) % 24;
    const int h1 = (h0 + 1) % 24;
    const double fraction = hour - floorHour;
    return HourlyShape[std::size_t(h0)] + (HourlyShape[std::size_t(h1)] - HourlyShape[std::size_t(h0)]) * fraction;
}

// Callers arrive as a Poisson process whose rate follows the daily curve (thinning: candidates
// at the peak rate, each kept with the curve's share of the peak).
void ServerSimulation::scheduleNextArrival()
{
    const double peakShape = *std::max_element(HourlyShape.begin(), HourlyShape.end());
    double clock = m_arrivalClock;
    do {
        clock += m_random.exponential(1.0 / m_peakRate);
        if (clock >= double(m_config.to))
            return;
    } while (m_random.uniform() * peakShape > shapeAt(qint64(clock)));
    m_arrivalClock = clock;
    schedule(qint64(clock), Kind::Arrival);
}

void ServerSimulation::scheduleNextRestart()
{
    if (m_config.restartsPerDay <= 0)
        return;
    schedule(m_now + 60 + qint64(m_random.exponential(86400.0 / m_config.restartsPerDay)), Kind::Restart);
}

// A clean restart hangs every channel up first, so app_queue writes closing lines; a crash
// writes nothing, and Asterisk forgets its calls either way. Dynamic members come back
// without any line (persistent members); AGENTLOGIN sessions are gone.
void ServerSimulation::onRestart(bool clean)
{
    if (clean) {
        for (std::size_t slot = 0; slot < m_calls.size(); ++slot) {
            Call& call = m_calls[slot];
            if (call.state == CallState::Waiting) {
                leaveQueue(int(slot), Exit::Abandon);
            } else if (call.state == CallState::Ringing) {
                const Agent& agent = m_agents[std::size_t(call.agent)];
                write(call.callId, m_queues[std::size_t(call.queue)].name, agent.name, u"RINGCANCELED"_s).data[0]
                    = QString::number((m_now - call.ringStart) * 1000 + m_random.between(1, 999));
                leaveQueue(int(slot), Exit::Abandon);
            } else if (call.state == CallState::Talking) {
                QueueLogEvent& line = write(call.callId, m_queues[std::size_t(call.queue)].name,
                                            m_agents[std::size_t(call.agent)].name, u"COMPLETECALLER"_s);
                line.data[0] = QString::number(call.connectTime - call.enterTime);
                line.data[1] = QString::number(m_now - call.connectTime);
                line.data[2] = QString::number(call.origPosition);
            }
        }
        for (const Agent& agent : m_agents) {
            if (agent.usesAgentLogin && agent.loggedIn) {
                QueueLogEvent& line = write(agent.loginUniqueId, none(), agent.name, u"AGENTLOGOFF"_s);
                line.data[0] = agent.loginChannel;
                line.data[1] = QString::number(m_now - agent.loginTime);
            }
        }
    }

    m_down = true;
    m_upAt = m_now + (clean ? m_random.between(3, 15) : m_random.between(5, 40));
    for (std::size_t slot = 0; slot < m_calls.size(); ++slot) {
        if (m_calls[slot].state != CallState::Free)
            freeCall(int(slot));
    }
    for (Queue& queue : m_queues)
        queue.waiting.clear();
    for (std::size_t index = 0; index < m_agents.size(); ++index) {
        Agent& agent = m_agents[index];
        agent.call = -1;
        agent.availableAt = m_upAt;
        if (agent.usesAgentLogin) {
            // Static members come back unpaused; the agent logs in again if the shift goes on.
            const bool wasLoggedIn = agent.loggedIn;
            agent.loggedIn = false;
            agent.paused = 0;
            agent.pausedAll = false;
            agent.deferred = Deferred::None;
            ++agent.session;
            ++agent.pauseGen;
            if (wasLoggedIn)
                schedule(m_upAt + m_random.between(30, 300), Kind::Relogin, int(index), agent.session);
        } else if (agent.deferred != Deferred::None) {
            schedule(m_upAt + m_random.between(5, 60), Kind::AgentAction, int(index), agent.session);
        }
    }
    schedule(m_upAt, Kind::ServerUp);
}

void ServerSimulation::onServerUp()
{
    m_down = false;
    m_uniqueSeq = 0;
    write(none(), none(), none(), u"QUEUESTART"_s);
    m_dispatchWanted = true;
}

} // namespace qw
