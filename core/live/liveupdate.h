#pragma once

#include "database/transport.h"
#include "live/livesnapshot.h"

#include <algorithm>
#include <QList>
#include <QMetaType>
#include <QString>

namespace qw {

// How one partition (server) is doing, as the live view shows it. The states say how far its
// figures can be trusted:
//  - Ok: read in this poll, with recent rows;
//  - Quiet: read in this poll; no rows for a while, but none of its calls is open either, so
//    nothing is missing (a quiet queue at night) and nothing alarms;
//  - Silent: read in this poll, but no rows for a while although calls of it are open: the
//    server, its loader or the database may have stopped;
//  - Behind: every partition went silent at once: the database (or the replica read) stopped
//    receiving rows, not the servers;
//  - Error: it could not be read in this poll.
// In the last three, its rows are shown stale and their times stop at `trustedUntil`.
struct PartitionHealth
{
    enum class State : quint8
    {
        Ok,
        Quiet,
        Silent,
        Behind,
        Error
    };

    QString partition;
    State state = State::Ok;
    qint64 since = 0; // when it entered this state
    qint64 newestRow = 0; // "data as of": the time of its newest row read (0: none yet)
    qint64 lastSuccessfulPoll = 0; // 0: never
    qint64 trustedUntil = 0; // its figures are complete up to here (the poll time while it is fine)
    int openCalls = 0; // its calls waiting or talking in the live view
    qint64 futureRows = 0; // rows dated after the poll time (a wrong clock): set aside, never applied
    qint64 firstFutureRow = 0; // the earliest of them
    QString error; // the database's or the file's message, in state Error
    Transport transport; // how its rows travel, as of the last successful read

    bool isTrouble() const { return state == State::Silent || state == State::Behind || state == State::Error; }
    friend bool operator==(const PartitionHealth&, const PartitionHealth&) = default;
};

// How far the live view has come since it was opened: the tables say so until the first read ends.
enum class LiveStage : quint8
{
    Connecting, // opening the database (or starting the demo)
    Loading, // reading the day so far
    Live // the first read is done: what is shown is the data
};

// What the poller hands on after each poll: one immutable value, never one signal per row.
struct LiveUpdate
{
    LiveSnapshot snapshot;
    QList<PartitionHealth> health; // in spec order
    ServerPictures managers; // what the servers' manager interfaces say, where set up (in spec order)
    quint64 poll = 0; // counts from 1; a rebuild of the window starts again at 1
    quint64 generation = 0; // changes when the window was rebuilt (models reset then)
    qint64 eventsThisPoll = 0;
    qint64 eventsTotal = 0; // since the window was (re)built
    qint64 pollMicroseconds = 0; // the whole poll
    qint64 readMicroseconds = 0; // of which reading the new rows

    // The newest row of any partition: how current the database is.
    qint64 dataAsOf() const
    {
        qint64 newest = 0;
        for (const PartitionHealth& partition : health)
            newest = std::max(newest, partition.newestRow);
        return newest;
    }
    bool anyTrouble() const
    {
        return std::any_of(health.cbegin(), health.cend(), [](const PartitionHealth& h) { return h.isTrouble(); });
    }
};

} // namespace qw

Q_DECLARE_METATYPE(qw::LiveUpdate)
Q_DECLARE_METATYPE(qw::LiveStage)
