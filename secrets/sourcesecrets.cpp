#include "secrets/sourcesecrets.h"

#include "database/databaseurl.h"
#include "manager/managerconfig.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
std::optional<DatabaseUrl> serverUrl(const LiveViewSettings& settings)
{
    if (settings.demo)
        return std::nullopt;
    const auto url = DatabaseUrl::parse(settings.databaseUrl.trimmed());
    const auto* parsed = std::get_if<DatabaseUrl>(&url);
    if (!parsed || parsed->driver() != DatabaseUrl::Driver::MySql)
        return std::nullopt; // SQLite has no password
    return *parsed;
}

QList<ServerManagerConfig> managersOf(const LiveViewSettings& settings)
{
    if (settings.demo)
        return {};
    const auto config = ManagerConfig::parse(settings.managers);
    const auto* parsed = std::get_if<ManagerConfig>(&config);
    return parsed ? parsed->servers.values() : QList<ServerManagerConfig>();
}
} // namespace

SourceSecrets::SourceSecrets(QObject* parent)
    : QObject(parent)
{
    connect(&m_store, &SecretStore::unavailable, this, &SourceSecrets::keychainUnavailable);
}

QString SourceSecrets::databaseKey(const DatabaseUrl& url)
{
    // The account, not the options: a new ssl-ca does not make another password.
    return u"database mysql://%1@%2:%3/%4"_s.arg(url.user(), url.host()).arg(url.port()).arg(url.databaseName());
}

QString SourceSecrets::managerKey(const ServerManagerConfig& server)
{
    return u"manager %1 %2"_s.arg(server.partition, server.endpoint.describe());
}

std::optional<QString> SourceSecrets::rememberedDatabaseKey(const LiveViewSettings& chosen)
{
    if (!chosen.rememberPassword)
        return std::nullopt;
    const auto url = serverUrl(chosen);
    return url ? std::optional(databaseKey(*url)) : std::nullopt;
}

void SourceSecrets::resolve(const LiveViewSettings& chosen, const Typed& typed,
                            std::function<void(const Resolved&)> done)
{
    // Filled in as the keychain answers; `done` runs when the last outstanding read is back.
    struct Pending
    {
        Resolved resolved;
        int reads = 1; // the one this function holds until it has asked for everything
        std::function<void(const Resolved&)> done;
        void settle()
        {
            if (--reads == 0)
                done(resolved);
        }
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->resolved.databasePassword = typed.databasePassword;

    if (const auto key = rememberedDatabaseKey(chosen)) {
        if (!typed.databasePassword.isEmpty()) {
            m_store.write(*key, typed.databasePassword);
        } else {
            ++pending->reads;
            m_store.read(*key, [pending](const QString& stored) {
                pending->resolved.databasePassword = stored;
                pending->settle();
            });
        }
    }
    for (const ServerManagerConfig& server : managersOf(chosen)) {
        pending->resolved.managerSecrets.insert(server.partition, typed.managerSecret);
        if (!chosen.rememberManagerSecrets)
            continue;
        const QString key = managerKey(server);
        if (!typed.managerSecret.isEmpty()) {
            m_store.write(key, typed.managerSecret);
        } else {
            ++pending->reads;
            m_store.read(key, [pending, partition = server.partition](const QString& stored) {
                pending->resolved.managerSecrets.insert(partition, stored);
                pending->settle();
            });
        }
    }
    pending->settle();
}

void SourceSecrets::forgetUnwanted(const LiveViewSettings& before, const LiveViewSettings& after)
{
    if (before.rememberPassword && !after.rememberPassword) {
        if (const auto url = serverUrl(before))
            m_store.forget(databaseKey(*url));
    }
    if (before.rememberManagerSecrets && !after.rememberManagerSecrets) {
        for (const ServerManagerConfig& server : managersOf(before))
            m_store.forget(managerKey(server));
    }
}

} // namespace qw
