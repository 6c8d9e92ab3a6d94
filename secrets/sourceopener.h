#pragma once

#include "secrets/sourcesecrets.h"
#include "settings/liveviewsettings.h"

#include <QObject>

namespace qw {

class LiveSession;
class ManagedLive;

// Opens what the live window shows: finds the passwords a choice needs (SourceSecrets: typed,
// else the keychain, else the environment), then configures the servers' managers and opens the
// live session with them. The keychain answers later; when the user has chosen again meanwhile,
// only the newest choice is opened, so an old answer never replaces what is on screen.
class SourceOpener : public QObject
{
    Q_OBJECT
public:
    // `current`: what is shown now (an unticked "remember" is compared with it).
    SourceOpener(LiveSession& session, ManagedLive& managed, SourceSecrets& secrets, LiveViewSettings current,
                 QObject* parent = nullptr);

public Q_SLOTS:
    // `password` and `managerSecret`: typed for this run (empty: remembered, else environment).
    void open(const qw::LiveViewSettings& chosen, const QString& password = {}, const QString& managerSecret = {});

Q_SIGNALS:
    // The choice is open, with supervisor actions available or not.
    void opened(bool actionsAvailable);

private:
    void openWith(const LiveViewSettings& chosen, const SourceSecrets::Resolved& resolved);

    LiveSession& m_session;
    ManagedLive& m_managed;
    SourceSecrets& m_secrets;
    LiveViewSettings m_current;
    quint64 m_newest = 0; // numbers the choices; an answer for an older one is dropped
};

} // namespace qw
