#pragma once

#include "engine/verb.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace qw {

// Tells when one server logs its queue members under two names, as Asterisk does by default
// (log_membername_as_agent = no): ADDMEMBER and REMOVEMEMBER carry the member's interface
// ("Local/agent3@agents/n"), every other line its member name ("Agent Three"). The signs, both
// needed: an interface-like agent seen only adding or removing members, and an agent that answers
// calls but never logs in or is added. Fed the rewritten events of one partition, so a
// member-names map that joins the two makes the signs go away.
class MemberSplit
{
    Q_DECLARE_TR_FUNCTIONS(qw::MemberSplit)
public:
    void note(const QString& agent, Verb verb);
    // Whether the partition shows the split.
    bool found() const;
    // A few of the interfaces seen only in ADDMEMBER/REMOVEMEMBER, for the message.
    QStringList interfaces(int most = 3) const;

    // The words for the user, with both fixes.
    static QString advice(const QString& partition, const QStringList& interfaces);

private:
    enum Seen : quint8
    {
        AsMemberChange = 1, // ADDMEMBER, REMOVEMEMBER
        AsSession = 2, // agent logins
        AsCall = 4, // CONNECT: answered a call
        AsOther = 8, // pauses, rings: lines a member name is written on
    };
    QHash<QString, quint8> m_seen;
};

} // namespace qw
