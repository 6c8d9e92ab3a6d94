#include "demo/demobackend.h"

#include "settings/liveviewsettings.h"

using namespace Qt::StringLiterals;

namespace qw {

DemoBackend::DemoBackend(int pollSeconds, std::optional<int> slidingHours, DemoCluster::Settings settings,
                         QObject* parent)
    : LiveBackend(parent)
    , m_settings(std::move(settings))
    , m_pollSeconds(pollSeconds)
    , m_slidingHours(slidingHours)
    , m_worker(u"QueueWatch demo writer"_s)
{ }

DemoBackend::~DemoBackend()
{
    // The demo's timer and database connection belong to its thread: close them there.
    if (m_demo)
        m_worker.postAndWait([demo = m_demo] { demo->stop(); });
}

QString DemoBackend::description() const
{
    return LiveViewSettings {}.description(); // the demo's
}

void DemoBackend::start()
{
    if (!m_dir.isValid()) {
        Q_EMIT failed(tr("The demo cannot start: no temporary folder (%1).").arg(m_dir.errorString()));
        return;
    }
    m_settings.databasePath = m_dir.filePath(u"demo.sqlite"_s);
    m_demo = m_worker.adopt(std::make_unique<DemoCluster>(m_settings));
    // The demo reports from its thread in queued calls; they die with this object.
    connect(m_demo, &DemoCluster::started, this, [this] {
        LiveSettings live;
        live.spec = DemoCluster::spec();
        live.bindings.database = m_demo->url();
        live.pollIntervalMs = m_pollSeconds * 1000;
        live.window.zone = m_demo->centreZone(); // the demo's day is the simulated centre's
        live.window.slidingHours = m_slidingHours;
        Q_EMIT ready(live);
    });
    connect(m_demo, &DemoCluster::failed, this,
            [this](const QString& message) { Q_EMIT failed(tr("The demo stopped: %1").arg(message)); });
    m_worker.post([demo = m_demo] { demo->begin(); });
}

LiveBackendFactory DemoBackend::factory()
{
    return [](const LiveViewSettings& settings) -> std::unique_ptr<LiveBackend> {
        return std::make_unique<DemoBackend>(settings.pollSeconds, settings.window().slidingHours);
    };
}

} // namespace qw
