#pragma once

#include "live/livesnapshot.h"
#include "wallboard/wallboardconfig.h"

#include <optional>
#include <QList>
#include <QStringList>

namespace qw {

// The figures of one wallboard tile (a queue, or a group of queues taken together) at `now`.
struct TileFigures
{
    int waiting = 0;
    std::optional<qint64> longestWait; // seconds; nullopt when nobody waits
    int free = 0; // agents of these queues, each counted once even if in several of them
    int talking = 0;
    int paused = 0;
    qint64 offered = 0;
    qint64 answered = 0;
    qint64 unanswered = 0;
    std::optional<double> serviceLevel; // 0..1, as KpiTally::serviceLevel()
    bool stale = false; // a server of these queues is not up to date: the figures are as last known

    friend bool operator==(const TileFigures&, const TileFigures&) = default;
};

// Why a tile is not calm; each reason comes with its own level.
enum class TileReason : quint8
{
    LongWait,
    LowServiceLevel,
    NobodyFree
};

struct TileAlert
{
    TileReason reason;
    TileLevel level;

    friend bool operator==(const TileAlert&, const TileAlert&) = default;
};

struct TileState
{
    TileLevel level = TileLevel::Normal; // the loudest of the alerts
    QList<TileAlert> alerts; // in TileReason order

    friend bool operator==(const TileState&, const TileState&) = default;
};

// Sums the snapshot for `queues`: waiting calls, the longest wait measured at `now` (so it ticks
// between polls), agents in any of the queues by state, and today's KPIs added up before the
// service level is worked out (never an average of percentages). `stoppedAt` holds, per
// partition, the moment its figures stopped being current (-1 while it is fine): its callers'
// waits are measured at that moment instead of `now`, and the tile is marked stale.
TileFigures tileFigures(const LiveSnapshot& snapshot, const QStringList& queues, qint64 now,
                        const QList<qint64>& stoppedAt = {});

// The thresholds applied to the figures. Strictly over the wait and strictly under the SL.
TileState tileState(const TileFigures& figures, const TileThresholds& thresholds);

// A tile of the wallboard: its title and the queues it adds up.
struct WallboardTile
{
    QString name;
    QStringList queues;
    bool isGroup = false;

    friend bool operator==(const WallboardTile&, const WallboardTile&) = default;
};

// The tiles `config` asks for, given the queues the snapshot knows: the groups first (they are
// the overview), then one tile per queue, in name order.
QList<WallboardTile> wallboardTiles(const WallboardConfig& config, const LiveSnapshot& snapshot);

// The logged-in agents the wallboard shows: those in any queue of `tiles` (all of them when
// the config lists no queues and has no groups), sorted by name.
QStringList wallboardAgents(const WallboardConfig& config, const LiveSnapshot& snapshot);

} // namespace qw
