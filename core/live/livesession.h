#pragma once

#include "live/livebackend.h"
#include "live/livemonitor.h"
#include "settings/liveviewsettings.h"

#include <memory>
#include <QObject>

namespace qw {

// What the live window is connected to, and the switch between sources: open() stops whatever
// was shown (the poller, and a backend such as the demo with its writer thread) and starts the
// new choice. The demo comes from a factory the program sets (setDemoFactory), so the live
// engine does not carry the simulator.
class LiveSession : public QObject
{
    Q_OBJECT
public:
    explicit LiveSession(QObject* parent = nullptr);
    ~LiveSession() override;

    void setDemoFactory(LiveBackendFactory factory) { m_demoFactory = std::move(factory); }

    // Starts showing `settings` (a database source or the demo). A source that cannot be used
    // is reported through failed() and leaves nothing running.
    // `learned`: member names the servers' manager interfaces taught earlier (they win over
    // the source's own file), so the view starts with them.
    void open(const LiveViewSettings& settings, const QString& sessionPassword = {}, const MemberNames& learned = {});
    void close();
    void pollNow();
    // Member names learned since the source was opened (from the servers' manager interfaces):
    // joined with those the source was opened with, the live view is rebuilt with them, and
    // reports read with them. Nothing happens when they add nothing.
    void setLearnedMemberNames(const MemberNames& learned);

    bool isDemo() const { return m_backend != nullptr; }
    QString sourceText() const { return m_sourceText; }
    // Where reports read while this session is open: the same database (the demo's, or the
    // configured one with the password given for this run).
    const SourceBindings& reportBindings() const { return m_settings.bindings; }

Q_SIGNALS:
    void updated(const qw::LiveUpdate& update);
    // Connecting when a source is opened, Loading when its first read begins.
    void stageChanged(qw::LiveStage stage);
    void opened(const QString& sourceText);
    void failed(const QString& message);

private:
    void openBackend(const LiveViewSettings& settings);
    void startMonitor(LiveSettings settings);

    LiveBackendFactory m_demoFactory;
    LiveSettings m_settings; // what the monitor runs with
    MemberNames m_openedNames; // the member names of the source's own settings
    MemberNames m_learned; // from the managers; joined over m_openedNames
    std::unique_ptr<LiveMonitor> m_monitor;
    std::unique_ptr<LiveBackend> m_backend;
    QString m_sourceText;
};

} // namespace qw
