#include "models/callsmodel.h"

#include "models/modelroles.h"

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
            rows.append(CallRow {snapshot.partitions.value(call.partitionIndex), call.callId, call.queue, call.since,
                                 call.caller, call.position});
    } else {
        for (const auto& call : snapshot.talking)
            rows.append(CallRow {snapshot.partitions.value(call.partitionIndex), call.callId, call.queue, call.since,
                                 call.agent, std::nullopt});
    }
    applyRows(std::move(rows), update.generation, snapshot.at);
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
    case Position:
        if (!row.position)
            return raw ? QVariant(qint64(-1)) : QVariant(QString());
        return *row.position;
    case Duration:
        return elapsedCell(row.since, raw);
    default:
        return {};
    }
}

QVariant CallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool waiting = m_kind == Kind::Waiting;
    switch (section) {
    case Queue:
        return tr("Queue");
    case Server:
        return tr("Server");
    case Party:
        return waiting ? tr("Caller") : tr("Agent");
    case Position:
        return tr("Position");
    case Duration:
        return waiting ? tr("Waiting") : tr("Talking");
    default:
        return {};
    }
}

} // namespace qw
