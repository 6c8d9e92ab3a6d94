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
    // What the empty table says when the search matches no row ("No calls match \"%1\"."; %1 is
    // the search text), and when the report has no row at all.
    void setEmptyTexts(const QString& noMatch, const QString& noRows);

    // The message shown over the empty table, or an empty string while rows are shown.
    QString emptyMessage() const;

    ReportTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; } // null unless Searchable
    QChartView* chartView() const { return m_chart; } // null unless WithChart

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateEmptyMessage();

    ReportTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search = nullptr;
    QChartView* m_chart = nullptr;
    QLabel* m_title;
    QLabel* m_empty; // over the table's viewport
    QString m_noMatch;
    QString m_noRows;
};

} // namespace qw

Q_DECLARE_OPERATORS_FOR_FLAGS(qw::ReportTablePanel::Options)
