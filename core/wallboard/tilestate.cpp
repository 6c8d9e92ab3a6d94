#include "wallboard/tilestate.h"

#include <algorithm>
#include <QSet>

namespace qw {

TileFigures tileFigures(const LiveSnapshot& snapshot, const QStringList& queues, qint64 now,
                        const QList<qint64>& stoppedAt)
{
    const auto clockOf = [&](int partition) {
        const qint64 stopped = stoppedAt.value(partition, -1);
        return stopped >= 0 ? std::min(now, stopped) : now;
    };
    const QSet<QString> wanted(queues.cbegin(), queues.cend());
    TileFigures figures;
    for (const LiveSnapshot::WaitingCall& call : snapshot.waiting) {
        if (!wanted.contains(call.queue))
            continue;
        ++figures.waiting;
        const qint64 wait = std::max<qint64>(0, clockOf(call.partitionIndex) - call.since);
        figures.longestWait = std::max(figures.longestWait.value_or(0), wait);
    }
    for (const QString& queue : wanted) {
        const quint64 mask = snapshot.queues.value(queue).partitionMask;
        for (qsizetype p = 0; p < stoppedAt.size() && p < 64; ++p)
            figures.stale = figures.stale || ((mask >> p & 1) && stoppedAt[p] >= 0);
    }

    for (const LiveSnapshot::Agent& agent : snapshot.agents) {
        const bool inTile = std::any_of(agent.queues.cbegin(), agent.queues.cend(),
                                        [&](const QString& q) { return wanted.contains(q); });
        if (!inTile)
            continue;
        switch (agent.state) {
        case LiveSnapshot::AgentState::Free:
            ++figures.free;
            break;
        case LiveSnapshot::AgentState::Talking:
            ++figures.talking;
            break;
        case LiveSnapshot::AgentState::Paused:
            ++figures.paused;
            break;
        case LiveSnapshot::AgentState::LoggedOff:
            break;
        }
    }

    KpiTally total;
    for (const QString& queue : wanted) {
        const auto it = snapshot.queues.constFind(queue);
        if (it == snapshot.queues.cend())
            continue;
        const KpiTally& today = it->today;
        total.offered += today.offered;
        total.answered += today.answered;
        total.unanswered += today.unanswered;
        total.answeredWithinSl += today.answeredWithinSl;
        total.unansweredWithinSl += today.unansweredWithinSl;
    }
    figures.offered = total.offered;
    figures.answered = total.answered;
    figures.unanswered = total.unanswered;
    figures.serviceLevel = total.serviceLevel();
    return figures;
}

TileState tileState(const TileFigures& figures, const TileThresholds& thresholds)
{
    TileState state;
    const auto raise = [&state](TileReason reason, TileLevel level) {
        if (level == TileLevel::Normal)
            return;
        state.alerts.append(TileAlert {reason, level});
        state.level = std::max(state.level, level);
    };
    if (figures.longestWait) {
        const qint64 wait = *figures.longestWait;
        raise(TileReason::LongWait,
              wait > thresholds.waitRedSeconds         ? TileLevel::Red
                  : wait > thresholds.waitAmberSeconds ? TileLevel::Amber
                                                       : TileLevel::Normal);
    }
    if (figures.serviceLevel && figures.offered >= thresholds.serviceLevelMinOffered) {
        const double percent = *figures.serviceLevel * 100.0;
        raise(TileReason::LowServiceLevel,
              percent < thresholds.serviceLevelRed         ? TileLevel::Red
                  : percent < thresholds.serviceLevelAmber ? TileLevel::Amber
                                                           : TileLevel::Normal);
    }
    if (figures.waiting > 0 && figures.free == 0)
        raise(TileReason::NobodyFree, thresholds.nobodyFree);
    return state;
}

QList<WallboardTile> wallboardTiles(const WallboardConfig& config, const LiveSnapshot& snapshot)
{
    QList<WallboardTile> tiles;
    for (const WallboardGroup& group : config.groups)
        tiles.append(WallboardTile {group.name, group.queues, true});
    if (!config.showQueueTiles)
        return tiles;
    QStringList queues = config.queues.isEmpty() ? snapshot.queues.keys() : config.queues;
    queues.sort();
    for (const QString& queue : queues)
        tiles.append(WallboardTile {queue, {queue}, false});
    return tiles;
}

QStringList wallboardAgents(const WallboardConfig& config, const LiveSnapshot& snapshot)
{
    QSet<QString> queues(config.queues.cbegin(), config.queues.cend());
    for (const WallboardGroup& group : config.groups)
        queues.unite(QSet<QString>(group.queues.cbegin(), group.queues.cend()));
    const bool everyQueue = config.queues.isEmpty() && (config.showQueueTiles || config.groups.isEmpty());
    QStringList agents;
    for (auto it = snapshot.agents.cbegin(); it != snapshot.agents.cend(); ++it) {
        if (it->state == LiveSnapshot::AgentState::LoggedOff)
            continue;
        const bool shown = everyQueue || std::any_of(it->queues.cbegin(), it->queues.cend(), [&](const QString& q) {
                               return queues.contains(q);
                           });
        if (shown)
            agents.append(it.key());
    }
    return agents; // QMap keys: already in name order
}

} // namespace qw
