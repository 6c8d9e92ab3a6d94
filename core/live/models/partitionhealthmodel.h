#pragma once

#include "live/liveupdate.h"
#include "live/models/keyedrowsmodel.h"

namespace qw {

struct HealthRow
{
    PartitionHealth health;

    QString key() const { return health.partition; }
    friend bool operator==(const HealthRow&, const HealthRow&) = default;
};

// One row per partition (server): its state and since when, how current its data is, when it was
// last read, and the error that stops it.
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
        LastRead,
        Error,
        ColumnCount
    };

    explicit PartitionHealthModel(QObject* parent = nullptr);

    void apply(const LiveUpdate& update);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace qw
