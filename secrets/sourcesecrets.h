#pragma once

#include "secrets/secretstore.h"
#include "settings/liveviewsettings.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QObject>

namespace qw {

class DatabaseUrl;
struct ServerManagerConfig;

// The passwords a live source needs, picked in one place: what was typed this session first
// (and stored in the keychain when the settings say "remember"), else what the keychain holds
// for this database or server (only when "remember" is on: nothing touches the keychain
// otherwise), else the environment variables, which DatabaseUrl and ManagerConfig read
// themselves when a password is left empty.
class SourceSecrets : public QObject
{
    Q_OBJECT
public:
    struct Typed
    {
        QString databasePassword;
        QString managerSecret; // one for every server's manager
    };
    struct Resolved
    {
        QString databasePassword; // empty: the environment's
        QHash<QString, QString> managerSecrets; // by partition; empty: the environment's
    };

    explicit SourceSecrets(QObject* parent = nullptr);

    // The keychain entry of a database account and of a server's manager login (what the
    // keychain's own manager shows next to "QueueWatch").
    static QString databaseKey(const DatabaseUrl& url);
    static QString managerKey(const ServerManagerConfig& server);
    // The entry that holds the database password of these settings, when the keychain is to be
    // asked at all ("remember" ticked, a MySQL/MariaDB source); nothing otherwise.
    static std::optional<QString> rememberedDatabaseKey(const LiveViewSettings& chosen);

    // Answers once every keychain read it needed has come back (at once when none was needed).
    void resolve(const LiveViewSettings& chosen, const Typed& typed, std::function<void(const Resolved&)> done);
    // What a "remember" box that was unticked leaves behind goes out of the keychain.
    void forgetUnwanted(const LiveViewSettings& before, const LiveViewSettings& after);

    SecretStore& store() { return m_store; }

Q_SIGNALS:
    void keychainUnavailable(const QString& message); // once per run

private:
    SecretStore m_store;
};

} // namespace qw
