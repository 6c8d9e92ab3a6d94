#pragma once

#include "live/liveupdate.h"
#include "time/durationtext.h"

#include <algorithm>
#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QThread>

namespace qw {

// A table whose rows are updated by key: a new snapshot removes the rows that went, changes the
// rows that changed (dataChanged) and appends the new ones. Never a reset on a normal update,
// so a view's selection and scroll position survive. Row order is arrival order; views sort
// through a proxy on SortRole.
//
// Rows know the servers (partitions) they depend on, as a mask. While a server is in trouble
// (cannot be read, silent, or the database is behind) its rows are stale: partitionsInTrouble()
// names them, and their time cells stop at the moment the server's figures were last complete
// instead of counting up.
//
// Row needs `QString key() const` and operator==.
template<typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const QList<Row>& rows() const { return m_rows; }

protected:
    // Models change only in the thread they live in (the GUI thread): workers hand on values
    // and never touch a model, or views would read rows while they change.
    void assertOwnThread() const { Q_ASSERT_X(thread() == QThread::currentThread(), "KeyedRowsModel", "wrong thread"); }

    void updateRows(QList<Row> next)
    {
        assertOwnThread();
        QHash<QString, qsizetype> wanted;
        for (qsizetype i = 0; i < next.size(); ++i)
            wanted.insert(next[i].key(), i);

        // Remove what is gone, bottom up, one contiguous range at a time.
        for (qsizetype last = m_rows.size() - 1; last >= 0;) {
            if (wanted.contains(m_rows[last].key())) {
                --last;
                continue;
            }
            qsizetype first = last;
            while (first > 0 && !wanted.contains(m_rows[first - 1].key()))
                --first;
            beginRemoveRows({}, int(first), int(last));
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
        // Change what changed, in place.
        QHash<QString, qsizetype> present;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const QString key = m_rows[i].key();
            present.insert(key, i);
            const Row& update = next[wanted.value(key)];
            if (!(update == m_rows[i])) {
                m_rows[i] = update;
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
            }
        }
        // Append what is new, in the snapshot's order.
        QList<Row> added;
        for (const Row& row : next) {
            if (!present.contains(row.key()))
                added.append(row);
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
            m_rows.append(added);
            endInsertRows();
        }
    }

    // For a rebuilt window or a new source: the rows start afresh.
    void resetRows(QList<Row> rows)
    {
        assertOwnThread();
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    // The rows of one poll: by key, unless the window was rebuilt (a new generation), which
    // starts the rows afresh. The snapshot's time is the clock of the time columns.
    void applyRows(QList<Row> rows, const LiveUpdate& update)
    {
        m_now = update.snapshot.at;
        const bool troubleChanged = takeHealth(update.health);
        if (update.generation != m_generation) {
            m_generation = update.generation;
            resetRows(std::move(rows));
            return;
        }
        updateRows(std::move(rows));
        // Rows that did not change still change how they look when their server's state does.
        if (troubleChanged && !m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

    // Between polls the clock moves: only the time-dependent cells change.
    void tickTo(qint64 now, int firstTimeColumn, int lastTimeColumn)
    {
        assertOwnThread();
        m_now = now;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, firstTimeColumn), index(int(m_rows.size()) - 1, lastTimeColumn));
    }

    // The clock of a row that depends on `partitions`: now, or the earliest moment up to which a
    // server of it in trouble is known.
    qint64 clockFor(quint64 partitions) const
    {
        qint64 clock = m_now;
        for (qsizetype i = 0; i < m_trustedUntil.size() && i < 64; ++i) {
            if ((partitions >> i & 1) && m_trustedUntil[i] >= 0)
                clock = std::min(clock, m_trustedUntil[i]);
        }
        return clock;
    }
    // The servers of `partitions` in trouble, by name; empty when the row is current.
    QStringList partitionsInTrouble(quint64 partitions) const
    {
        QStringList names;
        for (qsizetype i = 0; i < m_trustedUntil.size() && i < 64; ++i) {
            if ((partitions >> i & 1) && m_trustedUntil[i] >= 0)
                names.append(m_partitionNames.value(i));
        }
        return names;
    }
    // The tooltip of a stale row.
    QString staleText(quint64 partitions) const
    {
        const QStringList names = partitionsInTrouble(partitions);
        if (names.isEmpty())
            return {};
        return QCoreApplication::translate("qw::KeyedRowsModel",
                                           "Not current: server %1 is not up to date, "
                                           "shown as of %2.")
            .arg(names.join(u", "), QDateTime::fromSecsSinceEpoch(clockFor(partitions)).toString(u"HH:mm:ss"));
    }

    qint64 now() const { return m_now; }
    void setClock(qint64 now) { m_now = now; }
    // A time column's cell: seconds since `since` (SortRole) or as "1:05" text (DisplayRole),
    // on the clock of the row's servers (stopped while one of them is in trouble).
    QVariant elapsedCell(qint64 since, bool raw, quint64 partitions = 0) const
    {
        const qint64 seconds = std::max<qint64>(0, clockFor(partitions) - since);
        return raw ? QVariant(seconds) : QVariant(durationText(seconds));
    }

    const Row& rowAt(const QModelIndex& index) const { return m_rows.at(index.row()); }

private:
    // True when the set of servers in trouble, or the time they stopped at, changed.
    bool takeHealth(const QList<PartitionHealth>& health)
    {
        QList<qint64> trusted;
        QStringList names;
        for (const PartitionHealth& partition : health) {
            trusted.append(partition.isTrouble() ? partition.trustedUntil : -1);
            names.append(partition.partition);
        }
        const bool changed = trusted != m_trustedUntil;
        m_trustedUntil = std::move(trusted);
        m_partitionNames = std::move(names);
        return changed;
    }

    QList<Row> m_rows;
    quint64 m_generation = 0;
    qint64 m_now = 0;
    QList<qint64> m_trustedUntil; // per partition: -1 while it is fine
    QStringList m_partitionNames;
};

} // namespace qw
