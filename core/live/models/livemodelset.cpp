#include "live/models/livemodelset.h"

#include <QDateTime>

namespace qw {

LiveModelSet::LiveModelSet(Clock clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
    , m_queues(this)
    , m_agents(this)
    , m_waiting(CallsModel::Kind::Waiting, this)
    , m_talking(CallsModel::Kind::Talking, this)
    , m_health(this)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &LiveModelSet::tick);
    m_ticker.start();
}

void LiveModelSet::apply(const LiveUpdate& update)
{
    m_last = update;
    m_queues.apply(update);
    m_agents.apply(update);
    m_waiting.apply(update);
    m_talking.apply(update);
    m_health.apply(update);
    Q_EMIT updated(update);
    setStage(LiveStage::Live);
}

QList<qint64> LiveModelSet::stoppedClocks() const
{
    QList<qint64> clocks;
    for (const PartitionHealth& health : m_last.health)
        clocks.append(health.isTrouble() ? health.trustedUntil : -1);
    return clocks;
}

void LiveModelSet::setStage(LiveStage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void LiveModelSet::tick()
{
    // Between polls the clock moves on; never behind the snapshot's own time.
    const qint64 now = this->now();
    m_queues.setNow(now);
    m_agents.setNow(now);
    m_waiting.setNow(now);
    m_talking.setNow(now);
    Q_EMIT ticked(now);
}

} // namespace qw
