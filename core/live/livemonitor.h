#pragma once

#include "live/livepoller.h"
#include "threading/worker.h"

#include <QObject>

namespace qw {

// Owns the live poller and the worker thread it runs in; lives in the thread that uses the
// updates (the GUI thread). Requests go to the poller as queued calls, updates come back as
// signals; the destructor stops the poller in its thread and waits for the thread.
class LiveMonitor : public QObject
{
    Q_OBJECT
public:
    explicit LiveMonitor(LiveSettings settings, LivePoller::Clock clock = {}, QObject* parent = nullptr);
    ~LiveMonitor() override;

    void start();
    void pollNow();

Q_SIGNALS:
    void updated(const qw::LiveUpdate& update);
    void stageChanged(qw::LiveStage stage);

private:
    Worker m_worker;
    LivePoller* m_poller; // lives in the worker's thread; deleted there when it ends
};

} // namespace qw
