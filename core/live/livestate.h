#pragma once

#include "engine/agenttracker.h"
#include "engine/calltracker.h"
#include "engine/membersplit.h"
#include "live/dayhistory.h"
#include "live/livesnapshot.h"
#include "pipeline/cluster.h"
#include "sources/sourcespec.h"

#include <QHash>
#include <QSet>
#include <queue>
#include <vector>

namespace qw {

// The live view computed by the same trackers as reports, incrementally: apply() costs in
// proportion to the events applied, snapshot() to what is open now, never to the whole day.
// Feed it events in merged order: agent events from 24 h before the window start, everything
// from the window start on.
class LiveState : private CallObserver
{
public:
    static constexpr qint64 StaleWaiting = 1000; // a caller waiting this long leaves the view
    static constexpr qint64 StaleTalking = 14500; // a call talking this long leaves the view
    static constexpr qint64 AgentLookBack = 86400;

    LiveState(const SourceSpec& spec, qint64 windowStart, qint64 slThreshold = 20, bool restartEndsMembers = false,
              const QList<StaticMember>& staticMembers = {});

    qint64 windowStart() const { return m_windowStart; }
    qint64 readFrom() const { return m_windowStart - AgentLookBack; }

    void apply(const ClusterEvent& event);
    // The state at `at` (at or after the newest event applied). Moves the clock forward.
    LiveSnapshot snapshot(qint64 at);

private:
    struct AgentLive
    {
        LiveSnapshot::AgentState word = LiveSnapshot::AgentState::LoggedOff;
        qint64 since = std::numeric_limits<qint64>::min();
        int activeCalls = 0; // talking stints still shown
        bool named = false; // by an event of the window
        quint64 windowPartitions = 0;
        QSet<QString> windowQueues;
    };
    struct TalkingStint
    {
        QString agent;
        qint64 connect = 0;
        bool shown = true; // false once stale protection hid it
    };
    // Stale protection (semantics 7): a caller waiting StaleWaiting, or a call talking
    // StaleTalking, leaves the view then. One queue of due times for both, in time order.
    struct Expiry
    {
        qint64 at;
        StintKey key;
        bool talking; // else waiting
        bool operator>(const Expiry& other) const { return at > other.at; }
    };
    void stintOpened(const StintKey& key, const OpenStint& stint) override;
    void stintConnected(const StintKey& key, const OpenStint& stint) override;
    void stintClosed(const StintKey& key, const OpenStint& stint, const CallRecord& record) override;
    void stintLost(const StintKey& key, const OpenStint& stint) override;

    void advanceTo(qint64 time);
    void endTalking(const StintKey& key);
    void endWaiting(const StintKey& key, qint64 time);
    void expire(const Expiry& expiry);
    void updateWord(const QString& agent, qint64 time);
    LiveSnapshot::AgentState wordOf(const QString& agent) const;

    struct Static
    {
        quint64 partitionMask = 0;
        QSet<QString> queues;
    };
    using LineKey = std::pair<int, QString>; // partition index, queue
    void joinLine(const StintKey& key, const OpenStint& stint);
    void leaveLine(const StintKey& key);

    qint64 m_windowStart;
    qint64 m_slThreshold;
    QStringList m_partitions;
    CallTracker m_calls;
    AgentTracker m_agents;
    quint64 m_sequence = 0;
    qint64 m_clock; // newest time seen: stale protection follows it
    QHash<QString, AgentLive> m_live;
    QHash<StintKey, TalkingStint> m_talking;
    std::priority_queue<Expiry, std::vector<Expiry>, std::greater<>> m_expiries;
    // Callers counted as waiting in the day history, by the time they entered.
    QHash<StintKey, qint64> m_waitingSince;
    // The callers waiting in each queue of each server, in their order in line: Asterisk puts a
    // caller at the position it logs and moves those behind it down; one who leaves moves them up.
    QHash<LineKey, QStringList> m_lines;
    QHash<QString, Static> m_static; // members of queues.conf, by agent
    std::vector<MemberSplit> m_memberSplits; // by partition
    QHash<QString, quint64> m_windowQueues; // queue -> partitions whose window events named it
    QHash<QString, KpiTally> m_today;
    QHash<QString, qint64> m_answeredToday; // by agent
    DayHistory m_history;
};

} // namespace qw
