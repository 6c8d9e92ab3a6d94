#include "live/livesession.h"

#include "demo/democluster.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace qw {

LiveSession::LiveSession(QObject* parent)
    : QObject(parent)
{ }

LiveSession::~LiveSession()
{
    close();
}

void LiveSession::close()
{
    m_monitor.reset(); // stops the poller before its database goes away
    if (m_demo) {
        QMetaObject::invokeMethod(m_demo, &DemoCluster::stop, Qt::BlockingQueuedConnection);
        m_demo = nullptr;
        m_demoThread->quit();
        m_demoThread->wait();
    }
    m_demoThread.reset();
    m_demoDir.reset();
    m_sourceText.clear();
    m_bindings = {};
}

void LiveSession::open(const LiveViewSettings& settings, const QString& sessionPassword)
{
    close();
    Q_EMIT stageChanged(LiveStage::Connecting);
    if (settings.demo) {
        openDemo(settings.pollSeconds);
        return;
    }
    auto live = settings.toLiveSettings(sessionPassword);
    if (const auto* error = std::get_if<QString>(&live)) {
        Q_EMIT failed(*error);
        return;
    }
    m_sourceText = settings.description();
    startMonitor(std::get<LiveSettings>(std::move(live)));
}

void LiveSession::openDemo(int pollSeconds)
{
    m_demoDir = std::make_unique<QTemporaryDir>();
    if (!m_demoDir->isValid()) {
        Q_EMIT failed(tr("The demo cannot start: no temporary folder (%1).").arg(m_demoDir->errorString()));
        m_demoDir.reset();
        return;
    }
    DemoCluster::Settings demoSettings;
    demoSettings.databasePath = m_demoDir->filePath(u"demo.sqlite"_s);
    auto* demo = new DemoCluster(demoSettings); // owned by its thread: deleted when it finishes
    m_demoThread = std::make_unique<QThread>();
    m_demoThread->setObjectName(u"QueueWatch demo writer"_s);
    demo->moveToThread(m_demoThread.get());
    connect(m_demoThread.get(), &QThread::finished, demo, &QObject::deleteLater);
    m_demo = demo;
    m_sourceText = LiveViewSettings {}.description(); // the demo's

    LiveSettings live;
    live.spec = DemoCluster::spec();
    live.bindings.database = demo->url();
    live.pollIntervalMs = pollSeconds * 1000;
    // The poller starts once the day so far is written. The demo reports to this thread in
    // queued calls, which may arrive after the demo was replaced: those are ignored.
    connect(demo, &DemoCluster::started, this, [this, demo, live]() mutable {
        if (m_demo != demo)
            return;
        live.timeZone = demo->centreZone(); // the demo's day is the simulated centre's
        startMonitor(live);
    });
    connect(demo, &DemoCluster::failed, this, [this, demo](const QString& message) {
        if (m_demo == demo)
            Q_EMIT failed(tr("The demo stopped: %1").arg(message));
    });
    m_demoThread->start();
    QMetaObject::invokeMethod(demo, &DemoCluster::begin, Qt::QueuedConnection);
}

void LiveSession::startMonitor(LiveSettings settings)
{
    m_bindings = settings.bindings;
    m_monitor = std::make_unique<LiveMonitor>(std::move(settings));
    connect(m_monitor.get(), &LiveMonitor::updated, this, &LiveSession::updated);
    connect(m_monitor.get(), &LiveMonitor::stageChanged, this, [this](LiveStage stage) {
        if (stage != LiveStage::Connecting)
            Q_EMIT stageChanged(stage); // Connecting was said when the source was opened
    });
    m_monitor->start();
    Q_EMIT opened(m_sourceText);
}

void LiveSession::pollNow()
{
    if (m_monitor)
        m_monitor->pollNow();
}

} // namespace qw
