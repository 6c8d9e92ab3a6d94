#include "engine/verb.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace qw {

Verb classifyVerb(const QString& verb)
{
    static const QHash<QString, Verb> verbs {
        {u"ENTERQUEUE"_s, Verb::EnterQueue},
        {u"CONNECT"_s, Verb::Connect},
        {u"COMPLETECALLER"_s, Verb::CompleteCaller},
        {u"COMPLETEAGENT"_s, Verb::CompleteAgent},
        {u"TRANSFER"_s, Verb::Transfer},
        {u"BLINDTRANSFER"_s, Verb::BlindTransfer},
        {u"ATTENDEDTRANSFER"_s, Verb::AttendedTransfer},
        {u"ABANDON"_s, Verb::Abandon},
        {u"EXITWITHTIMEOUT"_s, Verb::ExitWithTimeout},
        {u"EXITEMPTY"_s, Verb::ExitEmpty},
        {u"EXITWITHKEY"_s, Verb::ExitWithKey},
        {u"SYSCOMPAT"_s, Verb::SysCompat},
        {u"WITHDRAW"_s, Verb::Withdraw},
        {u"RINGNOANSWER"_s, Verb::RingNoAnswer},
        {u"RINGCANCELED"_s, Verb::RingCanceled},
        {u"AGENTDUMP"_s, Verb::AgentDump},
        {u"AGENTLOGIN"_s, Verb::AgentLogin},
        {u"AGENTLOGOFF"_s, Verb::AgentLogoff},
        {u"AGENTCALLBACKLOGIN"_s, Verb::AgentCallbackLogin},
        {u"AGENTCALLBACKLOGOFF"_s, Verb::AgentCallbackLogoff},
        {u"ADDMEMBER"_s, Verb::AddMember},
        {u"REMOVEMEMBER"_s, Verb::RemoveMember},
        {u"PAUSE"_s, Verb::Pause},
        {u"UNPAUSE"_s, Verb::Unpause},
        {u"PAUSEALL"_s, Verb::PauseAll},
        {u"UNPAUSEALL"_s, Verb::UnpauseAll},
        {u"PAUSEREASON"_s, Verb::PauseReason},
        {u"PENALTY"_s, Verb::Penalty},
        {u"RINGINUSE"_s, Verb::RingInUse},
        {u"HOTDESK"_s, Verb::HotDesk},
        {u"QUEUESTART"_s, Verb::QueueStart},
        {u"CONFIGRELOAD"_s, Verb::ConfigReload},
        {u"HEARTBEAT"_s, Verb::Heartbeat},
    };
    return verbs.value(verb, Verb::Other);
}

bool isAgentScopeVerb(Verb verb)
{
    switch (verb) {
    case Verb::AgentLogin:
    case Verb::AgentLogoff:
    case Verb::AgentCallbackLogin:
    case Verb::AgentCallbackLogoff:
    case Verb::AddMember:
    case Verb::RemoveMember:
    case Verb::Pause:
    case Verb::Unpause:
    case Verb::PauseAll:
    case Verb::UnpauseAll:
    case Verb::PauseReason:
    case Verb::Penalty:
    case Verb::RingInUse:
    case Verb::HotDesk:
        return true;
    default:
        return false;
    }
}

} // namespace qw
