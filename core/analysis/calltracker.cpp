#include "analysis/calltracker.h"

#include <QHashFunctions>

namespace qw {

namespace {
// COMPLETE* data1/data2 count only as plain digit strings ("007" is 7; signs, spaces,
// decimals or emptiness are not numbers here, fine-print 7).
std::optional<qint64> plainSeconds(const QString& text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<CallOutcome> unansweredOutcome(Verb verb)
{
    switch (verb) {
    case Verb::Abandon:
        return CallOutcome::Abandon;
    case Verb::ExitWithTimeout:
        return CallOutcome::Timeout;
    case Verb::ExitEmpty:
        return CallOutcome::ExitEmpty;
    case Verb::ExitWithKey:
        return CallOutcome::ExitWithKey;
    case Verb::SysCompat:
    case Verb::Withdraw:
        return CallOutcome::Other;
    default:
        return std::nullopt;
    }
}

bool isAnsweredEnd(Verb verb)
{
    return verb == Verb::CompleteCaller || verb == Verb::CompleteAgent || verb == Verb::Transfer
        || verb == Verb::BlindTransfer || verb == Verb::AttendedTransfer;
}

bool isTransfer(Verb verb)
{
    return verb == Verb::Transfer || verb == Verb::BlindTransfer || verb == Verb::AttendedTransfer;
}

CallRecord recordOf(const StintKey& key, const OpenStint& stint)
{
    CallRecord record;
    record.partitionIndex = key.partitionIndex;
    record.callId = key.callId;
    record.queue = key.queue;
    record.enter = stint.enter;
    record.ringNoAnswer = stint.ringNoAnswer;
    record.caller = stint.caller;
    record.sequence = stint.sequence;
    return record;
}

QString agentOrNone(const QString& agent)
{
    return isAgent(agent) ? agent : QString();
}
} // namespace

size_t qHash(const StintKey& key, size_t seed)
{
    return qHashMulti(seed, key.partitionIndex, key.callId, key.queue);
}

const char* outcomeName(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Answered:
        return "answered";
    case CallOutcome::Abandon:
        return "abandon";
    case CallOutcome::Timeout:
        return "timeout";
    case CallOutcome::ExitEmpty:
        return "exitempty";
    case CallOutcome::ExitWithKey:
        return "exitwithkey";
    case CallOutcome::Other:
        return "other";
    }
    return "other";
}

CallTracker::CallTracker(qint64 enterFrom, qint64 enterTo, CallObserver& observer)
    : m_enterFrom(enterFrom)
    , m_enterTo(enterTo)
    , m_observer(observer)
{ }

void CallTracker::emitClosed(const StintKey& key, const OpenStint& stint, CallRecord& record)
{
    m_observer.stintClosed(key, stint, record);
}

void CallTracker::closeByInterruption(QHash<StintKey, OpenStint>::iterator it, qint64 time)
{
    // A restart or a second ENTERQUEUE (fine-print 6): talking -> answered, its talk ending
    // here; waiting -> unanswered "other".
    const OpenStint& stint = it.value();
    CallRecord record = recordOf(it.key(), stint);
    if (stint.isTalking()) {
        record.outcome = CallOutcome::Answered;
        record.wait = stint.connect - stint.enter;
        record.talk = time - stint.connect;
        record.agent = agentOrNone(stint.connectAgent);
    } else {
        record.outcome = CallOutcome::Other;
        record.wait = time - stint.enter;
    }
    emitClosed(it.key(), stint, record);
}

void CallTracker::close(QHash<StintKey, OpenStint>::iterator it, const ClusterEvent& end)
{
    const OpenStint& stint = it.value();
    const QueueLogEvent& e = end.event;
    CallRecord record = recordOf(it.key(), stint);
    if (const auto cause = unansweredOutcome(end.verb)) {
        record.outcome = *cause; // the end verb alone decides, even after a CONNECT
        record.wait = e.time - stint.enter;
    } else {
        record.outcome = CallOutcome::Answered;
        record.transferred = isTransfer(end.verb);
        const auto heldFor = plainSeconds(e.data1());
        const auto talkedFor = plainSeconds(e.data2());
        if (stint.isTalking()) {
            record.wait = stint.connect - stint.enter;
            record.talk = e.time - stint.connect;
            record.agent = agentOrNone(stint.connectAgent);
        } else if ((end.verb == Verb::CompleteCaller || end.verb == Verb::CompleteAgent) && heldFor && talkedFor) {
            // No CONNECT seen: Asterisk's own hold and call times, and the COMPLETE's agent.
            record.wait = *heldFor;
            record.talk = *talkedFor;
            record.agent = agentOrNone(e.agent);
        } else {
            record.wait = e.time - stint.enter;
        }
    }
    emitClosed(it.key(), stint, record);
    m_open.erase(it);
}

void CallTracker::restartPartition(int partitionIndex, qint64 time)
{
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (it.key().partitionIndex != partitionIndex) {
            ++it;
            continue;
        }
        if (time - it.value().enter > Horizon)
            m_observer.stintLost(it.key(), it.value());
        else
            closeByInterruption(it, time);
        it = m_open.erase(it);
    }
}

void CallTracker::apply(const ClusterEvent& event, quint64 sequence)
{
    const QueueLogEvent& e = event.event;
    if (event.verb == Verb::QueueStart) {
        restartPartition(event.partitionIndex, e.time);
        return;
    }

    StintKey key {event.partitionIndex, e.callId, e.queue};
    auto it = m_open.find(key);
    if (it != m_open.end() && e.time - it.value().enter > Horizon) {
        // Past the horizon: the stint is lost and this event acts as if none were open.
        m_observer.stintLost(it.key(), it.value());
        m_open.erase(it);
        it = m_open.end();
    }

    if (event.verb == Verb::EnterQueue) {
        if (it != m_open.end()) {
            closeByInterruption(it, e.time);
            m_open.erase(it);
        }
        if (e.time < m_enterFrom || e.time >= m_enterTo)
            return;
        OpenStint stint;
        stint.enter = e.time;
        stint.caller = e.data2();
        stint.position = e.data3();
        stint.sequence = sequence;
        const auto inserted = m_open.insert(std::move(key), std::move(stint));
        m_observer.stintOpened(inserted.key(), inserted.value());
        return;
    }
    if (it == m_open.end())
        return; // its ENTERQUEUE is not in the data read: no call figures

    switch (event.verb) {
    case Verb::Connect:
        if (!it.value().isTalking()) {
            it.value().connect = e.time;
            it.value().connectAgent = e.agent;
            m_observer.stintConnected(it.key(), it.value());
        }
        break;
    case Verb::RingNoAnswer:
        ++it.value().ringNoAnswer;
        break;
    default:
        if (isAnsweredEnd(event.verb) || unansweredOutcome(event.verb))
            close(it, event);
        break;
    }
}

} // namespace qw
