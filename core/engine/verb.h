#pragma once

#include <QString>

namespace qw {

// The queue_log verbs the engine acts on. Anything else is Verb::Other: kept and passed on,
// never an error. Verbs are case-sensitive, as Asterisk writes them.
enum class Verb : quint8
{
    Other,
    EnterQueue,
    Connect,
    CompleteCaller,
    CompleteAgent,
    Transfer,
    BlindTransfer,
    AttendedTransfer,
    Abandon,
    ExitWithTimeout,
    ExitEmpty,
    ExitWithKey,
    SysCompat,
    Withdraw,
    RingNoAnswer,
    RingCanceled,
    AgentDump,
    AgentLogin,
    AgentLogoff,
    AgentCallbackLogin,
    AgentCallbackLogoff,
    AddMember,
    RemoveMember,
    Pause,
    Unpause,
    PauseAll,
    UnpauseAll,
    PauseReason,
    Penalty,
    RingInUse,
    HotDesk,
    QueueStart,
    ConfigReload,
    Heartbeat,
};

Verb classifyVerb(const QString& verb);

// Verbs a partition flagged with '-' loses (semantics section 4).
bool isAgentScopeVerb(Verb verb);

} // namespace qw
