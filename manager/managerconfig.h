#pragma once

#include "amiconnection.h"
#include "sources/sourcespec.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <variant>

namespace qw {

// The manager interface of one server (partition), as the user sets it up: where it is, who logs
// in, and the supervisor's own phone on that server (for listening in).
struct ServerManagerConfig
{
    QString partition;
    AmiEndpoint endpoint;
    QString supervisorDevice; // "SIP/900", "Local/supervisor@supervisor/n"; empty: no listening

    friend bool operator==(const ServerManagerConfig&, const ServerManagerConfig&) = default;
};

// Every server's manager set-up, in the form the command line and the settings share, one server
// each: "A=host:port,user=USER[,tls][,plain][,device=DEVICE]". Secrets are not part of it: they
// come from QUEUEWATCH_AMI_SECRET_<PARTITION> (or QUEUEWATCH_AMI_SECRET for all servers), the OS
// keychain, or are typed in for the session.
class ManagerConfig
{
    Q_DECLARE_TR_FUNCTIONS(qw::ManagerConfig)
public:
    QMap<QString, ServerManagerConfig> servers; // by partition

    bool isEmpty() const { return servers.isEmpty(); }
    static std::variant<ServerManagerConfig, QString> parseServer(const QString& text);
    // One server a line; empty lines and lines starting with '#' are passed over.
    static std::variant<ManagerConfig, QString> parse(const QString& text);

    // What is wrong with these managers for a source: a server the spec does not name (its
    // manager would be connected for nothing, and actions routed nowhere). Empty when fine.
    QString problemFor(const SourceSpec& spec, const QString& specText) const;

    // The secret for a partition: `typed` (this session's) if not empty, else the environment.
    static QString secretFor(const QString& partition, const QString& typed = {});
    // The environment variable holding one server's secret ("north.1": ..._NORTH_1).
    static QString secretVariable(const QString& partition);
    static inline const QString SecretPrefix = QStringLiteral("QUEUEWATCH_AMI_SECRET_");

    friend bool operator==(const ManagerConfig&, const ManagerConfig&) = default;
};

} // namespace qw
