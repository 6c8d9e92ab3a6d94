#include "secrets/sourceopener.h"

#include "live/livesession.h"
#include "manager/managedlive.h"
#include "manager/managerconfig.h"

#include <QPointer>

namespace qw {

SourceOpener::SourceOpener(LiveSession& session, ManagedLive& managed, SourceSecrets& secrets, LiveViewSettings current,
                           QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_managed(managed)
    , m_secrets(secrets)
    , m_current(std::move(current))
{ }

void SourceOpener::open(const LiveViewSettings& chosen, const QString& password, const QString& managerSecret)
{
    m_secrets.forgetUnwanted(m_current, chosen);
    m_current = chosen;
    const quint64 thisChoice = ++m_newest;
    m_secrets.resolve(
        chosen, {password, managerSecret},
        [opener = QPointer<SourceOpener>(this), thisChoice, chosen](const SourceSecrets::Resolved& resolved) {
            if (opener && thisChoice == opener->m_newest)
                opener->openWith(chosen, resolved);
        });
}

void SourceOpener::openWith(const LiveViewSettings& chosen, const SourceSecrets::Resolved& resolved)
{
    const auto spec = SourceSpec::parse(chosen.sourceSpec.trimmed());
    const auto config = ManagerConfig::parse(chosen.managers);
    if (chosen.demo || !std::holds_alternative<SourceSpec>(spec) || !std::holds_alternative<ManagerConfig>(config)) {
        m_managed.configure({}, {}, {}, false);
    } else {
        m_managed.configure(std::get<SourceSpec>(spec), std::get<ManagerConfig>(config), resolved.managerSecrets,
                            chosen.actionsEnabled);
    }
    // After the managers: the names they taught earlier are there from the first read.
    m_session.open(chosen, resolved.databasePassword, m_managed.learnedNames());
    Q_EMIT opened(m_managed.actionsEnabled());
}

} // namespace qw
