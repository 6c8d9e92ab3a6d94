#pragma once

#include "analysis/callrecord.h"
#include "analysis/clusterevent.h"

#include <QHash>
#include <vector>

namespace qw {

// A stint still open: waiting, or talking once connected.
struct OpenStint
{
    qint64 enter = 0;
    qint64 connect = -1; // -1: still waiting
    QString connectAgent;
    QString caller; // ENTERQUEUE data2
    QString position; // ENTERQUEUE data3
    int ringNoAnswer = 0;
    quint64 sequence = 0;

    bool isTalking() const { return connect >= 0; }
};

struct StintKey
{
    int partitionIndex = 0;
    QString callId;
    QString queue;

    friend bool operator==(const StintKey&, const StintKey&) = default;
};
size_t qHash(const StintKey& key, size_t seed = 0);

// What the tracker tells as it goes.
class CallObserver
{
public:
    virtual ~CallObserver() = default;
    virtual void stintOpened(const StintKey&, const OpenStint&) { }
    virtual void stintConnected(const StintKey&, const OpenStint&) { }
    // The stint ended (answered or not): `record` holds its figures.
    virtual void stintClosed(const StintKey&, const OpenStint&, const CallRecord& record) = 0;
    // No end within the 4 h horizon: counted nowhere (section 3, fine-print 9).
    virtual void stintLost(const StintKey&, const OpenStint&) = 0;
};

// Follows every stint of a merged cluster stream (semantics sections 2 and 3). Stints are keyed
// by (partition, call id, queue): call ids are only unique per server. Only ENTERQUEUEs with
// enterFrom <= time < enterTo open stints; events of a key with no open stint change nothing.
class CallTracker
{
public:
    static constexpr qint64 Horizon = 14400; // seconds a stint is followed after its ENTERQUEUE

    CallTracker(qint64 enterFrom, qint64 enterTo, CallObserver& observer);

    void apply(const ClusterEvent& event, quint64 sequence);

    const QHash<StintKey, OpenStint>& openStints() const { return m_open; }

private:
    void close(QHash<StintKey, OpenStint>::iterator it, const ClusterEvent& end);
    void closeByInterruption(QHash<StintKey, OpenStint>::iterator it, qint64 time);
    void emitClosed(const StintKey& key, const OpenStint& stint, CallRecord& record);
    void restartPartition(int partitionIndex, qint64 time);

    qint64 m_enterFrom;
    qint64 m_enterTo;
    CallObserver& m_observer;
    QHash<StintKey, OpenStint> m_open;
};

} // namespace qw
