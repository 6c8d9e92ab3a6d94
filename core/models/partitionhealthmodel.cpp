#include "models/partitionhealthmodel.h"

#include "models/modelroles.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace qw {

PartitionHealthModel::PartitionHealthModel(QObject* parent)
    : KeyedRowsModel(parent)
{ }

QString PartitionHealthModel::stateText(PartitionHealth::State state)
{
    switch (state) {
    case PartitionHealth::State::Ok:
        return tr("OK");
    case PartitionHealth::State::Stale:
        return tr("Silent");
    case PartitionHealth::State::Error:
        return tr("Error");
    }
    return {};
}

void PartitionHealthModel::apply(const LiveUpdate& update)
{
    QList<HealthRow> rows;
    for (const PartitionHealth& health : update.health)
        rows.append(HealthRow {health});
    updateRows(std::move(rows)); // the partitions of a spec do not change with the window
}

QVariant PartitionHealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PartitionHealth& health = rowAt(index).health;
    if (role == KeyRole)
        return health.partition;
    if (role == StateRole) {
        switch (health.state) {
        case PartitionHealth::State::Ok:
            return u"ok"_s;
        case PartitionHealth::State::Stale:
            return u"stale"_s;
        case PartitionHealth::State::Error:
            return u"error"_s;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    const auto time = [raw](qint64 epoch) -> QVariant {
        if (raw)
            return epoch;
        if (epoch <= 0)
            return QString();
        return QDateTime::fromSecsSinceEpoch(epoch).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    };
    switch (index.column()) {
    case Server:
        return health.partition;
    case State:
        return raw ? QVariant(int(health.state)) : QVariant(stateText(health.state));
    case Since:
        return time(health.since);
    case NewestRow:
        return time(health.newestRow);
    case Error:
        return health.error;
    default:
        return {};
    }
}

QVariant PartitionHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Server:
        return tr("Server");
    case State:
        return tr("State");
    case Since:
        return tr("Since");
    case NewestRow:
        return tr("Newest row");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace qw
