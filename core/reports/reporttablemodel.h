#pragma once

#include "reports/reporttable.h"

#include <QAbstractTableModel>

namespace qw {

// A report table for views: display text in DisplayRole, the raw value in SortRole (so a
// proxy sorts 9:59 before 10:00 and empty ratios last), numbers aligned right.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(ReportTable table, QTimeZone zone);
    const ReportTable& table() const { return m_table; }
    const QTimeZone& zone() const { return m_zone; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
    QTimeZone m_zone;
};

} // namespace qw
