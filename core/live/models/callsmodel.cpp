#include "live/models/callsmodel.h"

#include "live/models/modelroles.h"

namespace qw {

CallsModel::CallsModel(Kind kind, QObject* parent)
    : KeyedRowsModel(parent)
    , m_kind(kind)
{ }

void CallsModel::apply(const LiveUpdate& update)
{
    const LiveSnapshot& snapshot = update.snapshot;
    QList<CallRow> rows;
    if (m_kind == Kind::Waiting) {
        for (const auto& call : snapshot.waiting)
            rows.append(CallRow {call.partitionIndex, snapshot.partitions.value(call.partitionIndex), call.callId,
                                 call.queue, call.since, call.caller, call.place, call.position});
    } else {
        for (const auto& call : snapshot.talking)
            rows.append(CallRow {call.partitionIndex, snapshot.partitions.value(call.partitionIndex), call.callId,
                                 call.queue, call.since, call.agent, std::nullopt, std::nullopt});
    }
    applyRows(std::move(rows), update);
}

void CallsModel::setNow(qint64 now)
{
    tickTo(now, Duration, Duration);
}

QVariant CallsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CallRow& row = rowAt(index);
    if (role == KeyRole)
        return row.key();
    if (role == StaleRole)
        return !partitionsInTrouble(row.partitionMask()).isEmpty();
    if (role == Qt::ToolTipRole)
        return staleText(row.partitionMask());
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case Queue:
        return row.queue;
    case Server:
        return row.server;
    case Party:
        return row.party;
    case Place:
        if (!row.place)
            return raw ? QVariant(qint64(-1)) : QVariant(QString());
        return *row.place;
    case Position:
        if (!row.position)
            return raw ? QVariant(qint64(-1)) : QVariant(QString());
        return *row.position;
    case Duration:
        return elapsedCell(row.since, raw, row.partitionMask());
    default:
        return {};
    }
}

QVariant CallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const bool waiting = m_kind == Kind::Waiting;
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Queue:
            return tr("The queue the caller is in. A caller transferred to another queue is a new call there.");
        case Server:
            return tr("The Asterisk server (partition) that carries the call.");
        case Party:
            return waiting ? tr("The caller's number, as Asterisk logged it when the call entered the queue.")
                           : tr("The agent who answered the call.");
        case Place:
            return tr("The caller's place in line now, on its server: where it entered, moved up as callers ahead "
                      "left or were answered.");
        case Position:
            return tr("The caller's place in line when the call entered the queue, as Asterisk logged it.");
        case Duration:
            return waiting ? tr("How long the caller has been waiting in this queue. A caller waiting over 1,000 s "
                                "leaves this list (a missing exit event).")
                           : tr("How long the conversation has lasted since the agent answered.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Queue:
        return tr("Queue");
    case Server:
        return tr("Server");
    case Party:
        return waiting ? tr("Caller") : tr("Agent");
    case Place:
        return tr("In line");
    case Position:
        return tr("Entry position");
    case Duration:
        return waiting ? tr("Waiting") : tr("Talking");
    default:
        return {};
    }
}

} // namespace qw
