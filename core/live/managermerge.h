#pragma once

#include "live/livesnapshot.h"
#include "sources/sourcespec.h"

namespace qw {

// The live view with what the servers' manager interfaces say merged in. For a server whose
// manager is ready, its members are authoritative: static members that queue_log never names
// appear, removed ones are in no queue of it, device states ("ringing", "unavailable") and
// pauses are as the server has them, and its waiting callers are at the places it reports.
// queue_log stays the source of calls and of the day's figures; servers without a ready manager
// keep the queue_log picture. Member names are renamed as the spec's rules rename agents
// (clustrw), so they meet the agents of the log; a server flagged '-' still lists its members.
LiveSnapshot mergeManagers(const LiveSnapshot& fromLog, const ServerPictures& pictures, const SourceSpec& spec);

} // namespace qw
