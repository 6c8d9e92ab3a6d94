#include "live/models/partitionhealthmodel.h"

#include "live/healthtext.h"
#include "live/models/modelroles.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace qw {

PartitionHealthModel::PartitionHealthModel(QObject* parent)
    : KeyedRowsModel(parent)
{ }

void PartitionHealthModel::apply(const LiveUpdate& update)
{
    QList<HealthRow> rows;
    for (const PartitionHealth& health : update.health)
        rows.append(HealthRow {health});
    updateRows(std::move(rows)); // the partitions of a spec do not change with the window
    setClock(update.snapshot.at);
}

QVariant PartitionHealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PartitionHealth& health = rowAt(index).health;
    if (role == KeyRole)
        return health.partition;
    if (role == StateRole)
        return HealthText::stateWord(health.state);
    if (role == Qt::ToolTipRole)
        return HealthText::serverDetails(health, now());
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
        return raw ? QVariant(int(health.state)) : QVariant(HealthText::stateText(health.state));
    case Since:
        return time(health.since);
    case NewestRow:
        return time(health.newestRow);
    case LastRead:
        return time(health.lastSuccessfulPoll);
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
        return tr("Data as of");
    case LastRead:
        return tr("Last read");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace qw
