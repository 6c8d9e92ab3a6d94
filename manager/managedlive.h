#pragma once

#include "live/liveupdate.h"
#include "managermonitor.h"
#include "sources/membernames.h"

#include <memory>
#include <QObject>

namespace qw {

// The live view with the servers' manager interfaces in it: takes each update of the live
// session (the queue_log picture), merges in what the managers report (mergeManagers) and hands
// the result on; when a manager's picture changes between polls, it hands on the merged view
// again at once. Also the way the window's supervisor actions go out, when they are allowed.
class ManagedLive : public QObject
{
    Q_OBJECT
public:
    explicit ManagedLive(QObject* parent = nullptr);
    ~ManagedLive() override;

    // Connects to the managers of `config` for the servers of `spec` (none: the queue_log alone).
    void configure(const SourceSpec& spec, const ManagerConfig& config, const QHash<QString, QString>& secrets,
                   bool actionsEnabled);
    bool actionsEnabled() const { return m_actionsEnabled && m_monitor; }
    ServerPictures pictures() const;
    // The member names the managers taught, this run and earlier ones (kept in a file).
    const MemberNames& learnedNames() const { return m_learned; }

    // Sends a supervisor action; `done` is told how it ended (also when actions are off).
    void perform(const SupervisorAction& action, const ManagerMonitor::Done& done);

public Q_SLOTS:
    void takeUpdate(const qw::LiveUpdate& update);

    // Where the member names the managers taught are kept between runs (for reports, and for
    // the live view before the managers answer).
    static QString learnedNamesPath();
    void setLearnedNamesPath(const QString& path) { m_learnedPath = path; }
    // Where actions are written down (default AuditLog::defaultPath()); set before configure().
    void setAuditLogPath(const QString& path) { m_auditPath = path; }

Q_SIGNALS:
    void updated(const qw::LiveUpdate& update);
    // The managers list members under interfaces and names: each server's map (see MemberNames).
    void memberNamesLearned(const qw::MemberNames& names);

private:
    void handOn();
    void learn(const ServerPictures& pictures);

    std::unique_ptr<ManagerMonitor> m_monitor;
    SourceSpec m_spec;
    LiveUpdate m_last;
    bool m_haveUpdate = false;
    bool m_actionsEnabled = false;
    MemberNames m_learned;
    QString m_learnedPath = learnedNamesPath();
    QString m_auditPath = AuditLog::defaultPath();
};

} // namespace qw
