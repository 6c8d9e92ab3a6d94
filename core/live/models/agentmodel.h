#pragma once

#include "live/liveupdate.h"
#include "live/models/keyedrowsmodel.h"

namespace qw {

struct AgentRow
{
    QString name;
    LiveSnapshot::AgentState state = LiveSnapshot::AgentState::LoggedOff;
    QString pauseReason;
    qint64 since = 0;
    QString servers;
    QString queues;
    qint64 answeredToday = 0;
    quint64 partitionMask = 0;
    DeviceState device = DeviceState::Unknown; // from a server's manager interface
    bool managed = false; // a server's manager lists it

    QString key() const { return name; }
    friend bool operator==(const AgentRow&, const AgentRow&) = default;
};

// One row per agent: state (a colour through StateRole), pause reason, time in state, servers.
class AgentModel : public KeyedRowsModel<AgentRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        State,
        PauseReason,
        TimeInState,
        Servers,
        Queues,
        AnsweredToday,
        ColumnCount
    };

    explicit AgentModel(QObject* parent = nullptr);

    void apply(const LiveUpdate& update);
    void setNow(qint64 now);

    static QString stateText(LiveSnapshot::AgentState state);
    // The state as a supervisor reads it: with a manager's device state where it says more
    // ("Ringing" instead of "Free", "Unavailable" for a phone that is not there).
    static QString stateText(LiveSnapshot::AgentState state, DeviceState device);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace qw
