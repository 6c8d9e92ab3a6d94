#pragma once

#include <optional>
#include <QString>

namespace qw {

// How a stint ended (semantics section 2). Unanswered causes follow the end verb alone.
enum class CallOutcome : quint8
{
    Answered,
    Abandon,
    Timeout,
    ExitEmpty,
    ExitWithKey,
    Other
};

constexpr int UnansweredCauseCount = 5;
// Index of an unanswered outcome in cause tables (abandon, timeout, exitempty, exitwithkey, other).
constexpr int causeIndex(CallOutcome outcome)
{
    return int(outcome) - 1;
}
const char* outcomeName(CallOutcome outcome); // the JSON word: "answered", "abandon", ...

// One finished stint: one caller in one queue on one server.
struct CallRecord
{
    int partitionIndex = 0;
    QString callId;
    QString queue;
    qint64 enter = 0;
    CallOutcome outcome = CallOutcome::Other;
    qint64 wait = 0;
    std::optional<qint64> talk;
    QString agent; // empty: none (fine-print 5)
    bool transferred = false;
    int ringNoAnswer = 0; // RINGNOANSWER events while the stint was open
    QString caller; // ENTERQUEUE data2, as written
    quint64 sequence = 0; // merged order of its ENTERQUEUE: the call list's order

    bool answered() const { return outcome == CallOutcome::Answered; }
};

} // namespace qw
