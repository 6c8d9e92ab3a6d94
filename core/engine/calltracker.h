#pragma once

#include "engine/callrecord.h"
#include "pipeline/clusterevent.h"

#include <functional>
#include <QHash>
#include <QVarLengthArray>
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

    void forEachOpen(const std::function<void(const StintKey&, const OpenStint&)>& visit) const;
    qsizetype openCount() const { return m_openCount; }

private:
    // Open stints by call id: the event's own call-id string is the lookup key, so no key is
    // built per event (every event is looked up: this is the engine's hottest path). A call id
    // rarely has more than one open stint (another queue after a transfer, another server).
    struct Entry
    {
        int partitionIndex;
        QString queue;
        OpenStint stint;
    };
    using Entries = QVarLengthArray<Entry, 1>;

    StintKey keyOf(const QString& callId, const Entry& entry) const
    {
        return {entry.partitionIndex, callId, entry.queue};
    }
    void close(const QString& callId, Entry& entry, const ClusterEvent& end);
    void closeByInterruption(const QString& callId, const Entry& entry, qint64 time);
    void remove(QHash<QString, Entries>::iterator it, qsizetype index);
    void restartPartition(int partitionIndex, qint64 time);

    qint64 m_enterFrom;
    qint64 m_enterTo;
    CallObserver& m_observer;
    QHash<QString, Entries> m_open;
    qsizetype m_openCount = 0;
};

} // namespace qw
