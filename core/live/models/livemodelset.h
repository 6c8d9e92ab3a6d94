#pragma once

#include "live/liveupdate.h"
#include "live/models/agentmodel.h"
#include "live/models/callsmodel.h"
#include "live/models/partitionhealthmodel.h"
#include "live/models/queuemodel.h"

#include <algorithm>
#include <functional>
#include <QObject>
#include <QTimer>

namespace qw {

// The models of the live view, fed from one place: apply() hands each poll's update to every
// model, and a one-second tick moves the time columns between polls.
class LiveModelSet : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    explicit LiveModelSet(Clock clock = {}, QObject* parent = nullptr);

    QueueModel* queues() { return &m_queues; }
    AgentModel* agents() { return &m_agents; }
    CallsModel* waiting() { return &m_waiting; }
    CallsModel* talking() { return &m_talking; }
    PartitionHealthModel* health() { return &m_health; }
    const LiveUpdate& lastUpdate() const { return m_last; }
    qint64 now() const { return std::max(m_clock(), m_last.snapshot.at); }
    // Connecting and Loading until the first update of a source arrives, then Live.
    LiveStage stage() const { return m_stage; }
    // Per partition, the moment its figures stopped being current (-1 while it is fine): the
    // clock its time cells stop at (see KeyedRowsModel).
    QList<qint64> stoppedClocks() const;

public Q_SLOTS:
    void apply(const qw::LiveUpdate& update);
    void tick();
    // A new source is being opened (Connecting), or its first read has begun (Loading).
    void setStage(qw::LiveStage stage);

Q_SIGNALS:
    void updated(const qw::LiveUpdate& update);
    void stageChanged(qw::LiveStage stage);
    // Every second, after the models moved to `now`: views that work out their own figures
    // (the wallboard) follow the same clock instead of running a timer of their own.
    void ticked(qint64 now);

private:
    Clock m_clock;
    QueueModel m_queues;
    AgentModel m_agents;
    CallsModel m_waiting;
    CallsModel m_talking;
    PartitionHealthModel m_health;
    LiveUpdate m_last;
    LiveStage m_stage = LiveStage::Connecting;
    QTimer m_ticker;
};

} // namespace qw
