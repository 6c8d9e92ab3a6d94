#include "panels/tablepanel.h"

#include "live/models/modelroles.h"
#include "statedelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qw {

TablePanel::TablePanel(const QString& title, QAbstractItemModel* model, QWidget* parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_placeholder(new QLabel(m_view->viewport()))
    , m_fitColumns(new QTimer(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Not ResizeToContents: that measures every cell of every column at each change, and the
    // live tables change every second. Columns are fitted when rows come and go, and every few
    // seconds as times grow, at most; the user can still resize them.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fitColumns->setSingleShot(true);
    m_fitColumns->setInterval(300);
    connect(m_fitColumns, &QTimer::timeout, this, &TablePanel::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePanel::fitColumnsSoon);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::fitColumnsSoon);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePanel::fitColumnsSoon);
    auto* periodic = new QTimer(this);
    periodic->setInterval(5000);
    connect(periodic, &QTimer::timeout, this, &TablePanel::fitColumnsSoon);
    periodic->start();
    m_view->setItemDelegate(new StateDelegate(m_view));

    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_filter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette palette = m_placeholder->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(palette);
    m_view->viewport()->installEventFilter(this);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePanel::updatePlaceholder);
    updatePlaceholder();
}

void TablePanel::setPlaceholderText(const QString& text)
{
    m_placeholderText = text;
    updatePlaceholder();
}

QString TablePanel::placeholderText() const
{
    return m_placeholder->text();
}

bool TablePanel::placeholderShown() const
{
    return !m_placeholder->isHidden();
}

bool TablePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_placeholder->setGeometry(m_view->viewport()->rect().adjusted(8, 8, -8, -8));
        fitColumnsSoon(); // shown (or resized): the rows that came while hidden
    }
    return QWidget::eventFilter(watched, event);
}

void TablePanel::fitColumnsSoon()
{
    if (!m_fitColumns->isActive())
        m_fitColumns->start();
}

void TablePanel::fitColumns()
{
    // A hidden table (the live window behind a wallboard) is measured when it is shown.
    if (!m_view->isVisible())
        return;
    QHeaderView* header = m_view->horizontalHeader();
    const int last = header->count() - 1;
    for (int column = 0; column < last; ++column) { // the last one stretches
        if (header->isSectionHidden(column))
            continue;
        const int wanted = std::max(static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column),
                                    header->sectionSizeHint(column));
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}

void TablePanel::updatePlaceholder()
{
    const bool empty = m_proxy->rowCount() == 0;
    const bool filtered = empty && m_proxy->sourceModel() && m_proxy->sourceModel()->rowCount() > 0;
    m_placeholder->setText(filtered ? tr("Nothing matches the filter.") : m_placeholderText);
    m_placeholder->setVisible(empty && !m_placeholder->text().isEmpty());
    m_placeholder->setGeometry(m_view->viewport()->rect().adjusted(8, 8, -8, -8));
}

void TablePanel::setFilterColumn(int column)
{
    m_proxy->setFilterKeyColumn(column);
}

} // namespace qw
