#pragma once

#include "live/liveupdate.h"
#include "live/models/keyedrowsmodel.h"

#include <optional>

namespace qw {

struct CallRow
{
    int partitionIndex = 0;
    QString server;
    QString callId;
    QString queue;
    qint64 since = 0;
    QString party; // the caller while waiting, the agent while talking
    std::optional<qint64> place;
    std::optional<qint64> position;

    QString key() const { return server + u'\x1f' + callId + u'\x1f' + queue; }
    quint64 partitionMask() const { return quint64(1) << partitionIndex; }
    friend bool operator==(const CallRow&, const CallRow&) = default;
};

// Calls waiting, or calls in conversation: one row per stint, with the time ticking.
class CallsModel : public KeyedRowsModel<CallRow>
{
    Q_OBJECT
public:
    enum class Kind
    {
        Waiting,
        Talking
    };
    enum Column
    {
        Queue,
        Server,
        Party,
        Place,
        Position,
        Duration,
        ColumnCount
    };

    explicit CallsModel(Kind kind, QObject* parent = nullptr);

    void apply(const LiveUpdate& update);
    void setNow(qint64 now);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
};

} // namespace qw
