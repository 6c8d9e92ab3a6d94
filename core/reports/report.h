#pragma once

#include "engine/agenttracker.h"
#include "engine/callrecord.h"
#include "engine/kpitally.h"

#include <array>
#include <optional>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace qw {

// Per-agent figures of a report (report-json.md AGENT).
struct AgentFigures
{
    qint64 answered = 0;
    qint64 totalTalk = 0;
    qint64 ringNoAnswer = 0;
    AgentTime time;
    quint64 partitionMask = 0; // the servers its figures came from
};

// What a historical report found: the value the CLI's JSON and CSV, and the report views, show.
struct Report
{
    QString source;
    QStringList partitions; // in spec order
    qint64 from = 0;
    qint64 to = 0;
    QString timeZone;
    std::optional<qint64> now; // when the report was made: agent time stops at min(to, now)
    qint64 slThreshold = 20;

    KpiTally totals;
    QMap<QString, KpiTally> queues;
    QList<KpiTally> servers; // by partition index
    QMap<QString, AgentFigures> agents;
    std::array<CallCounts, 24> byHour {};
    QMap<QDate, CallCounts> byDay;
    std::array<CallCounts, 7> byWeekday {}; // Monday first
    QList<CallRecord> calls; // only when asked for
    QStringList warnings;
    qint64 eventsRead = 0;

    // The partition names of a mask, in spec order.
    QStringList partitionNames(quint64 mask) const;
};

} // namespace qw
