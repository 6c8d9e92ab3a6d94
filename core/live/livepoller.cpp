#include "live/livepoller.h"

#include <QDateTime>

namespace qw {

LivePoller::LivePoller(LiveSettings settings, Clock clock)
    : m_settings(std::move(settings))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{
    qRegisterMetaType<qw::LiveStage>();
}

LivePoller::~LivePoller() = default;

void LivePoller::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LivePoller::pollNow);
    // A partition with nothing behind it is shown failing, not refused: the window stays up.
    auto cluster = Cluster::open(m_settings.spec, m_settings.bindings, Cluster::Unbound::Shown);
    m_driver = std::make_unique<LiveDriver>(m_settings, std::get<Cluster>(std::move(cluster)),
                                            PartitionBinding::FollowMode::Growing);
    m_driver->setStageHandler([this](LiveStage stage) { Q_EMIT stageChanged(stage); });
    Q_EMIT stageChanged(LiveStage::Connecting);
    pollNow();
}

void LivePoller::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_driver)
        m_driver->close();
    m_driver.reset();
}

void LivePoller::pollNow()
{
    if (!m_driver)
        return;
    Q_EMIT updated(m_driver->poll(m_clock()));
    if (m_timer)
        m_timer->start(m_settings.pollIntervalMs);
}

} // namespace qw
