#pragma once

#include "demo/democluster.h"
#include "live/livebackend.h"
#include "threading/worker.h"

#include <memory>
#include <optional>
#include <QTemporaryDir>

namespace qw {

// The embedded demo as a live source: a DemoCluster writing into a temporary SQLite database from
// a thread of its own, ready to be polled once the day so far is written. The live session gets
// it through factory(), so only the programs that offer the demo link the simulator.
class DemoBackend final : public LiveBackend
{
    Q_OBJECT
public:
    DemoBackend(int pollSeconds, std::optional<int> slidingHours = {}, DemoCluster::Settings settings = {},
                QObject* parent = nullptr);
    ~DemoBackend() override;

    void start() override;
    QString description() const override;

    static LiveBackendFactory factory();

private:
    QTemporaryDir m_dir; // outlives the worker: the demo's database is in it
    DemoCluster::Settings m_settings;
    int m_pollSeconds;
    std::optional<int> m_slidingHours;
    Worker m_worker;
    DemoCluster* m_demo = nullptr; // lives in the worker's thread; deleted there when it ends
};

} // namespace qw
