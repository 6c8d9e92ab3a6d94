#pragma once

#include "events/queuelogevent.h"
#include "generation/simrandom.h"

#include <deque>
#include <QString>
#include <queue>
#include <vector>

namespace qw {

struct GeneratorConfig;

// One simulated Asterisk server: callers, queues and agents, as a discrete-event simulation
// that writes the queue_log lines app_queue would write, in the order it would write them.
// Internal to the generator; CallCentreGenerator merges several of these.
class ServerSimulation
{
public:
    ServerSimulation(const GeneratorConfig& config, int index);

    // Simulates until this server has a line to give; false once it has reached `to`.
    bool ensureLine();
    const QueueLogEvent& peek() const { return m_out.front(); }
    void take(QueueLogEvent& event);

private:
    enum class Kind : quint8
    {
        Arrival, // a caller's channel is created (IVR first, then the queue)
        Enter,
        GiveUp,
        RingEnd,
        Retry,
        TalkEnd,
        AgentFree,
        ShiftStart,
        ShiftEnd,
        PauseStart,
        PauseEnd,
        AgentAction, // what an agent put off until the end of a call
        Relogin, // an AGENTLOGIN-style agent back after a crash
        Restart,
        ServerUp,
        ConfigReload,
        EmptyCheck,
    };
    struct Pending
    {
        qint64 time = 0;
        quint64 seq = 0; // FIFO within a second, which keeps the lines in the order they were caused
        qint32 target = 0; // call slot, agent or queue index
        quint32 gen = 0; // the target's generation when scheduled: older events are stale
        qint32 arg = 0;
        Kind kind = Kind::Arrival;
    };
    struct Later
    {
        bool operator()(const Pending& a, const Pending& b) const
        {
            return a.time != b.time ? a.time > b.time : a.seq > b.seq;
        }
    };

    enum class CallState : quint8
    {
        Free,
        PreQueue,
        Waiting,
        Ringing,
        Talking
    };
    enum class Exit : quint8
    {
        Abandon,
        Timeout,
        Key,
        Empty
    };
    struct Call
    {
        CallState state = CallState::Free;
        Exit exit = Exit::Abandon;
        bool exitDue = false; // a timeout or key press came while ringing: it happens when the ring ends
        bool transferred = false;
        quint32 gen = 0; // bumped when the slot is freed and when the call enters a queue
        int queue = 0;
        int agent = -1;
        int origPosition = 0;
        qint64 enterTime = 0;
        qint64 ringStart = 0;
        qint64 connectTime = 0;
        qint64 retryAt = 0;
        QString callId;
        QString callerNumber;
        QString memberUniqueId;
    };
    enum class Deferred : quint8
    {
        None,
        Pause,
        Logoff
    };
    struct Agent
    {
        QString name;
        QString extension;
        QString loginUniqueId;
        QString loginChannel;
        quint64 skills = 0; // queues this agent works in
        quint64 member = 0; // queues it is a member of now
        quint64 paused = 0;
        bool usesAgentLogin = false;
        bool loggedIn = false;
        bool pausedAll = false; // a PAUSEALL is open
        Deferred deferred = Deferred::None;
        int deferredReason = 0;
        int call = -1; // ringing or talking
        int shiftStartMinute = 0; // local time
        int shiftMinutes = 0;
        double pauseAllShare = 0.5;
        quint32 session = 0; // bumped at login and logoff
        quint32 pauseGen = 0; // bumped at pause and unpause
        qint64 availableAt = 0;
        qint64 lastCallEnd = 0;
        qint64 loginTime = 0;
        qint64 shiftEnd = 0;
    };
    struct Queue
    {
        QString name;
        std::vector<int> waiting; // call slots in queue order, ringing ones included
        int ringTimeoutSeconds = 15;
        double talkFactor = 1.0;
        double weight = 1.0;
    };
    struct PauseReason
    {
        QString text;
        int minSeconds = 0;
        int maxSeconds = 0;
    };

    void schedule(qint64 time, Kind kind, qint32 target = 0, quint32 gen = 0, qint32 arg = 0);
    void handle(const Pending& event);
    QueueLogEvent& write(const QString& callId, const QString& queue, const QString& agent, const QString& verb);
    QString newUniqueId();

    // Server (serversimulation.cpp)
    void scheduleNextArrival();
    void scheduleNextRestart();
    void onRestart(bool clean);
    void onServerUp();
    double shapeAt(qint64 time) const;

    // Calls (servercalls.cpp)
    void onArrival();
    void enterQueue(int slot, int queue);
    void onGiveUp(int slot);
    void leaveQueue(int slot, Exit exit);
    void dispatch();
    void startRing(int slot, int agent);
    void onRingEnd(int slot, bool answered);
    void onTalkEnd(int slot);
    void releaseAgent(int agent, bool afterTalk);
    int allocateCall();
    void freeCall(int slot);
    void removeFromQueue(int slot);
    int positionOf(int slot) const;
    bool isStaffed(int queue) const;
    void onEmptyCheck(int queue);

    // Agents (serveragents.cpp)
    void setUpAgents();
    int agentsOnDutyAt(int localMinute) const;
    void scheduleShift(int agent, qint64 day, qint64 notBefore);
    void onShiftStart(int agent, qint64 day);
    void login(int agent);
    void logoff(int agent);
    void pause(int agent, int reason);
    void unpause(int agent);
    void onPauseStart(int agent, int reason);
    void onAgentAction(int agent);
    void onRelogin(int agent);
    void checkEmptyQueues(quint64 queues);
    qint64 localDayStart(qint64 day) const;
    qint64 localDay(qint64 time) const;

    const GeneratorConfig& m_config;
    SimRandom m_random;
    QString m_partition;
    int m_firstAgentNumber = 101;
    QString m_idPrefix;
    qint64 m_now = 0;
    qint64 m_lines = 0;
    quint64 m_eventSeq = 0;
    int m_uniqueSeq = 0; // Asterisk's channel counter: restarts at 0 with Asterisk
    int m_channelCounter = 0;
    bool m_down = false;
    bool m_dispatchWanted = false;
    qint64 m_upAt = 0;
    double m_arrivalClock = 0;
    double m_peakRate = 0; // calls per second at the busiest moment of the day
    double m_queueWeightTotal = 0;
    double m_meanTalkSeconds = 120;
    std::priority_queue<Pending, std::vector<Pending>, Later> m_pending;
    std::vector<Call> m_calls;
    std::vector<int> m_freeCalls;
    std::vector<Agent> m_agents;
    std::vector<Queue> m_queues;
    std::vector<PauseReason> m_reasons;
    std::vector<QString> m_recentCallers; // callers ring again: a ring of recent numbers
    std::size_t m_recentNext = 0;
    std::vector<int> m_scratch;
    std::deque<QueueLogEvent> m_out;
};

} // namespace qw
