#include "engine/membersplit.h"

#include <algorithm>

namespace qw {

namespace {
// "Local/agent3@agents/n", "SIP/200", "PJSIP/agent-7": a channel technology, a slash, the rest.
bool looksLikeInterface(const QString& agent)
{
    const qsizetype slash = agent.indexOf(u'/');
    return slash > 0 && slash + 1 < agent.size() && !agent.first(slash).contains(u' ');
}
} // namespace

void MemberSplit::note(const QString& agent, Verb verb)
{
    quint8 seen = 0;
    switch (verb) {
    case Verb::AddMember:
    case Verb::RemoveMember:
        seen = AsMemberChange;
        break;
    case Verb::AgentLogin:
    case Verb::AgentCallbackLogin:
        seen = AsSession;
        break;
    case Verb::Connect:
        seen = AsCall;
        break;
    case Verb::Pause:
    case Verb::Unpause:
    case Verb::PauseAll:
    case Verb::UnpauseAll:
    case Verb::RingNoAnswer:
        seen = AsOther;
        break;
    default:
        return;
    }
    if (agent.isEmpty() || agent == u"NONE")
        return;
    m_seen[agent] |= seen;
}

bool MemberSplit::found() const
{
    bool interfaceOnlyChanged = false;
    bool callsWithoutMembership = false;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        const quint8 seen = it.value();
        if (seen == AsMemberChange && looksLikeInterface(it.key()))
            interfaceOnlyChanged = true;
        if ((seen & AsCall) && !(seen & (AsMemberChange | AsSession)))
            callsWithoutMembership = true;
    }
    return interfaceOnlyChanged && callsWithoutMembership;
}

QStringList MemberSplit::interfaces(int most) const
{
    QStringList found;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        if (it.value() == AsMemberChange && looksLikeInterface(it.key()))
            found.append(it.key());
    }
    std::sort(found.begin(), found.end());
    return found.mid(0, most);
}

QString MemberSplit::advice(const QString& partition, const QStringList& interfaces)
{
    return tr("Server %1 logs its queue members under two names: their interfaces (%2) when they are added "
              "or removed, their member names on every other line, so a member shows as two agents and its "
              "sessions and pauses do not add up. Give a member-names file that maps each interface to its "
              "name, or set log_membername_as_agent = yes in queues.conf on that server.")
        .arg(partition, interfaces.join(QStringLiteral(", ")));
}

} // namespace qw
