#include "engine/kpitally.h"

namespace qw {

namespace {
std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}
} // namespace

void KpiTally::add(const CallRecord& call, qint64 slThreshold)
{
    ++offered;
    ringNoAnswer += call.ringNoAnswer;
    if (call.answered()) {
        ++answered;
        waitAnsweredSum += call.wait;
        maxWaitAnswered = std::max(maxWaitAnswered.value_or(call.wait), call.wait);
        if (call.wait <= slThreshold)
            ++answeredWithinSl;
        if (call.talk) {
            ++talkedCalls;
            totalTalk += *call.talk;
        }
        if (call.transferred)
            ++transfers;
    } else {
        ++unanswered;
        ++unansweredByCause[std::size_t(causeIndex(call.outcome))];
        waitUnansweredSum += call.wait;
        if (call.wait <= slThreshold)
            ++unansweredWithinSl;
    }
}

std::optional<double> KpiTally::serviceLevel() const
{
    return ratio(answeredWithinSl, offered - unansweredWithinSl);
}

std::optional<double> KpiTally::slAnswered() const
{
    return ratio(answeredWithinSl, answered);
}

std::optional<double> KpiTally::sl2() const
{
    return ratio(answeredWithinSl + unansweredWithinSl, offered);
}

std::optional<double> KpiTally::avgWaitAnswered() const
{
    return ratio(waitAnsweredSum, answered);
}

std::optional<double> KpiTally::avgTalk() const
{
    return ratio(totalTalk, talkedCalls);
}

std::optional<double> KpiTally::avgWaitUnanswered() const
{
    return ratio(waitUnansweredSum, unanswered);
}

void CallCounts::add(const CallRecord& call)
{
    ++offered;
    if (call.answered())
        ++answered;
    else
        ++unanswered;
}

} // namespace qw
