#pragma once

#include "live/livepoller.h"

#include <QObject>
#include <QThread>

namespace qw {

// Owns the live poller and the thread it runs in; lives in the thread that uses the updates
// (the GUI thread). Requests go to the worker as queued calls, updates come back as signals;
// the destructor stops the worker and waits for its thread.
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
    QThread m_thread;
    LivePoller* m_poller; // lives in m_thread; deleted there when the thread finishes
};

} // namespace qw
