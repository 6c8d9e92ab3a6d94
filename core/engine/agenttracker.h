#pragma once

#include "pipeline/clusterevent.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QMap>
#include <QSet>
#include <vector>

namespace qw {

// One open pause: its reason and when it was opened or last changed (merged event order).
struct OpenPause
{
    QString reason;
    quint64 stamp = 0;
};

// What one partition (server) holds open for an agent: what A opened only A closes.
struct AgentOnPartition
{
    bool queueless = false; // AGENTLOGIN-style session
    QSet<QString> memberQueues; // ADDMEMBER sessions
    QHash<QString, OpenPause> queuePauses; // PAUSE per queue
    std::optional<OpenPause> allPause; // PAUSEALL

    bool hasSession() const { return queueless || !memberQueues.isEmpty(); }
    bool hasPause() const { return allPause.has_value() || !queuePauses.isEmpty(); }
};

// Time an agent spent logged in and paused inside the accounting period.
struct AgentTime
{
    qint64 loggedIn = 0;
    qint64 paused = 0;
    QMap<QString, qint64> pausedByReason; // only reasons with time
    quint64 partitionMask = 0; // partitions whose sessions or pauses gave that time
};

struct AgentState
{
    std::vector<AgentOnPartition> partitions; // by partition index
    bool loggedIn = false; // at least one session open, on any partition
    bool paused = false; // at least one pause open, on any partition
    QString reason; // of the open pause most recently opened or changed
    qint64 lastChange = 0;
    AgentTime time;
};

// Follows agent sessions and pauses (semantics section 5, fine-print 11-16) and adds up the
// time each agent spent logged in and paused inside [accountFrom, accountTo).
class AgentTracker
{
public:
    // Called whenever an agent's logged-in, paused or reason changes, after the change.
    using ChangeListener = std::function<void(const QString& agent, const AgentState& state, qint64 time)>;

    AgentTracker(int partitionCount, qint64 accountFrom, qint64 accountTo, bool restartEndsMembers);

    void setChangeListener(ChangeListener listener) { m_listener = std::move(listener); }

    // Agent-scope events and QUEUESTART; anything else is ignored.
    void apply(const ClusterEvent& event, quint64 sequence);
    // Counts what is still open up to the end of the accounting period.
    void finish();

    const QHash<QString, AgentState>& agents() const { return m_agents; }

private:
    AgentOnPartition& partitionOf(AgentState& state, int partitionIndex);
    void account(AgentState& state, qint64 time) const;
    void refresh(const QString& name, AgentState& state, qint64 time);
    bool applyToPartition(AgentOnPartition& on, const ClusterEvent& event, quint64 sequence);

    int m_partitionCount;
    qint64 m_accountFrom;
    qint64 m_accountTo;
    bool m_restartEndsMembers;
    QHash<QString, AgentState> m_agents;
    ChangeListener m_listener;
};

} // namespace qw
