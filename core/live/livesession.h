#pragma once

#include "live/livemonitor.h"
#include "settings/liveviewsettings.h"

#include <memory>
#include <QObject>
#include <QThread>

class QTemporaryDir;

namespace qw {

class DemoCluster;

// What the live window is connected to, and the switch between sources: open() stops whatever
// was shown (the poller, and the demo with its writer thread) and starts the new choice. The
// demo writes from its own thread, so the window never waits for it.
class LiveSession : public QObject
{
    Q_OBJECT
public:
    explicit LiveSession(QObject* parent = nullptr);
    ~LiveSession() override;

    // Starts showing `settings` (a database source or the demo). A source that cannot be used
    // is reported through failed() and leaves nothing running.
    void open(const LiveViewSettings& settings, const QString& sessionPassword = {});
    void close();
    void pollNow();

    bool isDemo() const { return m_demo != nullptr; }
    QString sourceText() const { return m_sourceText; }
    // Where reports read while this session is open: the same database (the demo's, or the
    // configured one with the password given for this run).
    const SourceBindings& reportBindings() const { return m_bindings; }

Q_SIGNALS:
    void updated(const qw::LiveUpdate& update);
    // Connecting when a source is opened, Loading when its first read begins.
    void stageChanged(qw::LiveStage stage);
    void opened(const QString& sourceText);
    void failed(const QString& message);

private:
    void openDemo(int pollSeconds);
    void startMonitor(LiveSettings settings);

    std::unique_ptr<LiveMonitor> m_monitor;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<QThread> m_demoThread;
    DemoCluster* m_demo = nullptr; // lives in m_demoThread; deleted there when it finishes
    QString m_sourceText;
    SourceBindings m_bindings;
};

} // namespace qw
