#include "managedlive.h"

#include "live/managermerge.h"
#include "program/program.h"

#include "json/jsonfile.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace qw {

ManagedLive::ManagedLive(QObject* parent)
    : QObject(parent)
{ }

ManagedLive::~ManagedLive() = default;

void ManagedLive::configure(const SourceSpec& spec, const ManagerConfig& config, const QHash<QString, QString>& secrets,
                            bool actionsEnabled)
{
    m_monitor.reset();
    m_spec = spec;
    m_actionsEnabled = actionsEnabled;
    m_haveUpdate = false;
    m_learned = {};
    if (config.isEmpty())
        return;
    m_monitor = std::make_unique<ManagerMonitor>(config, spec, secrets);
    m_monitor->setAuditLog(AuditLog(m_auditPath));
    connect(m_monitor.get(), &ManagerMonitor::picturesChanged, this, &ManagedLive::handOn);
    connect(m_monitor.get(), &ManagerMonitor::picturesChanged, this, &ManagedLive::learn);
    m_monitor->start();
    // What earlier runs learned, until the managers answer (learnedNames(), for the source's open).
    if (auto remembered = MemberNames::readFile(m_learnedPath); std::holds_alternative<MemberNames>(remembered))
        m_learned = std::get<MemberNames>(std::move(remembered));
}

QString ManagedLive::learnedNamesPath()
{
    return sharedDataFile(QStringLiteral("learned-member-names.json"));
}

void ManagedLive::learn(const ServerPictures& pictures)
{
    MemberNames learned = m_learned;
    for (const ServerPicture& picture : pictures) {
        if (!picture.isReady())
            continue;
        QHash<QString, MemberInfo> members;
        for (const ManagedMember& member : picture.members) {
            MemberInfo& info = members[member.interface];
            info.name = member.name;
            if (member.isStatic && !info.staticQueues.contains(member.queue))
                info.staticQueues.append(member.queue);
        }
        for (auto it = members.cbegin(); it != members.cend(); ++it)
            learned.set(picture.partition, it.key(), it.value());
    }
    if (learned == m_learned)
        return;
    m_learned = learned;
    QDir().mkpath(QFileInfo(m_learnedPath).absolutePath());
    JsonFile::write(m_learnedPath, QJsonDocument(learned.toObject()).toJson()); // a cache: a failure costs nothing
    Q_EMIT memberNamesLearned(learned);
}

ServerPictures ManagedLive::pictures() const
{
    return m_monitor ? m_monitor->pictures() : ServerPictures {};
}

void ManagedLive::takeUpdate(const LiveUpdate& update)
{
    m_last = update;
    m_haveUpdate = true;
    handOn();
}

void ManagedLive::handOn()
{
    if (!m_haveUpdate)
        return;
    if (!m_monitor) {
        Q_EMIT updated(m_last);
        return;
    }
    LiveUpdate merged = m_last;
    merged.managers = m_monitor->pictures();
    merged.snapshot = mergeManagers(m_last.snapshot, merged.managers, m_spec);
    Q_EMIT updated(merged);
}

void ManagedLive::perform(const SupervisorAction& action, const ManagerMonitor::Done& done)
{
    if (!actionsEnabled()) {
        done({false,
              {tr("Supervisor actions are off: turn them on in File › Settings, with a manager interface "
                  "for each server.")}});
        return;
    }
    m_monitor->perform(action, done);
}

} // namespace qw
