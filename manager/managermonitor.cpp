#include "managermonitor.h"

#include "servermanager.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace qw {

ManagerMonitor::ManagerMonitor(ManagerConfig config, SourceSpec spec, QHash<QString, QString> secrets, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_spec(std::move(spec))
    , m_worker(u"QueueWatch managers"_s)
    , m_throttle(this)
{
    qRegisterMetaType<qw::ServerPicture>();
    qRegisterMetaType<qw::ServerPictures>();
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(200);
    connect(&m_throttle, &QTimer::timeout, this, [this] { Q_EMIT picturesChanged(pictures()); });
    for (const ServerManagerConfig& server : std::as_const(m_config.servers)) {
        if (!m_spec.partitionNames().contains(server.partition))
            continue; // a manager for a server this source does not show
        auto* manager = m_worker.adopt(std::make_unique<ServerManager>(
            server.partition, server.endpoint,
            ManagerConfig::secretFor(server.partition, secrets.value(server.partition))));
        connect(manager, &ServerManager::pictureChanged, this, &ManagerMonitor::take);
        m_servers.insert(server.partition, manager);
        ServerPicture picture;
        picture.partition = server.partition;
        picture.state = ServerPicture::State::Connecting;
        m_pictures.insert(server.partition, picture);
    }
}

ManagerMonitor::~ManagerMonitor()
{
    // The connections belong to the worker's thread: close them there.
    for (ServerManager* manager : std::as_const(m_servers))
        m_worker.postAndWait([manager] { manager->stop(); });
}

void ManagerMonitor::start()
{
    for (ServerManager* manager : std::as_const(m_servers))
        m_worker.post([manager] { manager->start(); });
}

ServerPictures ManagerMonitor::pictures() const
{
    ServerPictures all;
    for (const QString& partition : m_spec.partitionNames()) {
        ServerPicture picture = m_pictures.value(partition);
        picture.partition = partition;
        all.append(picture);
    }
    return all;
}

void ManagerMonitor::take(const ServerPicture& picture)
{
    m_pictures.insert(picture.partition, picture);
    if (!m_throttle.isActive())
        m_throttle.start();
}

void ManagerMonitor::perform(const SupervisorAction& action, Done done)
{
    auto routed = ActionRouter::route(action, pictures(), m_spec, m_config);
    if (const auto* error = std::get_if<QString>(&routed)) {
        QStringList messages {*error};
        if (!m_audit.append(action.server, action.describe(), action.agent, u"refused: "_s + *error))
            messages.append(m_audit.errorString());
        done({false, messages});
        return;
    }
    const QList<AmiRequest> requests = std::get<QList<AmiRequest>>(routed);
    if (requests.isEmpty()) {
        done({false, {tr("Nothing to do for %1.").arg(action.describe())}});
        return;
    }
    // Every server answers on its own; the outcome is told once all have.
    auto outcome = std::make_shared<ActionOutcome>();
    outcome->ok = true;
    auto waiting = std::make_shared<qsizetype>(requests.size());
    const QString kind = SupervisorAction::kindName(action.kind);
    for (const AmiRequest& request : requests) {
        ServerManager* manager = m_servers.value(request.partition);
        const auto answered = [this, request, kind, outcome, waiting, done](bool ok, const QString& message) {
            outcome->ok = outcome->ok && ok;
            outcome->messages.append(u"%1: %2"_s.arg(request.partition, message));
            // An action that was done but could not be written down is told as such.
            if (!m_audit.append(request.partition, kind, request.target,
                                ok ? u"ok: "_s + message : u"failed: "_s + message))
                outcome->messages.append(m_audit.errorString());
            if (--*waiting == 0)
                done(*outcome);
        };
        if (!manager) {
            answered(false, tr("no manager is set up for this server"));
            continue;
        }
        m_worker.post([this, manager, request, answered] {
            manager->connection().send(request.action, request.headers, [this, answered](const AmiReply& reply) {
                const QString message = reply.ok ? reply.response.value(u"Message") : reply.error;
                QMetaObject::invokeMethod(
                    this, [answered, ok = reply.ok, message] { answered(ok, message); }, Qt::QueuedConnection);
            });
        });
    }
}

} // namespace qw
