#pragma once

#include "events/queuelogevent.h"

#include <memory>
#include <QString>
#include <QStringList>
#include <vector>

namespace qw {

class ServerSimulation;

// What the simulated cluster looks like. Every server runs the same queues and the same agent
// names (Agent/101, Agent/102, ...), as real clusters do; each server simulates its own callers
// and its own agents' day.
struct GeneratorConfig
{
    quint64 seed = 1;
    QStringList partitions; // one simulated Asterisk server each, e.g. {"A", "B", "C"}
    QStringList queues; // the same names on every server; at most 64 are used
    int agentsPerPartition = 10;
    qint64 from = 0; // epoch seconds; every server writes QUEUESTART here
    qint64 to = 0; // excluded: a server's last line is older than this
    int callsPerDayPerPartition = 2000;
    double restartsPerDay = 0.2; // per server; half of them crashes (nothing written for calls in flight)
    double configReloadsPerDay = 0.3; // per server
    // 0: every server has Agent/101.. (agents logged in everywhere, as in `cluster:A|B-|C-`).
    // Otherwise server k numbers its agents from 101 + k * step (A: 101.., B: 201.. for 100):
    // each person works on one server, as a plain `cluster:` view expects.
    int agentNumberStep = 0;
    bool systemNamePrefix = false; // call ids "pbx-a-1795495865.0" (Asterisk's systemname) instead of "1795495865.0"
    int utcOffsetSeconds = 0; // where the call centre's clock is: daily curve and shifts follow it

    int meanTalkSeconds = 0; // 0: sized to the staffing, so the busiest hour keeps agents `peakOccupancy` busy
    double peakOccupancy = 0.55;
    int meanPatienceSeconds = 180; // how long a caller waits before hanging up (mean, log-normal)
    int queueTimeoutSeconds = 300; // EXITWITHTIMEOUT after this wait
    int wrapUpSeconds = 5; // after a call, before the agent is rung again
    int retrySeconds = 5; // after RINGNOANSWER, before the caller rings the next agent
    double ringAnswerShare = 0.92; // rings an agent answers; the rest end in RINGNOANSWER
    double transferShare = 0.04; // answered calls blind-transferred into another queue
};

// A seeded discrete-event simulation of an Asterisk call-centre cluster that writes the
// queue_log lines app_queue would write, Asterisk 22 layouts. Streaming: memory follows the
// calls and agents open at a moment, never the length of the period. Same config, same lines.
class CallCentreGenerator
{
public:
    explicit CallCentreGenerator(GeneratorConfig config);
    ~CallCentreGenerator();
    CallCentreGenerator(const CallCentreGenerator&) = delete;
    CallCentreGenerator& operator=(const CallCentreGenerator&) = delete;

    const GeneratorConfig& config() const { return m_config; }

    // The next line of the merged cluster: time ascending; within a second, partitions in the
    // config's order, and each server's lines in the order it wrote them. `order` is the line's
    // number in its server's file (1-based). False when every server has reached `to`.
    bool next(QueueLogEvent& event);

    // Index into config().partitions of the event next() returned last; -1 before the first.
    int lastPartitionIndex() const { return m_lastPartition; }

private:
    GeneratorConfig m_config;
    std::vector<std::unique_ptr<ServerSimulation>> m_servers;
    int m_lastPartition = -1;
};

} // namespace qw
