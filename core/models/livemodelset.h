#pragma once

#include "live/liveupdate.h"
#include "models/agentmodel.h"
#include "models/callsmodel.h"
#include "models/partitionhealthmodel.h"
#include "models/queuemodel.h"

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

public Q_SLOTS:
    void apply(const qw::LiveUpdate& update);
    void tick();

Q_SIGNALS:
    void updated(const qw::LiveUpdate& update);

private:
    Clock m_clock;
    QueueModel m_queues;
    AgentModel m_agents;
    CallsModel m_waiting;
    CallsModel m_talking;
    PartitionHealthModel m_health;
    LiveUpdate m_last;
    QTimer m_ticker;
};

} // namespace qw
