#include "live/livesession.h"

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
    m_monitor.reset(); // stops the poller before a backend's database goes away
    m_backend.reset(); // and the backend's own thread with it; its queued signals die with it
    m_sourceText.clear();
    m_settings = {};
}

void LiveSession::open(const LiveViewSettings& settings, const QString& sessionPassword, const MemberNames& learned)
{
    close();
    m_learned = learned;
    Q_EMIT stageChanged(LiveStage::Connecting);
    if (settings.demo) {
        openBackend(settings);
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

void LiveSession::openBackend(const LiveViewSettings& settings)
{
    if (!m_demoFactory) {
        Q_EMIT failed(tr("This program has no demo: choose a database in File › Settings."));
        return;
    }
    m_backend = m_demoFactory(settings);
    m_sourceText = m_backend->description();
    // The poller starts once the backend is ready (the demo's day so far is written).
    connect(m_backend.get(), &LiveBackend::ready, this, &LiveSession::startMonitor);
    connect(m_backend.get(), &LiveBackend::failed, this, &LiveSession::failed);
    m_backend->start();
}

void LiveSession::setLearnedMemberNames(const MemberNames& learned)
{
    m_learned = learned;
    if (!m_monitor || m_openedNames.unitedWith(m_learned) == m_settings.bindings.memberNames)
        return; // not running yet (open() joins them), or nothing new
    LiveSettings settings = m_settings;
    settings.bindings.memberNames = m_openedNames;
    startMonitor(settings);
}

void LiveSession::startMonitor(LiveSettings settings)
{
    m_openedNames = settings.bindings.memberNames;
    settings.bindings.memberNames = m_openedNames.unitedWith(m_learned); // the server itself knows best
    m_settings = settings;
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
