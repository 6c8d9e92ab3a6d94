#pragma once

#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace qw {

// A titled, sortable, filterable table over one live model. Sorting uses the raw SortRole; the
// filter matches the first column (queue, agent). Views keep selection and scroll because the
// models update rows by key.
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    TablePanel(const QString& title, QAbstractItemModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    void setFilterColumn(int column);

    // What an empty table says in its middle ("Connecting to ...", "No calls waiting"); a
    // filter that hides every row says so instead.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const;
    bool placeholderShown() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updatePlaceholder();
    void fitColumns(); // widens columns to their contents, never narrows what the user set
    void fitColumnsSoon(); // once, shortly: changes come in bursts

    QTableView* m_view;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_placeholder;
    QString m_placeholderText;
    QTimer* m_fitColumns;
};

} // namespace qw
