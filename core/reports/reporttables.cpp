#include "reports/reporttables.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
using Kind = ReportColumn::Kind;

QVariant optional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optional(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant share(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

QList<ReportColumn> kpiColumns(const QString& first)
{
    return {
        {first, Kind::Text},
        {ReportTables::tr("Offered"), Kind::Count},
        {ReportTables::tr("Answered"), Kind::Count},
        {ReportTables::tr("Unanswered"), Kind::Count},
        {ReportTables::tr("Answered within SL"), Kind::Count},
        {ReportTables::tr("Unanswered within SL"), Kind::Count},
        {ReportTables::tr("SL"), Kind::Ratio},
        {ReportTables::tr("Avg wait answered (s)"), Kind::Average},
        {ReportTables::tr("Max wait"), Kind::Seconds},
        {ReportTables::tr("Avg talk (s)"), Kind::Average},
        {ReportTables::tr("Talk time"), Kind::Seconds},
        {ReportTables::tr("Avg wait unanswered (s)"), Kind::Average},
        {ReportTables::tr("Transfers"), Kind::Count},
    };
}

QVariantList kpiRow(const QString& name, const KpiTally& k)
{
    return {name,
            k.offered,
            k.answered,
            k.unanswered,
            k.answeredWithinSl,
            k.unansweredWithinSl,
            optional(k.serviceLevel()),
            optional(k.avgWaitAnswered()),
            optional(k.maxWaitAnswered),
            optional(k.avgTalk()),
            k.totalTalk,
            optional(k.avgWaitUnanswered()),
            k.transfers};
}

QList<ReportColumn> countColumns(const QString& first, Kind kind)
{
    return {{first, kind},
            {ReportTables::tr("Offered"), Kind::Count},
            {ReportTables::tr("Answered"), Kind::Count},
            {ReportTables::tr("Unanswered"), Kind::Count},
            {ReportTables::tr("Answered share"), Kind::Ratio}};
}

QVariantList countRow(const QVariant& first, const CallCounts& counts)
{
    return {first, counts.offered, counts.answered, counts.unanswered, share(counts.answered, counts.offered)};
}

QString serversText(const Report& report, quint64 mask)
{
    return report.partitionNames(mask).join(u", "_s);
}
} // namespace

QString ReportTables::formulaText(qint64 slThreshold)
{
    return tr("SL = answered within %1 s / (offered - unanswered within %1 s)").arg(slThreshold);
}

QString ReportTables::causeText(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Answered:
        return tr("Answered");
    case CallOutcome::Abandon:
        return tr("Caller hung up (abandon)");
    case CallOutcome::Timeout:
        return tr("Queue timeout");
    case CallOutcome::ExitEmpty:
        return tr("No agents (exit empty)");
    case CallOutcome::ExitWithKey:
        return tr("Caller pressed a key");
    case CallOutcome::Other:
        return tr("Other");
    }
    return tr("Other");
}

QList<const ReportTable*> ReportTables::all() const
{
    return {&summary,
            &answeredByQueue,
            &answeredByAgent,
            &serviceLevelBuckets,
            &unansweredByCause,
            &unansweredWait,
            &unansweredCalls,
            &byHour,
            &byDay,
            &byWeekday,
            &agents,
            &agentPauses,
            &servers,
            &calls};
}

const ReportTable* ReportTables::find(const QString& id) const
{
    for (const ReportTable* table : all()) {
        if (table->id == id)
            return table;
    }
    return nullptr;
}

ReportTables ReportTables::build(const Report& report, const QTimeZone& zone)
{
    ReportTables t;
    const KpiTally& k = report.totals;

    t.summary = {u"summary"_s, tr("Summary"), {{tr("Figure"), Kind::Text}, {tr("Value"), Kind::Text}}, {}};
    const auto figure = [&](const QString& name, const QVariant& raw, Kind kind) {
        t.summary.rows.append({name, ReportTable::displayText(raw, kind, zone)});
    };
    figure(tr("Calls offered"), k.offered, Kind::Count);
    figure(tr("Answered"), k.answered, Kind::Count);
    figure(tr("Unanswered"), k.unanswered, Kind::Count);
    figure(tr("Service level (%1 s)").arg(report.slThreshold), optional(k.serviceLevel()), Kind::Ratio);
    figure(tr("Answered within %1 s / answered").arg(report.slThreshold), optional(k.slAnswered()), Kind::Ratio);
    figure(tr("Within %1 s (answered or not) / offered").arg(report.slThreshold), optional(k.sl2()), Kind::Ratio);
    figure(tr("Average wait, answered (s)"), optional(k.avgWaitAnswered()), Kind::Average);
    figure(tr("Longest wait, answered"), optional(k.maxWaitAnswered), Kind::Seconds);
    figure(tr("Average talk (s)"), optional(k.avgTalk()), Kind::Average);
    figure(tr("Average wait before giving up (s)"), optional(k.avgWaitUnanswered()), Kind::Average);
    figure(tr("Transfers"), k.transfers, Kind::Count);
    figure(tr("Ring no answer"), k.ringNoAnswer, Kind::Count);
    figure(tr("Agents"), qint64(report.agents.size()), Kind::Count);

    t.answeredByQueue = {u"answered-by-queue"_s, tr("Answered calls by queue"), kpiColumns(tr("Queue")), {}};
    for (auto it = report.queues.cbegin(); it != report.queues.cend(); ++it)
        t.answeredByQueue.rows.append(kpiRow(it.key(), it.value()));
    if (!report.queues.isEmpty())
        t.answeredByQueue.rows.append(kpiRow(tr("All queues"), report.totals));

    t.answeredByAgent = {u"answered-by-agent"_s,
                         tr("Answered calls by agent"),
                         {{tr("Agent"), Kind::Text},
                          {tr("Answered"), Kind::Count},
                          {tr("Talk time"), Kind::Seconds},
                          {tr("Avg talk (s)"), Kind::Average},
                          {tr("Ring no answer"), Kind::Count},
                          {tr("Servers"), Kind::Text}},
                         {}};
    for (auto it = report.agents.cbegin(); it != report.agents.cend(); ++it) {
        const AgentFigures& a = it.value();
        if (a.answered == 0 && a.ringNoAnswer == 0)
            continue;
        t.answeredByAgent.rows.append({it.key(), a.answered, a.totalTalk,
                                       a.answered > 0 ? QVariant(double(a.totalTalk) / double(a.answered)) : QVariant(),
                                       a.ringNoAnswer, serversText(report, a.partitionMask)});
    }

    // Buckets from the call list: cumulative, so "within 30 s" includes "within 20 s".
    std::array<qint64, Buckets.size()> answeredWithin {};
    std::array<qint64, Buckets.size()> gaveUpWithin {};
    for (const CallRecord& call : report.calls) {
        for (std::size_t b = 0; b < Buckets.size(); ++b) {
            if (call.wait > Buckets[b])
                continue;
            ++(call.answered() ? answeredWithin : gaveUpWithin)[b];
        }
    }
    t.serviceLevelBuckets = {
        u"sl-buckets"_s,
        tr("Answered within"),
        {{tr("Within (s)"), Kind::Count}, {tr("Answered calls"), Kind::Count}, {tr("Share of answered"), Kind::Ratio}},
        {}};
    t.unansweredWait = {u"unanswered-wait"_s,
                        tr("Wait before giving up"),
                        {{tr("Within (s)"), Kind::Count},
                         {tr("Unanswered calls"), Kind::Count},
                         {tr("Share of unanswered"), Kind::Ratio}},
                        {}};
    for (std::size_t b = 0; b < Buckets.size(); ++b) {
        t.serviceLevelBuckets.rows.append({Buckets[b], answeredWithin[b], share(answeredWithin[b], k.answered)});
        t.unansweredWait.rows.append({Buckets[b], gaveUpWithin[b], share(gaveUpWithin[b], k.unanswered)});
    }

    t.unansweredByCause
        = {u"unanswered-by-cause"_s,
           tr("Unanswered calls by cause"),
           {{tr("Cause"), Kind::Text}, {tr("Calls"), Kind::Count}, {tr("Share of unanswered"), Kind::Ratio}},
           {}};
    for (int cause = 0; cause < UnansweredCauseCount; ++cause) {
        const qint64 count = k.unansweredByCause[std::size_t(cause)];
        t.unansweredByCause.rows.append({causeText(CallOutcome(cause + 1)), count, share(count, k.unanswered)});
    }

    const QList<ReportColumn> callColumns {
        {tr("Entered"), Kind::Time}, {tr("Server"), Kind::Text},  {tr("Queue"), Kind::Text},
        {tr("Caller"), Kind::Text},  {tr("Outcome"), Kind::Text}, {tr("Wait"), Kind::Seconds},
        {tr("Talk"), Kind::Seconds}, {tr("Agent"), Kind::Text},   {tr("Transferred"), Kind::Text}};
    t.calls = {u"calls"_s, tr("Call details"), callColumns, {}};
    t.unansweredCalls = {u"unanswered-calls"_s,
                         tr("Unanswered calls"),
                         {{tr("Entered"), Kind::Time},
                          {tr("Server"), Kind::Text},
                          {tr("Queue"), Kind::Text},
                          {tr("Caller"), Kind::Text},
                          {tr("Cause"), Kind::Text},
                          {tr("Wait"), Kind::Seconds}},
                         {}};
    t.calls.rows.reserve(report.calls.size());
    for (const CallRecord& call : report.calls) {
        const QString server = report.partitions.value(call.partitionIndex);
        const QString outcome = causeText(call.outcome);
        t.calls.rows.append({call.enter, server, call.queue, call.caller, outcome, call.wait,
                             call.talk ? QVariant(*call.talk) : QVariant(), call.agent,
                             call.transferred ? tr("yes") : QString()});
        if (!call.answered())
            t.unansweredCalls.rows.append({call.enter, server, call.queue, call.caller, outcome, call.wait});
    }

    t.byHour = {u"by-hour"_s, tr("Calls by hour"), countColumns(tr("Hour"), Kind::Text), {}};
    for (int hour = 0; hour < 24; ++hour)
        t.byHour.rows.append(countRow(u"%1:00"_s.arg(hour, 2, 10, QChar(u'0')), report.byHour[std::size_t(hour)]));
    t.byDay = {u"by-day"_s, tr("Calls by day"), countColumns(tr("Day"), Kind::Text), {}};
    for (auto it = report.byDay.cbegin(); it != report.byDay.cend(); ++it)
        t.byDay.rows.append(countRow(it.key().toString(Qt::ISODate), it.value()));
    t.byWeekday = {u"by-weekday"_s, tr("Calls by weekday"), countColumns(tr("Weekday"), Kind::Text), {}};
    const QLocale locale;
    for (int day = 0; day < 7; ++day)
        t.byWeekday.rows.append(countRow(locale.dayName(day + 1), report.byWeekday[std::size_t(day)]));

    t.agents = {u"agents"_s,
                tr("Agents"),
                {{tr("Agent"), Kind::Text},
                 {tr("Logged in"), Kind::Seconds},
                 {tr("Paused"), Kind::Seconds},
                 {tr("Answered"), Kind::Count},
                 {tr("Talk time"), Kind::Seconds},
                 {tr("Ring no answer"), Kind::Count},
                 {tr("Servers"), Kind::Text}},
                {}};
    t.agentPauses = {u"agent-pauses"_s,
                     tr("Paused time by reason"),
                     {{tr("Agent"), Kind::Text}, {tr("Reason"), Kind::Text}, {tr("Paused"), Kind::Seconds}},
                     {}};
    for (auto it = report.agents.cbegin(); it != report.agents.cend(); ++it) {
        const AgentFigures& a = it.value();
        t.agents.rows.append({it.key(), a.time.loggedIn, a.time.paused, a.answered, a.totalTalk, a.ringNoAnswer,
                              serversText(report, a.partitionMask)});
        for (auto reason = a.time.pausedByReason.cbegin(); reason != a.time.pausedByReason.cend(); ++reason)
            t.agentPauses.rows.append(
                {it.key(), reason.key().isEmpty() ? tr("(no reason)") : reason.key(), reason.value()});
    }

    t.servers = {u"servers"_s, tr("Servers"), kpiColumns(tr("Server")), {}};
    for (qsizetype p = 0; p < report.servers.size(); ++p)
        t.servers.rows.append(kpiRow(report.partitions.value(p), report.servers[p]));
    return t;
}

} // namespace qw
