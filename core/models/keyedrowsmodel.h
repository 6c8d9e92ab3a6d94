#pragma once

#include "models/durationtext.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace qw {

// A table whose rows are updated by key: a new snapshot removes the rows that went, changes the
// rows that changed (dataChanged) and appends the new ones. Never a reset on a normal update,
// so a view's selection and scroll position survive. Row order is arrival order; views sort
// through a proxy on SortRole.
//
// Row needs `QString key() const` and operator==.
template<typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const QList<Row>& rows() const { return m_rows; }

protected:
    void updateRows(QList<Row> next)
    {
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
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    // The rows of one poll: by key, unless the window was rebuilt (a new generation), which
    // starts the rows afresh. `at` is the snapshot's time, the clock of the time columns.
    void applyRows(QList<Row> rows, quint64 generation, qint64 at)
    {
        m_now = at;
        if (generation != m_generation) {
            m_generation = generation;
            resetRows(std::move(rows));
        } else {
            updateRows(std::move(rows));
        }
    }

    // Between polls the clock moves: only the time-dependent cells change.
    void tickTo(qint64 now, int firstTimeColumn, int lastTimeColumn)
    {
        m_now = now;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, firstTimeColumn), index(int(m_rows.size()) - 1, lastTimeColumn));
    }

    qint64 now() const { return m_now; }
    // A time column's cell: seconds since `since` (SortRole) or as "1:05" text (DisplayRole).
    QVariant elapsedCell(qint64 since, bool raw) const
    {
        const qint64 seconds = m_now - since;
        return raw ? QVariant(seconds) : QVariant(durationText(seconds));
    }

    const Row& rowAt(const QModelIndex& index) const { return m_rows.at(index.row()); }

private:
    QList<Row> m_rows;
    quint64 m_generation = 0;
    qint64 m_now = 0;
};

} // namespace qw
