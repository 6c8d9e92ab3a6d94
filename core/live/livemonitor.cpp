#include "live/livemonitor.h"

namespace qw {

LiveMonitor::LiveMonitor(LiveSettings settings, LivePoller::Clock clock, QObject* parent)
    : QObject(parent)
    , m_worker(QStringLiteral("QueueWatch live poller"))
    , m_poller(m_worker.adopt(std::make_unique<LivePoller>(std::move(settings), std::move(clock))))
{
    qRegisterMetaType<qw::LiveUpdate>();
    qRegisterMetaType<qw::LiveStage>();
    connect(m_poller, &LivePoller::updated, this, &LiveMonitor::updated);
    connect(m_poller, &LivePoller::stageChanged, this, &LiveMonitor::stageChanged);
}

LiveMonitor::~LiveMonitor()
{
    // The connection and the timer belong to the worker's thread: close them there.
    m_worker.postAndWait([poller = m_poller] { poller->stop(); });
}

void LiveMonitor::start()
{
    m_worker.post([poller = m_poller] { poller->start(); });
}

void LiveMonitor::pollNow()
{
    m_worker.post([poller = m_poller] { poller->pollNow(); });
}

} // namespace qw
