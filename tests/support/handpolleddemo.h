#pragma once

#include "demo/democluster.h"
#include "live/livemonitor.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QTemporaryDir>

namespace qw::test {

// The embedded demo on a clock the test moves, in UTC, read by a live monitor that polls only
// when told: what the window tests and the GUI benchmarks watch. Connect the models to
// monitor() before the first poll.
class HandPolledDemo
{
public:
    explicit HandPolledDemo(qint64 now, DemoCluster::Settings settings = {});
    ~HandPolledDemo();

    // Writes the demo's day up to now() and creates the monitor; false with errorString().
    bool start();
    QString errorString() const { return m_error; }

    qint64 now() const { return m_now; }
    void setNow(qint64 now) { m_now = now; }
    std::function<qint64()> clock();

    DemoCluster& demo() { return *m_demo; }
    LiveMonitor& monitor() { return *m_monitor; }

    // The first poll (the monitor's start), or one more; false if no update came in 20 s.
    bool pollAndWait();
    // Demo time moves `step` seconds at a time (the demo writing what fell due, then a poll)
    // until `enough` holds; false if it never does within `maxSteps`.
    bool stepUntil(const std::function<bool()>& enough, qint64 step = 10, int maxSteps = 30);

private:
    std::atomic<qint64> m_now;
    QTemporaryDir m_dir;
    DemoCluster::Settings m_settings;
    std::unique_ptr<DemoCluster> m_demo;
    std::unique_ptr<LiveMonitor> m_monitor;
    bool m_started = false;
    QString m_error;
};

} // namespace qw::test
