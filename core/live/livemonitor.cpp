#include "live/livemonitor.h"

using namespace Qt::StringLiterals;

namespace qw {

LiveMonitor::LiveMonitor(LiveSettings settings, LivePoller::Clock clock, QObject* parent)
    : QObject(parent)
    , m_poller(new LivePoller(std::move(settings), std::move(clock)))
{
    qRegisterMetaType<qw::LiveUpdate>();
    qRegisterMetaType<qw::LiveStage>();
    m_thread.setObjectName(u"QueueWatch live poller"_s);
    m_poller->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
    connect(m_poller, &LivePoller::updated, this, &LiveMonitor::updated);
    connect(m_poller, &LivePoller::stageChanged, this, &LiveMonitor::stageChanged);
    m_thread.start();
}

LiveMonitor::~LiveMonitor()
{
    // The connection and the timer belong to the worker's thread: close them there, then end it.
    QMetaObject::invokeMethod(m_poller, &LivePoller::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LiveMonitor::start()
{
    QMetaObject::invokeMethod(m_poller, &LivePoller::start, Qt::QueuedConnection);
}

void LiveMonitor::pollNow()
{
    QMetaObject::invokeMethod(m_poller, &LivePoller::pollNow, Qt::QueuedConnection);
}

} // namespace qw
