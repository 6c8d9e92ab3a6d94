#include "pipeline/eventrewriter.h"

namespace qw {

EventRewriter::EventRewriter(const SourceSpec& spec, int partitionIndex, QHash<QString, MemberInfo> members)
    : m_partitionIndex(partitionIndex)
    , m_partition(spec.partitions().at(partitionIndex).name)
    , m_callsOnly(spec.partitions().at(partitionIndex).callsOnly)
    , m_renameAgents(spec.renamesAgents())
    , m_members(std::move(members))
{ }

QString EventRewriter::rewrittenAgent(const QString& agent) const
{
    QString named = agent;
    if (const auto member = m_members.constFind(agent); member != m_members.cend())
        named = member->name;
    return m_renameAgents ? renamedAgent(named, m_partition) : named;
}

QString EventRewriter::shownAgent(const SourceSpec& spec, const QString& name, const QString& partition)
{
    return spec.renamesAgents() ? renamedAgent(name, partition) : name;
}

QString EventRewriter::renamedAgent(const QString& agent, const QString& partition)
{
    if (!isAgent(agent))
        return agent;
    const qsizetype slash = agent.indexOf(u'/');
    if (slash < 0)
        return partition + u'-' + agent;
    return agent.first(slash + 1) + partition + u'-' + agent.sliced(slash + 1);
}

bool EventRewriter::rewrite(QueueLogEvent&& event, ClusterEvent& out)
{
    const Verb verb = classifyVerb(event.verb);
    if (verb == Verb::Heartbeat)
        return false;
    if (m_callsOnly && isAgentScopeVerb(verb))
        return false;
    if (!m_members.isEmpty()) {
        if (const auto member = m_members.constFind(event.agent); member != m_members.cend())
            event.agent = member->name;
    }
    if (m_renameAgents && isAgent(event.agent))
        event.agent = m_renamed.intern(renamedAgent(event.agent, m_partition));
    out.event = std::move(event);
    out.verb = verb;
    out.partitionIndex = m_partitionIndex;
    return true;
}

} // namespace qw
