#pragma once

#include "events/stringpool.h"
#include "pipeline/clusterevent.h"
#include "sources/membernames.h"
#include "sources/sourcespec.h"

namespace qw {

// The cluster rules of semantics section 4 for one partition of a spec, in this order: an agent
// that is a member's interface becomes its member name (MemberNames: Asterisk's default logs
// ADDMEMBER and REMOVEMEMBER under the interface, all else under the name), HEARTBEAT rows go,
// agent-scope events of a partition flagged '-' go, and with clustrw every agent value is
// renamed with its partition (Agent/101 on A is Agent/A-101, a bare 101 is A-101).
class EventRewriter
{
public:
    EventRewriter(const SourceSpec& spec, int partitionIndex, QHash<QString, MemberInfo> members = {});

    // False when the event is dropped.
    bool rewrite(QueueLogEvent&& event, ClusterEvent& out);

    static QString renamedAgent(const QString& agent, const QString& partition);
    // A member name as the cluster shows it: renamed per server under clustrw:, else as it is.
    static QString shownAgent(const SourceSpec& spec, const QString& name, const QString& partition);
    // The agent value as rewrite() leaves it on this partition.
    QString rewrittenAgent(const QString& agent) const;

private:
    int m_partitionIndex;
    QString m_partition;
    bool m_callsOnly;
    bool m_renameAgents;
    QHash<QString, MemberInfo> m_members; // by interface
    StringPool m_renamed; // agent names repeat: share the renamed strings
};

} // namespace qw
