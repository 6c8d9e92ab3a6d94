#pragma once

#include "engine/agenttracker.h"
#include "engine/calltracker.h"
#include "engine/membersplit.h"
#include "reports/report.h"
#include "sources/sourcespec.h"
#include "time/zonetime.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace qw {

struct ReportOptions
{
    qint64 from = 0;
    qint64 to = 0;
    QTimeZone timeZone = QTimeZone::utc();
    qint64 slThreshold = 20;
    // The moment the report is made: sessions and pauses are counted up to min(to, now), never
    // past it (a "today" report made at 14:00 counts agent time up to 14:00). Unset: the period
    // is over, agent time runs to `to`.
    std::optional<qint64> now;
    bool withCalls = false;
    bool restartEndsMembers = false; // servers with persistentmembers=no
    // Empty: all. Queues narrow every call figure (totals, distributions, servers, calls, the
    // agents' answered calls); agents narrow the agent table only (see docs/decisions.md).
    QSet<QString> queues;
    QSet<QString> agents;
};

// Builds a historical report from merged, rewritten events (semantics sections 2-6). Events
// must cover the read window: agents from 24 h before `from`, calls up to 4 h after `to`.
class ReportBuilder : private CallObserver
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportBuilder)
public:
    static constexpr qint64 AgentLookBack = 86400;
    // A partition whose newest row is further than this before min(to, now) is named in a
    // warning: its server may have stopped sending rows (docs/decisions.md).
    static constexpr qint64 DataEndsTolerance = 15 * 60;
    // Rows dated further than this after now come from a server whose clock is wrong: named in
    // a warning (a minute covers clocks that are merely a little apart).
    static constexpr qint64 FutureTolerance = 60;

    ReportBuilder(const SourceSpec& spec, const ReportOptions& options);
    ~ReportBuilder() override;

    // [readFrom, readTo): the events a report needs (the look-back and the horizon included).
    static qint64 readFrom(const ReportOptions& options) { return options.from - AgentLookBack; }
    static qint64 readTo(const ReportOptions& options) { return options.to + CallTracker::Horizon + 1; }

    void apply(const ClusterEvent& event);
    void addWarning(const QString& warning) { m_report.warnings.append(warning); }
    Report finish();

private:
    void stintClosed(const StintKey& key, const OpenStint& stint, const CallRecord& record) override;
    void stintLost(const StintKey& key, const OpenStint& stint) override;
    void warnAboutDataEnds();
    void warnAboutUnknownNames();
    void warnAboutFutureRows();
    AgentFigures& agentFigures(const QString& agent);
    KpiTally& queueTally(const QString& queue);

    ReportOptions m_options;
    LocalCalendar m_calendar;
    Report m_report;
    CallTracker m_calls;
    AgentTracker m_agents;
    quint64 m_sequence = 0;
    qint64 m_lost = 0;
    std::vector<qint64> m_newestTime; // per partition: where its data ends
    std::vector<MemberSplit> m_memberSplits; // per partition: members logged under two names?
    std::vector<qint64> m_eventsInPeriod; // per partition
    std::vector<qint64> m_futureRows; // per partition: rows dated after now (see FutureTolerance)
    std::vector<qint64> m_firstFutureRow; // per partition: the earliest of them
    qint64 m_agentTimeEnd; // min(to, now)
    // The names of the queue and agent filters that some event names (a filter naming nothing
    // gets a warning instead of a silent report of zeros).
    QSet<QString> m_queuesFound;
    QSet<QString> m_agentsFound;
    // Looked up on every closed stint: hashed while building, sorted into the report at the end.
    QHash<QString, AgentFigures> m_agentFigures;
    QHash<QString, KpiTally> m_queueTallies;
    qint64 m_lastDay = 0;
    CallCounts* m_lastDayCounts = nullptr; // the bucket of m_lastDay in m_report.byDay
};

} // namespace qw
