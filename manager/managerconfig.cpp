#include "managerconfig.h"

#include "sources/sourcespec.h"

using namespace Qt::StringLiterals;

namespace qw {

std::variant<ServerManagerConfig, QString> ManagerConfig::parseServer(const QString& text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0)
        return tr("\"%1\" should be NAME=HOST:PORT[,user=USER][,tls][,plain][,device=DEVICE].").arg(text);
    ServerManagerConfig config;
    config.partition = text.first(equals).trimmed();
    if (!SourceSpec::isValidPartitionName(config.partition))
        return tr("\"%1\" is not a partition name.").arg(config.partition);
    const QStringList parts = text.sliced(equals + 1).split(u',');
    const QString address = parts.value(0).trimmed();
    const qsizetype colon = address.lastIndexOf(u':');
    config.endpoint.host = colon > 0 ? address.first(colon) : address;
    if (config.endpoint.host.isEmpty())
        return tr("The manager of %1 needs a host.").arg(config.partition);
    if (colon > 0) {
        bool ok = false;
        const int port = address.sliced(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return tr("\"%1\" is not a port (1 to 65535).").arg(address.sliced(colon + 1));
        config.endpoint.port = quint16(port);
    }
    for (const QString& rawOption : parts.mid(1)) {
        const QString option = rawOption.trimmed();
        if (option == u"tls")
            config.endpoint.tls = true;
        else if (option == u"plain")
            config.endpoint.plainLogin = true;
        else if (option.startsWith(u"user="))
            config.endpoint.user = option.sliced(5);
        else if (option.startsWith(u"device="))
            config.supervisorDevice = option.sliced(7);
        else if (option.startsWith(u"secret="))
            return tr("Secrets are never written with the manager's address: set QUEUEWATCH_AMI_SECRET_%1, or "
                      "type it in the settings.")
                .arg(secretVariable(config.partition).sliced(SecretPrefix.size()));
        else
            return tr("Unknown manager option \"%1\" for %2.").arg(option, config.partition);
    }
    if (config.endpoint.user.isEmpty())
        return tr("The manager of %1 needs a user (user=NAME).").arg(config.partition);
    return config;
}

std::variant<ManagerConfig, QString> ManagerConfig::parse(const QString& text)
{
    ManagerConfig config;
    for (const QString& rawLine : text.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        auto server = parseServer(line);
        if (const auto* error = std::get_if<QString>(&server))
            return *error;
        const ServerManagerConfig& parsed = std::get<ServerManagerConfig>(server);
        if (config.servers.contains(parsed.partition))
            return tr("The manager of %1 is given twice.").arg(parsed.partition);
        config.servers.insert(parsed.partition, parsed);
    }
    return config;
}

QString ManagerConfig::secretVariable(const QString& partition)
{
    // Environment variable names take no dots: "north.1" reads QUEUEWATCH_AMI_SECRET_NORTH_1.
    return SecretPrefix + partition.toUpper().replace(u'.', u'_');
}

QString ManagerConfig::problemFor(const SourceSpec& spec, const QString& specText) const
{
    for (const QString& partition : servers.keys()) {
        if (!spec.partitionNames().contains(partition))
            return tr("%1 has a manager but is not a server of %2.").arg(partition, specText);
    }
    return {};
}

QString ManagerConfig::secretFor(const QString& partition, const QString& typed)
{
    if (!typed.isEmpty())
        return typed;
    const QString own = qEnvironmentVariable(secretVariable(partition).toLatin1().constData());
    return own.isEmpty() ? qEnvironmentVariable("QUEUEWATCH_AMI_SECRET") : own;
}

} // namespace qw
