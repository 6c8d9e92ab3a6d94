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

QList<ReportColumn> kpiColumns(const QString& firstKey, const QString& first)
{
    return {
        {firstKey, first, Kind::Text},
        {u"offered"_s, ReportTables::tr("Offered"), Kind::Count},
        {u"answered"_s, ReportTables::tr("Answered"), Kind::Count},
        {u"unanswered"_s, ReportTables::tr("Unanswered"), Kind::Count},
        {u"answered_within_sl"_s, ReportTables::tr("Answered within SL"), Kind::Count},
        {u"unanswered_within_sl"_s, ReportTables::tr("Unanswered within SL"), Kind::Count},
        {u"service_level"_s, ReportTables::tr("SL"), Kind::Ratio},
        {u"avg_wait_answered"_s, ReportTables::tr("Avg wait answered"), Kind::Average},
        {u"max_wait_answered"_s, ReportTables::tr("Max wait"), Kind::Seconds},
        {u"avg_talk"_s, ReportTables::tr("Avg talk"), Kind::Average},
        {u"total_talk"_s, ReportTables::tr("Talk time"), Kind::Seconds},
        {u"avg_wait_unanswered"_s, ReportTables::tr("Avg wait unanswered"), Kind::Average},
        {u"transfers"_s, ReportTables::tr("Transfers"), Kind::Count},
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

QList<ReportColumn> countColumns(const QString& firstKey, const QString& first)
{
    return {{firstKey, first, Kind::Text},
            {u"offered"_s, ReportTables::tr("Offered"), Kind::Count},
            {u"answered"_s, ReportTables::tr("Answered"), Kind::Count},
            {u"unanswered"_s, ReportTables::tr("Unanswered"), Kind::Count},
            {u"answered_share"_s, ReportTables::tr("Answered share"), Kind::Ratio}};
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

ReportTable ReportTables::queueKpis(const Report& report)
{
    ReportTable table {u"queue-kpis"_s, tr("Every figure by queue"), {}, {}};
    table.columns = {
        {u"queue"_s, tr("Queue"), Kind::Text},
        {u"offered"_s, tr("Offered"), Kind::Count},
        {u"answered"_s, tr("Answered"), Kind::Count},
        {u"unanswered"_s, tr("Unanswered"), Kind::Count},
        {u"abandon"_s, tr("Abandon"), Kind::Count},
        {u"timeout"_s, tr("Timeout"), Kind::Count},
        {u"exitempty"_s, tr("Exit empty"), Kind::Count},
        {u"exitwithkey"_s, tr("Exit with key"), Kind::Count},
        {u"other"_s, tr("Other"), Kind::Count},
        {u"answered_within_sl"_s, tr("Answered within SL"), Kind::Count},
        {u"unanswered_within_sl"_s, tr("Unanswered within SL"), Kind::Count},
        {u"service_level"_s, tr("SL"), Kind::Ratio},
        {u"sl_answered"_s, tr("Answered within SL / answered"), Kind::Ratio},
        {u"sl2"_s, tr("Within SL / offered"), Kind::Ratio},
        {u"avg_wait_answered"_s, tr("Avg wait answered"), Kind::Average},
        {u"max_wait_answered"_s, tr("Max wait"), Kind::Seconds},
        {u"avg_talk"_s, tr("Avg talk"), Kind::Average},
        {u"total_talk"_s, tr("Talk time"), Kind::Seconds},
        {u"avg_wait_unanswered"_s, tr("Avg wait unanswered"), Kind::Average},
        {u"transfers"_s, tr("Transfers"), Kind::Count},
        {u"ring_no_answer"_s, tr("Ring no answer"), Kind::Count},
    };
    for (auto it = report.queues.cbegin(); it != report.queues.cend(); ++it) {
        const KpiTally& k = it.value();
        QVariantList row {it.key(), k.offered, k.answered, k.unanswered};
        for (const qint64 cause : k.unansweredByCause)
            row.append(cause);
        row << k.answeredWithinSl << k.unansweredWithinSl << optional(k.serviceLevel()) << optional(k.slAnswered())
            << optional(k.sl2()) << optional(k.avgWaitAnswered()) << optional(k.maxWaitAnswered)
            << optional(k.avgTalk()) << k.totalTalk << optional(k.avgWaitUnanswered()) << k.transfers << k.ringNoAnswer;
        table.rows.append(row);
    }
    return table;
}

ReportTable ReportTables::callList(const Report& report)
{
    ReportTable table {u"calls"_s,
                       tr("Call details"),
                       {{u"enter"_s, tr("Entered"), Kind::Time},
                        {u"server"_s, tr("Server"), Kind::Text},
                        {u"call_id"_s, tr("Call id"), Kind::Text},
                        {u"queue"_s, tr("Queue"), Kind::Text},
                        {u"caller"_s, tr("Caller"), Kind::Text},
                        {u"outcome"_s, tr("Outcome"), Kind::Outcome},
                        {u"wait"_s, tr("Wait"), Kind::Seconds},
                        {u"talk"_s, tr("Talk"), Kind::Seconds},
                        {u"agent"_s, tr("Agent"), Kind::Text},
                        {u"transferred"_s, tr("Transferred"), Kind::Flag}},
                       {}};
    table.rows.reserve(report.calls.size());
    for (const CallRecord& call : report.calls)
        table.rows.append({call.enter, report.partitions.value(call.partitionIndex), call.callId, call.queue,
                           call.caller, int(call.outcome), call.wait, call.talk ? QVariant(*call.talk) : QVariant(),
                           call.agent, call.transferred});
    return table;
}

ReportTables ReportTables::build(const Report& report, const QTimeZone& zone)
{
    ReportTables t;
    const KpiTally& k = report.totals;

    // One figure a row, each in its own format: the values are written here, aligned as numbers.
    t.summary = {u"summary"_s,
                 tr("Summary"),
                 {{u"figure"_s, tr("Figure"), Kind::Text}, {u"value"_s, tr("Value"), Kind::Formatted}},
                 {}};
    const auto figure = [&](const QString& name, const QVariant& raw, Kind kind) {
        t.summary.rows.append({name, ReportTable::displayText(raw, kind, zone)});
    };
    figure(tr("Calls offered"), k.offered, Kind::Count);
    figure(tr("Answered"), k.answered, Kind::Count);
    figure(tr("Unanswered"), k.unanswered, Kind::Count);
    figure(tr("Service level (%1 s)").arg(report.slThreshold), optional(k.serviceLevel()), Kind::Ratio);
    figure(tr("Answered within %1 s / answered").arg(report.slThreshold), optional(k.slAnswered()), Kind::Ratio);
    figure(tr("Within %1 s (answered or not) / offered").arg(report.slThreshold), optional(k.sl2()), Kind::Ratio);
    figure(tr("Average wait, answered"), optional(k.avgWaitAnswered()), Kind::Average);
    figure(tr("Longest wait, answered"), optional(k.maxWaitAnswered), Kind::Seconds);
    figure(tr("Average talk"), optional(k.avgTalk()), Kind::Average);
    figure(tr("Average wait before giving up"), optional(k.avgWaitUnanswered()), Kind::Average);
    figure(tr("Transfers"), k.transfers, Kind::Count);
    figure(tr("Ring no answer"), k.ringNoAnswer, Kind::Count);
    figure(tr("Agents"), qint64(report.agents.size()), Kind::Count);

    t.answeredByQueue
        = {u"answered-by-queue"_s, tr("Answered calls by queue"), kpiColumns(u"queue"_s, tr("Queue")), {}};
    for (auto it = report.queues.cbegin(); it != report.queues.cend(); ++it)
        t.answeredByQueue.rows.append(kpiRow(it.key(), it.value()));
    if (!report.queues.isEmpty())
        t.answeredByQueue.rows.append(kpiRow(tr("All queues"), report.totals));

    t.answeredByAgent = {u"answered-by-agent"_s,
                         tr("Answered calls by agent"),
                         {{u"agent"_s, tr("Agent"), Kind::Text},
                          {u"answered"_s, tr("Answered"), Kind::Count},
                          {u"total_talk"_s, tr("Talk time"), Kind::Seconds},
                          {u"avg_talk"_s, tr("Avg talk"), Kind::Average},
                          {u"ring_no_answer"_s, tr("Ring no answer"), Kind::Count},
                          {u"servers"_s, tr("Servers"), Kind::Text}},
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
    t.serviceLevelBuckets = {u"sl-buckets"_s,
                             tr("Answered within"),
                             {{u"within_s"_s, tr("Within (s)"), Kind::Count},
                              {u"answered"_s, tr("Answered calls"), Kind::Count},
                              {u"share_of_answered"_s, tr("Share of answered"), Kind::Ratio}},
                             {}};
    t.unansweredWait = {u"unanswered-wait"_s,
                        tr("Wait before giving up"),
                        {{u"within_s"_s, tr("Within (s)"), Kind::Count},
                         {u"unanswered"_s, tr("Unanswered calls"), Kind::Count},
                         {u"share_of_unanswered"_s, tr("Share of unanswered"), Kind::Ratio}},
                        {}};
    for (std::size_t b = 0; b < Buckets.size(); ++b) {
        t.serviceLevelBuckets.rows.append({Buckets[b], answeredWithin[b], share(answeredWithin[b], k.answered)});
        t.unansweredWait.rows.append({Buckets[b], gaveUpWithin[b], share(gaveUpWithin[b], k.unanswered)});
    }

    t.unansweredByCause = {u"unanswered-by-cause"_s,
                           tr("Unanswered calls by cause"),
                           {{u"cause"_s, tr("Cause"), Kind::Outcome},
                            {u"calls"_s, tr("Calls"), Kind::Count},
                            {u"share_of_unanswered"_s, tr("Share of unanswered"), Kind::Ratio}},
                           {}};
    for (int cause = 0; cause < UnansweredCauseCount; ++cause) {
        const qint64 count = k.unansweredByCause[std::size_t(cause)];
        t.unansweredByCause.rows.append({cause + 1, count, share(count, k.unanswered)});
    }

    t.calls = callList(report);
    t.unansweredCalls = {u"unanswered-calls"_s,
                         tr("Unanswered calls"),
                         {{u"enter"_s, tr("Entered"), Kind::Time},
                          {u"server"_s, tr("Server"), Kind::Text},
                          {u"queue"_s, tr("Queue"), Kind::Text},
                          {u"caller"_s, tr("Caller"), Kind::Text},
                          {u"cause"_s, tr("Cause"), Kind::Outcome},
                          {u"wait"_s, tr("Wait"), Kind::Seconds}},
                         {}};
    for (const CallRecord& call : report.calls) {
        if (!call.answered())
            t.unansweredCalls.rows.append({call.enter, report.partitions.value(call.partitionIndex), call.queue,
                                           call.caller, int(call.outcome), call.wait});
    }

    t.byHour = {u"by-hour"_s, tr("Calls by hour"), countColumns(u"hour"_s, tr("Hour")), {}};
    for (int hour = 0; hour < 24; ++hour)
        t.byHour.rows.append(countRow(u"%1:00"_s.arg(hour, 2, 10, QChar(u'0')), report.byHour[std::size_t(hour)]));
    t.byDay = {u"by-day"_s, tr("Calls by day"), countColumns(u"day"_s, tr("Day")), {}};
    for (auto it = report.byDay.cbegin(); it != report.byDay.cend(); ++it)
        t.byDay.rows.append(countRow(it.key().toString(Qt::ISODate), it.value()));
    t.byWeekday = {u"by-weekday"_s, tr("Calls by weekday"), countColumns(u"weekday"_s, tr("Weekday")), {}};
    const QLocale locale;
    for (int day = 0; day < 7; ++day)
        t.byWeekday.rows.append(countRow(locale.dayName(day + 1), report.byWeekday[std::size_t(day)]));

    t.agents = {u"agents"_s,
                tr("Agents"),
                {{u"agent"_s, tr("Agent"), Kind::Text},
                 {u"logged_in"_s, tr("Logged in"), Kind::Seconds},
                 {u"paused"_s, tr("Paused"), Kind::Seconds},
                 {u"answered"_s, tr("Answered"), Kind::Count},
                 {u"total_talk"_s, tr("Talk time"), Kind::Seconds},
                 {u"ring_no_answer"_s, tr("Ring no answer"), Kind::Count},
                 {u"servers"_s, tr("Servers"), Kind::Text}},
                {}};
    t.agentPauses = {u"agent-pauses"_s,
                     tr("Paused time by reason"),
                     {{u"agent"_s, tr("Agent"), Kind::Text},
                      {u"reason"_s, tr("Reason"), Kind::Text},
                      {u"paused"_s, tr("Paused"), Kind::Seconds}},
                     {}};
    for (auto it = report.agents.cbegin(); it != report.agents.cend(); ++it) {
        const AgentFigures& a = it.value();
        t.agents.rows.append({it.key(), a.time.loggedIn, a.time.paused, a.answered, a.totalTalk, a.ringNoAnswer,
                              serversText(report, a.partitionMask)});
        for (auto reason = a.time.pausedByReason.cbegin(); reason != a.time.pausedByReason.cend(); ++reason)
            t.agentPauses.rows.append(
                {it.key(), reason.key().isEmpty() ? tr("(no reason)") : reason.key(), reason.value()});
    }

    t.servers = {u"servers"_s, tr("Servers"), kpiColumns(u"server"_s, tr("Server")), {}};
    for (qsizetype p = 0; p < report.servers.size(); ++p)
        t.servers.rows.append(kpiRow(report.partitions.value(p), report.servers[p]));
    return t;
}

} // namespace qw
