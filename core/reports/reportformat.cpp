#include "reports/reportformat.h"

#include "json/jsonvalues.h"
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
const std::array<const char*, UnansweredCauseCount> CauseNames {"abandon", "timeout", "exitempty", "exitwithkey",
                                                                "other"};

QJsonObject kpiJson(const KpiTally& kpi)
{
    QJsonObject causes;
    for (std::size_t i = 0; i < CauseNames.size(); ++i)
        causes.insert(QLatin1StringView(CauseNames[i]), kpi.unansweredByCause[i]);
    return QJsonObject {
        {u"offered"_s, kpi.offered},
        {u"answered"_s, kpi.answered},
        {u"unanswered"_s, kpi.unanswered},
        {u"unanswered_by_cause"_s, causes},
        {u"answered_within_sl"_s, kpi.answeredWithinSl},
        {u"unanswered_within_sl"_s, kpi.unansweredWithinSl},
        {u"service_level"_s, jsonOrNull(kpi.serviceLevel())},
        {u"sl_answered"_s, jsonOrNull(kpi.slAnswered())},
        {u"sl2"_s, jsonOrNull(kpi.sl2())},
        {u"avg_wait_answered"_s, jsonOrNull(kpi.avgWaitAnswered())},
        {u"max_wait_answered"_s, jsonOrNull(kpi.maxWaitAnswered)},
        {u"avg_talk"_s, jsonOrNull(kpi.avgTalk())},
        {u"total_talk"_s, kpi.totalTalk},
        {u"avg_wait_unanswered"_s, jsonOrNull(kpi.avgWaitUnanswered())},
        {u"transfers"_s, kpi.transfers},
        {u"ring_no_answer"_s, kpi.ringNoAnswer},
    };
}

QJsonObject countsJson(const CallCounts& counts)
{
    return QJsonObject {
        {u"offered"_s, counts.offered}, {u"answered"_s, counts.answered}, {u"unanswered"_s, counts.unanswered}};
}

QJsonObject agentJson(const Report& report, const AgentFigures& agent)
{
    QJsonObject byReason;
    for (auto it = agent.time.pausedByReason.cbegin(); it != agent.time.pausedByReason.cend(); ++it) {
        if (it.value() > 0)
            byReason.insert(it.key(), it.value());
    }
    return QJsonObject {
        {u"servers"_s, QJsonArray::fromStringList(report.partitionNames(agent.partitionMask))},
        {u"answered"_s, agent.answered},
        {u"total_talk"_s, agent.totalTalk},
        {u"ring_no_answer"_s, agent.ringNoAnswer},
        {u"logged_in_time"_s, agent.time.loggedIn},
        {u"paused_time"_s, agent.time.paused},
        {u"paused_by_reason"_s, byReason},
    };
}

QJsonObject callJson(const Report& report, const CallRecord& call)
{
    return QJsonObject {
        {u"server"_s, report.partitions.value(call.partitionIndex)},
        {u"call_id"_s, call.callId},
        {u"queue"_s, call.queue},
        {u"enter"_s, call.enter},
        {u"outcome"_s, QLatin1StringView(outcomeName(call.outcome))},
        {u"wait"_s, call.wait},
        {u"talk"_s, jsonOrNull(call.talk)},
        {u"agent"_s, jsonOrNull(call.agent)},
        {u"transferred"_s, call.transferred},
        {u"caller"_s, call.caller},
    };
}

} // namespace

QJsonObject reportToJson(const Report& report, bool withCalls)
{
    QJsonObject queues;
    for (auto it = report.queues.cbegin(); it != report.queues.cend(); ++it)
        queues.insert(it.key(), kpiJson(it.value()));
    QJsonObject servers;
    for (qsizetype i = 0; i < report.partitions.size(); ++i)
        servers.insert(report.partitions[i], kpiJson(report.servers.value(i)));
    QJsonObject agents;
    for (auto it = report.agents.cbegin(); it != report.agents.cend(); ++it)
        agents.insert(it.key(), agentJson(report, it.value()));
    QJsonArray byHour;
    for (std::size_t hour = 0; hour < report.byHour.size(); ++hour) {
        QJsonObject bucket = countsJson(report.byHour[hour]);
        bucket.insert(u"hour"_s, int(hour));
        byHour.append(bucket);
    }
    QJsonArray byDay;
    for (auto it = report.byDay.cbegin(); it != report.byDay.cend(); ++it) {
        QJsonObject bucket = countsJson(it.value());
        bucket.insert(u"day"_s, it.key().toString(Qt::ISODate));
        byDay.append(bucket);
    }
    QJsonArray byWeekday;
    for (std::size_t day = 0; day < report.byWeekday.size(); ++day) {
        QJsonObject bucket = countsJson(report.byWeekday[day]);
        bucket.insert(u"weekday"_s, int(day + 1));
        byWeekday.append(bucket);
    }

    QJsonObject json {
        {u"source"_s, report.source},
        {u"period"_s, QJsonObject {{u"from"_s, report.from}, {u"to"_s, report.to}, {u"tz"_s, report.timeZone}}},
        {u"sl_threshold"_s, report.slThreshold},
        {u"totals"_s, kpiJson(report.totals)},
        {u"queues"_s, queues},
        {u"servers"_s, servers},
        {u"agents"_s, agents},
        {u"by_hour"_s, byHour},
        {u"by_day"_s, byDay},
        {u"by_weekday"_s, byWeekday},
        {u"warnings"_s, QJsonArray::fromStringList(report.warnings)},
    };
    if (report.now) // when the report was made: agent time stops there
        json.insert(u"now"_s, *report.now);
    if (withCalls) {
        QJsonArray calls;
        for (const CallRecord& call : report.calls)
            calls.append(callJson(report, call));
        json.insert(u"calls"_s, calls);
    }
    return json;
}

} // namespace qw
