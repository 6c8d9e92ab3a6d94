#pragma once

#include "live/liveupdate.h"
#include "models/keyedrowsmodel.h"

namespace qw {

struct HealthRow
{
    PartitionHealth health;

    QString key() const { return health.partition; }
    friend bool operator==(const HealthRow&, const HealthRow&) = default;
};

// One row per partition (server): ok, stale since when, or the error that stops it.
class PartitionHealthModel : public KeyedRowsModel<HealthRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Server,
        State,
        Since,
        NewestRow,
        Error,
        ColumnCount
    };

    explicit PartitionHealthModel(QObject* parent = nullptr);

    void apply(const LiveUpdate& update);
    static QString stateText(PartitionHealth::State state);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace qw
