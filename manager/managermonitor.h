#pragma once

#include "auditlog.h"
#include "managerconfig.h"
#include "supervisoraction.h"
#include "threading/worker.h"

#include <functional>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace qw {

class ServerManager;

// How a supervisor's action ended, on every server it went to.
struct ActionOutcome
{
    bool ok = false; // every server accepted it
    QStringList messages; // one per server, "A: Member paused successfully" or its error
};

// The manager interfaces of a cluster's servers, for the thread that owns it (the GUI thread, or
// queuewatch-action's): one connection per configured server, kept in a worker thread; the
// servers' pictures come back together (at most five times a second); supervisor actions are
// routed (ActionRouter), sent, answered and written to the audit log. A server that is down or
// refuses never holds up the others.
class ManagerMonitor : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ActionOutcome& outcome)>;

    // `secrets`: typed in for this session, by partition; the environment fills the rest.
    ManagerMonitor(ManagerConfig config, SourceSpec spec, QHash<QString, QString> secrets = {},
                   QObject* parent = nullptr);
    ~ManagerMonitor() override;

    void start();
    void setAuditLog(AuditLog log) { m_audit = std::move(log); }

    ServerPictures pictures() const; // in spec order, servers without a manager included
    void perform(const SupervisorAction& action, Done done);

Q_SIGNALS:
    void picturesChanged(const qw::ServerPictures& pictures);

private:
    void take(const ServerPicture& picture);

    ManagerConfig m_config;
    SourceSpec m_spec;
    Worker m_worker;
    QHash<QString, ServerManager*> m_servers; // live in the worker's thread
    QHash<QString, ServerPicture> m_pictures; // this thread's copy
    QTimer m_throttle;
    AuditLog m_audit;
};

} // namespace qw
