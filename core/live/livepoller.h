#pragma once

#include "live/livedriver.h"
#include "live/livesettings.h"
#include "live/liveupdate.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QTimer>

namespace qw {

// The live driver on a timer, as a worker object: lives in a worker thread (see LiveMonitor),
// polls every partition each interval and emits one LiveUpdate per poll. A partition that fails
// is marked and tried again at the next poll (one connection attempt per poll, bounded by the
// connect timeout), so it is back within one poll interval of the database's return; the others
// go on meanwhile.
class LivePoller : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // epoch seconds; injected by tests

    explicit LivePoller(LiveSettings settings, Clock clock = {});
    ~LivePoller() override;

public Q_SLOTS:
    void start(); // call in the worker thread: creates the timer and the connections there
    void pollNow();
    void stop();

Q_SIGNALS:
    void updated(const qw::LiveUpdate& update);
    // Before the first update: connecting, then reading the day so far.
    void stageChanged(qw::LiveStage stage);

private:
    LiveSettings m_settings;
    Clock m_clock;
    QTimer* m_timer = nullptr;
    std::unique_ptr<LiveDriver> m_driver;
};

} // namespace qw
