#include "engine/calltracker.h"

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

void CallTracker::forEachOpen(const std::function<void(const StintKey&, const OpenStint&)>& visit) const
{
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        for (const Entry& entry : it.value())
            visit(keyOf(it.key(), entry), entry.stint);
    }
}

void CallTracker::remove(QHash<QString, Entries>::iterator it, qsizetype index)
{
    it->remove(index);
    --m_openCount;
    if (it->isEmpty())
        m_open.erase(it);
}

void CallTracker::closeByInterruption(const QString& callId, const Entry& entry, qint64 time)
{
    // A restart or a second ENTERQUEUE (fine-print 6): talking -> answered, its talk ending
    // here; waiting -> unanswered "other".
    const OpenStint& stint = entry.stint;
    const StintKey key = keyOf(callId, entry);
    CallRecord record = recordOf(key, stint);
    if (stint.isTalking()) {
        record.outcome = CallOutcome::Answered;
        record.wait = stint.connect - stint.enter;
        record.talk = time - stint.connect;
        record.agent = agentOrNone(stint.connectAgent);
    } else {
        record.outcome = CallOutcome::Other;
        record.wait = time - stint.enter;
    }
    m_observer.stintClosed(key, stint, record);
}

void CallTracker::close(const QString& callId, Entry& entry, const ClusterEvent& end)
{
    const OpenStint& stint = entry.stint;
    const QueueLogEvent& e = end.event;
    const StintKey key = keyOf(callId, entry);
    CallRecord record = recordOf(key, stint);
    if (const auto cause = unansweredOutcome(end.verb)) {
        record.outcome = *cause; // the end verb alone decides, even after a CONNECT
        record.wait = e.time - stint.enter;
    } else {
        record.outcome = CallOutcome::Answered;
        record.transferred = isTransfer(end.verb);
        const bool complete = end.verb == Verb::CompleteCaller || end.verb == Verb::CompleteAgent;
        // Asterisk's own times are read only when they are needed: no CONNECT was seen.
        std::optional<qint64> heldFor;
        std::optional<qint64> talkedFor;
        if (!stint.isTalking() && complete) {
            heldFor = plainSeconds(e.data1());
            talkedFor = plainSeconds(e.data2());
        }
        if (stint.isTalking()) {
            record.wait = stint.connect - stint.enter;
            record.talk = e.time - stint.connect;
            record.agent = agentOrNone(stint.connectAgent);
        } else if (heldFor && talkedFor) {
            // No CONNECT seen: Asterisk's own hold and call times, and the COMPLETE's agent.
            record.wait = *heldFor;
            record.talk = *talkedFor;
            record.agent = agentOrNone(e.agent);
        } else {
            record.wait = e.time - stint.enter;
            // Unusable times fall back like other ends, but the COMPLETE still names who took
            // the call (semantics 5; see docs/decisions.md).
            if (complete)
                record.agent = agentOrNone(e.agent);
        }
    }
    m_observer.stintClosed(key, stint, record);
}

void CallTracker::restartPartition(int partitionIndex, qint64 time)
{
    for (auto it = m_open.begin(); it != m_open.end();) {
        Entries& entries = it.value();
        for (qsizetype i = 0; i < entries.size();) {
            const Entry& entry = entries[i];
            if (entry.partitionIndex != partitionIndex) {
                ++i;
                continue;
            }
            if (time - entry.stint.enter > Horizon)
                m_observer.stintLost(keyOf(it.key(), entry), entry.stint);
            else
                closeByInterruption(it.key(), entry, time);
            entries.remove(i);
            --m_openCount;
        }
        it = entries.isEmpty() ? m_open.erase(it) : std::next(it);
    }
}

void CallTracker::apply(const ClusterEvent& event, quint64 sequence)
{
    const QueueLogEvent& e = event.event;
    if (event.verb == Verb::QueueStart) {
        restartPartition(event.partitionIndex, e.time);
        return;
    }

    auto bucket = m_open.find(e.callId);
    qsizetype index = -1;
    if (bucket != m_open.end()) {
        for (qsizetype i = 0; i < bucket->size(); ++i) {
            const Entry& entry = bucket->at(i);
            if (entry.partitionIndex == event.partitionIndex && entry.queue == e.queue) {
                index = i;
                break;
            }
        }
    }
    if (index >= 0 && e.time - bucket->at(index).stint.enter > Horizon) {
        // Past the horizon: the stint is lost and this event acts as if none were open.
        m_observer.stintLost(keyOf(bucket.key(), bucket->at(index)), bucket->at(index).stint);
        remove(bucket, index);
        index = -1;
        bucket = m_open.find(e.callId);
    }

    if (event.verb == Verb::EnterQueue) {
        if (index >= 0) {
            closeByInterruption(bucket.key(), bucket->at(index), e.time);
            remove(bucket, index);
        }
        if (e.time < m_enterFrom || e.time >= m_enterTo)
            return;
        Entry entry {event.partitionIndex, e.queue, OpenStint {}};
        entry.stint.enter = e.time;
        entry.stint.caller = e.data2();
        entry.stint.position = e.data3();
        entry.stint.sequence = sequence;
        Entries& entries = m_open[e.callId];
        entries.append(std::move(entry));
        ++m_openCount;
        m_observer.stintOpened(StintKey {event.partitionIndex, e.callId, e.queue}, entries.last().stint);
        return;
    }
    if (index < 0)
        return; // its ENTERQUEUE is not in the data read: no call figures

    Entry& entry = (*bucket)[index];
    switch (event.verb) {
    case Verb::Connect:
        if (!entry.stint.isTalking()) {
            entry.stint.connect = e.time;
            entry.stint.connectAgent = e.agent;
            m_observer.stintConnected(keyOf(bucket.key(), entry), entry.stint);
        }
        break;
    case Verb::RingNoAnswer:
        ++entry.stint.ringNoAnswer;
        break;
    default:
        if (isAnsweredEnd(event.verb) || unansweredOutcome(event.verb)) {
            close(bucket.key(), entry, event);
            remove(bucket, index);
        }
        break;
    }
}

} // namespace qw
