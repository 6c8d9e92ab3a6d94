#pragma once

#include "live/liveupdate.h"
#include "pipeline/clusterfollower.h"

#include <QList>
#include <QStringList>

namespace qw {

// The rules that turn each poll's readings into every partition's health (see PartitionHealth):
// one place for the live window, the wallboard and the CLI's live state, so they always agree.
// It keeps what a state needs from poll to poll: since when, the last successful read, and up to
// when a partition in trouble was last complete.
class HealthTracker
{
public:
    static constexpr qint64 DefaultStaleAfter = 300;

    explicit HealthTracker(const QStringList& partitions, qint64 staleAfterSeconds = DefaultStaleAfter);

    // The readings of one poll at `now`, in spec order; `snapshot` tells which calls are open.
    void update(const QList<PartitionReading>& readings, const LiveSnapshot& snapshot, qint64 now);
    const QList<PartitionHealth>& health() const { return m_health; }

private:
    QList<PartitionHealth> m_health;
    qint64 m_staleAfter;
};

} // namespace qw
