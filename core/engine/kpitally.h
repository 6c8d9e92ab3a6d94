#pragma once

#include "engine/callrecord.h"

#include <array>
#include <optional>

namespace qw {

// The KPIs of semantics section 6 for one set of stints (a queue, a server, the total). Counts
// and sums only; ratios are worked out on demand, and a ratio with nothing to divide by is
// nullopt (never 0, never NaN).
struct KpiTally
{
    qint64 offered = 0;
    qint64 answered = 0;
    qint64 unanswered = 0;
    std::array<qint64, UnansweredCauseCount> unansweredByCause {};
    qint64 answeredWithinSl = 0;
    qint64 unansweredWithinSl = 0;
    qint64 waitAnsweredSum = 0;
    std::optional<qint64> maxWaitAnswered;
    qint64 talkedCalls = 0; // answered stints that have a talk
    qint64 totalTalk = 0;
    qint64 waitUnansweredSum = 0;
    qint64 transfers = 0;
    qint64 ringNoAnswer = 0;

    void add(const CallRecord& call, qint64 slThreshold);

    std::optional<double> serviceLevel() const; // answered_within_sl / (offered - unanswered_within_sl)
    std::optional<double> slAnswered() const; // answered_within_sl / answered (Asterisk's SL)
    std::optional<double> sl2() const; // (answered_within_sl + unanswered_within_sl) / offered
    std::optional<double> avgWaitAnswered() const;
    std::optional<double> avgTalk() const;
    std::optional<double> avgWaitUnanswered() const;
};

// Offered, answered and unanswered in one time bucket (hour of day, day, weekday).
struct CallCounts
{
    qint64 offered = 0;
    qint64 answered = 0;
    qint64 unanswered = 0;

    void add(const CallRecord& call);
};

} // namespace qw
