#pragma once

#include "sources/sourcebindings.h"
#include "sources/sourcespec.h"

#include <optional>
#include <QTimeZone>

namespace qw {

// Which stretch of time the live view replays: since local midnight in a zone (the default), or
// a sliding window of the last N hours. A sliding window starts on a quarter hour and moves in
// quarter-hour steps, because each move replays the rows from the new start: a start that moved
// with every poll would replay them at every poll. One policy for the window, the wallboard,
// `queuewatch-report --live-at` and the live feed, so they always show the same calls.
struct LiveWindow
{
    static constexpr qint64 SlidingStep = 900;
    static constexpr int MaxSlidingHours = 744; // a month

    std::optional<int> slidingHours;
    QTimeZone zone = QTimeZone::systemTimeZone();

    // Where the window starts for a view at `now`.
    qint64 startAt(qint64 now) const;

    friend bool operator==(const LiveWindow&, const LiveWindow&) = default;
};

// Everything the live engine needs to follow a cluster.
struct LiveSettings
{
    SourceSpec spec;
    SourceBindings bindings; // the database, and any partitions backed by files
    int pollIntervalMs = 5000;
    LiveWindow window;
    qint64 staleAfterSeconds = 300; // no new row for this long while calls are open: silent
    qint64 slThreshold = 20;
    bool restartEndsMembers = false; // servers with persistentmembers=no
};

} // namespace qw
