#pragma once

#include "analysis/livesnapshot.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace qw {

// How one partition (server) is doing, as the live view shows it.
struct PartitionHealth
{
    enum class State : quint8
    {
        Ok,
        Stale,
        Error
    };

    QString partition;
    State state = State::Ok;
    qint64 since = 0; // when it entered this state
    qint64 newestRow = 0; // time of its newest row (0: none in the window)
    qint64 lastSuccessfulPoll = 0; // 0: never
    QString error; // the database's or the file's message, in state Error

    friend bool operator==(const PartitionHealth&, const PartitionHealth&) = default;
};

// What the poller hands on after each poll: one immutable value, never one signal per row.
struct LiveUpdate
{
    LiveSnapshot snapshot;
    QList<PartitionHealth> health; // in spec order
    quint64 poll = 0; // counts from 1; a rebuild of the window starts again at 1
    quint64 generation = 0; // changes when the window was rebuilt (models reset then)
    qint64 eventsThisPoll = 0;
    qint64 eventsTotal = 0; // since the window was (re)built
    qint64 pollMicroseconds = 0; // the whole poll
    qint64 readMicroseconds = 0; // of which reading the new rows
};

} // namespace qw

Q_DECLARE_METATYPE(qw::LiveUpdate)
