#pragma once

#include "engine/kpitally.h"
#include "live/dayhistory.h"
#include "live/serverpicture.h"

#include <optional>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>

namespace qw {

// The live state of the call centre at one moment (semantics section 7): an immutable value
// handed from the engine to models and views.
struct LiveSnapshot
{
    enum class AgentState : quint8
    {
        LoggedOff,
        Free,
        Paused,
        Talking
    };

    struct WaitingCall
    {
        int partitionIndex = 0;
        QString callId;
        QString queue;
        qint64 since = 0;
        QString caller;
        std::optional<qint64> position; // where it entered the line, as Asterisk logged it
        std::optional<qint64> place; // where it is in line now (callers ahead who left moved it up)
    };
    struct TalkingCall
    {
        int partitionIndex = 0;
        QString callId;
        QString queue;
        QString agent; // empty when the CONNECT named no agent
        qint64 since = 0;
    };
    struct Agent
    {
        AgentState state = AgentState::LoggedOff;
        QString pauseReason; // only in state Paused
        qint64 since = 0;
        QStringList queues;
        quint64 partitionMask = 0;
        qint64 answeredToday = 0; // calls answered since the window start
        // From the servers' manager interfaces, where they are connected (see mergeManagers):
        DeviceState device = DeviceState::Unknown; // its phone: ringing, unavailable, ...
        quint64 managedMask = 0; // the servers whose manager reported it as a member
    };
    struct Queue
    {
        int waiting = 0;
        std::optional<qint64> longestWait;
        int talking = 0;
        int loggedIn = 0;
        int free = 0;
        int paused = 0;
        KpiTally today; // stints entered since the window start that have ended
        quint64 partitionMask = 0; // the servers whose events or agents make up its figures
    };

    qint64 at = 0;
    qint64 windowStart = 0;
    QStringList partitions; // in spec order
    QList<WaitingCall> waiting;
    QList<TalkingCall> talking;
    QMap<QString, Agent> agents;
    QMap<QString, Queue> queues;
    QMap<QString, QList<HistoryPoint>> history; // by queue; "" is the whole centre
    // Partitions whose log names queue members two ways (see MemberSplit), with a few of the
    // interfaces seen; empty when none does.
    QMap<int, QStringList> memberSplit;
    quint64 managedPartitions = 0; // servers whose member list comes from their manager interface
    qint64 historyInterval = DayHistory::DefaultInterval; // seconds each history point covers

    QStringList partitionNames(quint64 mask) const;
    // Counts `agent` in each queue it lists: logged in, and free or paused (the one rule of a
    // queue's member counts, whichever source the agent's state came from).
    void countInQueues(const Agent& agent);
};

const char* agentStateName(LiveSnapshot::AgentState state); // "free", "paused", "talking", "logged_off"

} // namespace qw

Q_DECLARE_METATYPE(qw::LiveSnapshot)
