#pragma once

#include "reports/reporttable.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace qw {

class ReportTableModel;

// One table of a report view: its title, a sortable table on the raw values, an optional
// search box (matching any column), and the table's chart beside it when it has one.
class ReportTablePanel : public QWidget
{
    Q_OBJECT
public:
    enum Option
    {
        Plain = 0,
        Searchable = 1,
        WithChart = 2,
    };
    Q_DECLARE_FLAGS(Options, Option)

    explicit ReportTablePanel(Options options = Plain, QWidget* parent = nullptr);

    void setTable(const ReportTable& table, const QTimeZone& zone);

    ReportTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; } // null unless Searchable
    QChartView* chartView() const { return m_chart; } // null unless WithChart

private:
    ReportTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search = nullptr;
    QChartView* m_chart = nullptr;
    QLabel* m_title;
};

} // namespace qw

Q_DECLARE_OPERATORS_FOR_FLAGS(qw::ReportTablePanel::Options)
