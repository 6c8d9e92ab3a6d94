#include "reports/reporttablemodel.h"

#include "live/models/modelroles.h"
#include "reports/figurehelp.h"

#include <QThread>

namespace qw {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(ReportTable table, QTimeZone zone)
{
    // Set from the GUI thread only: the report job hands tables over as values (see ReportJob).
    Q_ASSERT(thread() == QThread::currentThread());
    // A new report replaces the whole table: a reset is the honest signal here.
    beginResetModel();
    m_table = std::move(table);
    m_zone = std::move(zone);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportColumn& column = m_table.columns[index.column()];
    const QVariant raw = m_table.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ReportTable::displayText(raw, column.kind, m_zone);
    case SortRole:
        if (raw.isNull())
            return column.isNumeric() ? QVariant(-1.0) : QVariant(QString());
        return raw;
    case KeyRole:
        return m_table.rows[index.row()].value(0);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column.alignsRight() ? Qt::AlignRight | Qt::AlignVCenter
                                                        : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        const QString help = FigureHelp::describe(m_table.columns[section].key);
        return help.isEmpty() ? QVariant() : QVariant(help);
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.columns[section].header;
}

} // namespace qw
