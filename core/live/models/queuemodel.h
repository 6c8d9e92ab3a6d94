#pragma once

#include "live/liveupdate.h"
#include "live/models/keyedrowsmodel.h"

#include <optional>

namespace qw {

struct QueueRow
{
    QString name;
    int waiting = 0;
    // Per server (partition index), when its longest-waiting caller entered (0: none waiting):
    // the longest wait is worked out on each server's own clock, which stops while it is stale.
    QList<qint64> oldestWaitingSince;
    int talking = 0;
    int loggedIn = 0;
    int free = 0;
    int paused = 0;
    qint64 offeredToday = 0;
    qint64 answeredToday = 0;
    std::optional<double> serviceLevelToday;
    quint64 partitionMask = 0;

    QString key() const { return name; }
    friend bool operator==(const QueueRow&, const QueueRow&) = default;
};

// One row per queue of the live view: calls waiting and talking, agents, today's figures.
class QueueModel : public KeyedRowsModel<QueueRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Waiting,
        LongestWait,
        Talking,
        LoggedIn,
        Free,
        Paused,
        Offered,
        Answered,
        ServiceLevel,
        ColumnCount
    };

    explicit QueueModel(QObject* parent = nullptr);

    void apply(const LiveUpdate& update);
    void setNow(qint64 now); // ticks the longest wait between polls

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The longest wait now, each server's callers on that server's clock.
    std::optional<qint64> longestWait(const QueueRow& row) const;
};

} // namespace qw
