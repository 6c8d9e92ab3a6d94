#include "models/queuemodel.h"

#include "models/modelroles.h"

using namespace Qt::StringLiterals;

namespace qw {

QueueModel::QueueModel(QObject* parent)
    : KeyedRowsModel(parent)
{ }

void QueueModel::apply(const LiveUpdate& update)
{
    QList<QueueRow> rows;
    const LiveSnapshot& snapshot = update.snapshot;
    for (auto it = snapshot.queues.cbegin(); it != snapshot.queues.cend(); ++it) {
        const LiveSnapshot::Queue& q = it.value();
        QueueRow row {it.key(), q.waiting, std::nullopt,    q.talking,        q.loggedIn,
                      q.free,   q.paused,  q.today.offered, q.today.answered, q.today.serviceLevel()};
        if (q.longestWait)
            row.oldestWaitingSince = snapshot.at - *q.longestWait;
        rows.append(row);
    }
    applyRows(std::move(rows), update.generation, snapshot.at);
}

void QueueModel::setNow(qint64 now)
{
    tickTo(now, LongestWait, LongestWait);
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QueueRow& row = rowAt(index);
    if (role == KeyRole)
        return row.name;
    if (role == StateRole) {
        if (row.waiting > 0 && row.free == 0)
            return u"unattended"_s; // callers waiting and nobody free to take them
        return row.waiting > 0 ? u"waiting"_s : u"idle"_s;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case Name:
        return row.name;
    case Waiting:
        return row.waiting;
    case LongestWait:
        if (!row.oldestWaitingSince)
            return raw ? QVariant(qint64(-1)) : QVariant(QString());
        return elapsedCell(*row.oldestWaitingSince, raw);
    case Talking:
        return row.talking;
    case LoggedIn:
        return row.loggedIn;
    case Free:
        return row.free;
    case Paused:
        return row.paused;
    case Offered:
        return row.offeredToday;
    case Answered:
        return row.answeredToday;
    case ServiceLevel:
        if (!row.serviceLevelToday)
            return raw ? QVariant(-1.0) : QVariant(QString());
        return raw ? QVariant(*row.serviceLevelToday)
                   : QVariant(tr("%1 %").arg(*row.serviceLevelToday * 100, 0, 'f', 0));
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Queue");
    case Waiting:
        return tr("Waiting");
    case LongestWait:
        return tr("Longest wait");
    case Talking:
        return tr("Talking");
    case LoggedIn:
        return tr("Logged in");
    case Free:
        return tr("Free");
    case Paused:
        return tr("Paused");
    case Offered:
        return tr("Offered today");
    case Answered:
        return tr("Answered today");
    case ServiceLevel:
        return tr("SL today");
    default:
        return {};
    }
}

} // namespace qw
