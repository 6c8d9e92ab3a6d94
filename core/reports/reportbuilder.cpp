#include "reports/reportbuilder.h"

#include <algorithm>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace qw {

QStringList Report::partitionNames(quint64 mask) const
{
    return partitionNamesOf(partitions, mask);
}

ReportBuilder::ReportBuilder(const SourceSpec& spec, const ReportOptions& options)
    : m_options(options)
    , m_calendar(options.timeZone, options.from, options.to)
    , m_calls(options.from, options.to, *this)
    , m_agents(int(spec.partitions().size()), options.from, std::min(options.to, options.now.value_or(options.to)),
               options.restartEndsMembers)
    , m_newestTime(std::size_t(spec.partitions().size()), std::numeric_limits<qint64>::min())
    , m_memberSplits(std::size_t(spec.partitions().size()))
    , m_eventsInPeriod(std::size_t(spec.partitions().size()), 0)
    , m_futureRows(std::size_t(spec.partitions().size()), 0)
    , m_firstFutureRow(std::size_t(spec.partitions().size()), std::numeric_limits<qint64>::max())
    , m_agentTimeEnd(std::min(options.to, options.now.value_or(options.to)))
{
    m_report.source = spec.toString();
    for (const SpecPartition& partition : spec.partitions())
        m_report.partitions.append(partition.name);
    m_report.from = options.from;
    m_report.to = options.to;
    m_report.timeZone = QString::fromUtf8(options.timeZone.id());
    m_report.now = options.now;
    m_report.slThreshold = options.slThreshold;
    m_report.servers.resize(spec.partitions().size());
}

ReportBuilder::~ReportBuilder() = default;

AgentFigures& ReportBuilder::agentFigures(const QString& agent)
{
    return m_agentFigures[agent];
}

KpiTally& ReportBuilder::queueTally(const QString& queue)
{
    return m_queueTallies[queue];
}

void ReportBuilder::apply(const ClusterEvent& event)
{
    const QueueLogEvent& e = event.event;
    const std::size_t partition = std::size_t(event.partitionIndex);
    ++m_sequence;
    ++m_report.eventsRead;
    m_newestTime[partition] = std::max(m_newestTime[partition], e.time);
    const bool inPeriod = e.time >= m_options.from && e.time < m_options.to;
    if (inPeriod)
        ++m_eventsInPeriod[partition];
    if (m_options.now && e.time > *m_options.now + FutureTolerance) {
        ++m_futureRows[partition];
        m_firstFutureRow[partition] = std::min(m_firstFutureRow[partition], e.time);
    }

    if (!m_options.queues.isEmpty() && m_options.queues.contains(e.queue))
        m_queuesFound.insert(e.queue);
    if (!m_options.agents.isEmpty() && m_options.agents.contains(e.agent))
        m_agentsFound.insert(e.agent);

    m_calls.apply(event, m_sequence);
    if (event.verb == Verb::QueueStart || isAgentScopeVerb(event.verb))
        m_agents.apply(event, m_sequence);
    m_memberSplits[partition].note(e.agent, event.verb);
    // An agent's missed rings count by their own time, whatever their stint (fine-print 10).
    if (event.verb == Verb::RingNoAnswer && inPeriod && isAgent(e.agent)
        && (m_options.queues.isEmpty() || m_options.queues.contains(e.queue))) {
        AgentFigures& figures = agentFigures(e.agent);
        ++figures.ringNoAnswer;
        figures.partitionMask |= quint64(1) << partition;
    }
}

void ReportBuilder::stintClosed(const StintKey& key, const OpenStint&, const CallRecord& record)
{
    // Only ENTERQUEUEs inside [from, to) open stints, so every closed stint is counted.
    if (!m_options.queues.isEmpty() && !m_options.queues.contains(key.queue))
        return;
    m_report.totals.add(record, m_options.slThreshold);
    queueTally(key.queue).add(record, m_options.slThreshold);
    m_report.servers[key.partitionIndex].add(record, m_options.slThreshold);
    const LocalCalendar::Split local = m_calendar.split(record.enter);
    m_report.byHour[std::size_t(local.hour)].add(record);
    m_report.byWeekday[std::size_t(local.weekday() - 1)].add(record);
    // Stints end roughly in time order: the day's bucket is nearly always the last one used.
    if (local.dayNumber != m_lastDay || !m_lastDayCounts) {
        m_lastDay = local.dayNumber;
        m_lastDayCounts = &m_report.byDay[local.date()];
    }
    m_lastDayCounts->add(record);
    if (record.answered() && !record.agent.isEmpty()) {
        AgentFigures& figures = agentFigures(record.agent);
        ++figures.answered;
        figures.totalTalk += record.talk.value_or(0);
        figures.partitionMask |= quint64(1) << key.partitionIndex;
    }
    if (m_options.withCalls)
        m_report.calls.append(record);
}

void ReportBuilder::stintLost(const StintKey&, const OpenStint&)
{
    ++m_lost;
}

namespace {
// "3 h 5 min", "45 min", "2 days": how far apart two moments are, for a warning.
QString gapText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return ReportBuilder::tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60) {
        const QString hours = ReportBuilder::tr("%n h", nullptr, int(minutes / 60));
        return minutes % 60 == 0 ? hours : hours + u' ' + ReportBuilder::tr("%n min", nullptr, int(minutes % 60));
    }
    return ReportBuilder::tr("%n day(s)", nullptr, int(std::min<qint64>(minutes / 1440, 1 << 30)));
}
} // namespace

void ReportBuilder::warnAboutDataEnds()
{
    // Agent time and calls stop where a server's rows stop: say so when that is well before
    // the end of the period (or before now, for a period still running).
    const qint64 end = m_agentTimeEnd;
    const bool endIsNow = end < m_options.to;
    const QString endText = QDateTime::fromSecsSinceEpoch(end, m_options.timeZone).toString(u"yyyy-MM-dd HH:mm"_s);
    for (std::size_t p = 0; p < m_newestTime.size(); ++p) {
        const qint64 newest = m_newestTime[p];
        if (newest == std::numeric_limits<qint64>::min() || newest >= end - DataEndsTolerance)
            continue;
        const QString newestText
            = QDateTime::fromSecsSinceEpoch(newest, m_options.timeZone).toString(u"yyyy-MM-dd HH:mm"_s);
        const QString& name = m_report.partitions[qsizetype(p)];
        m_report.warnings.append(endIsNow ? tr("Partition %1: data ends at %2, %3 before now (%4).")
                                                .arg(name, newestText, gapText(end - newest), endText)
                                          : tr("Partition %1: data ends at %2, %3 before the end of the period (%4).")
                                                .arg(name, newestText, gapText(end - newest), endText));
    }
}

void ReportBuilder::warnAboutFutureRows()
{
    // Counted as written (the data says so), but a supervisor must know the times are not real.
    for (std::size_t p = 0; p < m_futureRows.size(); ++p) {
        if (m_futureRows[p] == 0)
            continue;
        const QString firstText
            = QDateTime::fromSecsSinceEpoch(m_firstFutureRow[p], m_options.timeZone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        m_report.warnings.append(
            tr("Partition %1: %n row(s) dated after now, the first at %2: that server's clock may be wrong.", nullptr,
               int(std::min<qint64>(m_futureRows[p], std::numeric_limits<int>::max())))
                .arg(m_report.partitions[qsizetype(p)], firstText));
    }
}

void ReportBuilder::warnAboutUnknownNames()
{
    // Sorted, so the warnings come in the same order on every run.
    QStringList queues(m_options.queues.cbegin(), m_options.queues.cend());
    queues.sort();
    for (const QString& queue : std::as_const(queues)) {
        if (!m_queuesFound.contains(queue))
            m_report.warnings.append(
                tr("No event of the data read names queue \"%1\": its figures are all zero (check the name).")
                    .arg(queue));
    }
    QStringList agents(m_options.agents.cbegin(), m_options.agents.cend());
    agents.sort();
    for (const QString& agent : std::as_const(agents)) {
        if (!m_agentsFound.contains(agent))
            m_report.warnings.append(
                tr("No event of the data read names agent \"%1\": it has no figures (check the name).").arg(agent));
    }
}

Report ReportBuilder::finish()
{
    // Stints still open: lost when their server's data went on past the horizon without an
    // end; still in progress when the data stops before it. Neither is counted.
    qint64 inProgress = 0;
    m_calls.forEachOpen([&](const StintKey& key, const OpenStint& stint) {
        if (m_newestTime[std::size_t(key.partitionIndex)] - stint.enter > CallTracker::Horizon)
            ++m_lost;
        else
            ++inProgress;
    });
    if (m_lost > 0)
        m_report.warnings.append(tr("%n call(s) lost: no end within 4 hours of entering the queue; not counted.",
                                    nullptr, int(std::min<qint64>(m_lost, std::numeric_limits<int>::max()))));
    if (inProgress > 0)
        m_report.warnings.append(tr("%n call(s) still in progress where the data ends; not counted.", nullptr,
                                    int(std::min<qint64>(inProgress, std::numeric_limits<int>::max()))));
    for (std::size_t p = 0; p < m_eventsInPeriod.size(); ++p) {
        if (m_eventsInPeriod[p] == 0)
            m_report.warnings.append(
                tr("Partition %1 has no events in the period.").arg(m_report.partitions[qsizetype(p)]));
    }
    warnAboutDataEnds();
    warnAboutFutureRows();
    warnAboutUnknownNames();
    for (std::size_t p = 0; p < m_memberSplits.size(); ++p) {
        if (m_memberSplits[p].found())
            m_report.warnings.append(
                MemberSplit::advice(m_report.partitions[qsizetype(p)], m_memberSplits[p].interfaces()));
    }

    m_agents.finish();
    for (auto it = m_agents.agents().cbegin(); it != m_agents.agents().cend(); ++it) {
        const AgentTime& time = it.value().time;
        if (time.loggedIn == 0 && time.paused == 0 && !m_agentFigures.contains(it.key()))
            continue;
        AgentFigures& figures = agentFigures(it.key());
        figures.time = time;
        figures.partitionMask |= time.partitionMask;
    }
    for (auto it = m_agentFigures.cbegin(); it != m_agentFigures.cend(); ++it) {
        if (m_options.agents.isEmpty() || m_options.agents.contains(it.key()))
            m_report.agents.insert(it.key(), it.value());
    }
    for (auto it = m_queueTallies.cbegin(); it != m_queueTallies.cend(); ++it)
        m_report.queues.insert(it.key(), it.value());
    if (m_options.withCalls) {
        std::sort(m_report.calls.begin(), m_report.calls.end(),
                  [](const CallRecord& a, const CallRecord& b) { return a.sequence < b.sequence; });
    }
    return std::move(m_report);
}

} // namespace qw
