#include "support/handpolleddemo.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace qw::test {

HandPolledDemo::HandPolledDemo(qint64 now, DemoCluster::Settings settings)
    : m_now(now)
    , m_settings(std::move(settings))
{
    m_settings.databasePath = m_dir.filePath(u"demo.sqlite"_s);
}

HandPolledDemo::~HandPolledDemo()
{
    m_monitor.reset(); // the poller goes before the database it reads
    m_demo.reset();
}

std::function<qint64()> HandPolledDemo::clock()
{
    return [this] {
        return m_now.load();
    };
}

bool HandPolledDemo::start()
{
    m_demo = std::make_unique<DemoCluster>(m_settings, clock());
    if (!m_demo->start()) {
        m_error = m_demo->errorString();
        return false;
    }
    LiveSettings settings;
    settings.spec = DemoCluster::spec();
    settings.bindings.database = m_demo->url();
    settings.window.zone = m_demo->centreZone(); // as the live session reads the demo
    settings.pollIntervalMs = 3600 * 1000; // polls come from the test
    m_monitor = std::make_unique<LiveMonitor>(settings, clock());
    return true;
}

bool HandPolledDemo::pollAndWait()
{
    QSignalSpy updates(m_monitor.get(), &LiveMonitor::updated);
    if (m_started) {
        m_monitor->pollNow();
    } else {
        m_started = true;
        m_monitor->start();
    }
    return updates.wait(20000);
}

bool HandPolledDemo::stepUntil(const std::function<bool()>& enough, qint64 step, int maxSteps)
{
    for (int i = 0; i < maxSteps; ++i) {
        if (enough())
            return true;
        m_now += step;
        if (!m_demo->catchUp() || !pollAndWait())
            return false;
    }
    return enough();
}

} // namespace qw::test
