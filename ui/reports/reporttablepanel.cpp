#include "reports/reporttablepanel.h"

#include "charts/reportcharts.h"
#include "live/models/modelroles.h"
#include "reports/reporttablemodel.h"

#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

ReportTablePanel::ReportTablePanel(Options options, QWidget* parent)
    : QWidget(parent)
    , m_model(new ReportTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(m_view->viewport()))
    , m_noMatch(tr("No rows match \"%1\"."))
    , m_noRows(tr("No data in this period."))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1); // search any column: caller, agent, queue, server
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the report's own order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    if (options.testFlag(Searchable)) {
        m_search = new QLineEdit(this);
        m_search->setPlaceholderText(tr("Search"));
        m_search->setClearButtonEnabled(true);
        m_search->setMaximumWidth(260);
        connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
            m_proxy->setFilterFixedString(text);
            updateEmptyMessage();
        });
        header->addWidget(m_search);
    }
    auto* body = new QHBoxLayout;
    body->addWidget(m_view, 3);
    if (options.testFlag(WithChart)) {
        m_chart = new QChartView(this);
        m_chart->setRenderHint(QPainter::Antialiasing);
        // Three charted tables share a tab: small enough minimum for them all on a 1366x768 screen.
        m_chart->setMinimumSize(320, 170);
        body->addWidget(m_chart, 2);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(body);

    // An empty table says why it is empty, over the place its rows would be.
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();
    m_view->viewport()->installEventFilter(this);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ReportTablePanel::updateEmptyMessage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ReportTablePanel::updateEmptyMessage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReportTablePanel::updateEmptyMessage);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReportTablePanel::updateEmptyMessage);
}

bool ReportTablePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(8, 8, -8, -8));
    return QWidget::eventFilter(watched, event);
}

void ReportTablePanel::setEmptyTexts(const QString& noMatch, const QString& noRows)
{
    m_noMatch = noMatch;
    m_noRows = noRows;
    updateEmptyMessage();
}

QString ReportTablePanel::emptyMessage() const
{
    if (m_proxy->rowCount() > 0)
        return {};
    const QString search = m_search ? m_search->text() : QString();
    if (m_model->rowCount() > 0 && !search.isEmpty())
        return m_noMatch.arg(search);
    return m_noRows;
}

void ReportTablePanel::updateEmptyMessage()
{
    const QString message = emptyMessage();
    m_empty->setText(message);
    m_empty->setGeometry(m_view->viewport()->rect().adjusted(8, 8, -8, -8));
    m_empty->setVisible(!message.isEmpty());
}

void ReportTablePanel::setTable(const ReportTable& table, const QTimeZone& zone)
{
    m_title->setText(table.title);
    m_model->setTable(table, zone);
    updateEmptyMessage();
    m_view->resizeColumnsToContents();
    if (m_chart) {
        const std::optional<ReportChartData> chartData = ReportChartData::of(table);
        std::unique_ptr<QChart> chart = chartData ? makeReportChart(*chartData) : std::make_unique<QChart>();
        QChart* old = m_chart->chart();
        m_chart->setChart(chart.release());
        delete old; // the view does not delete a chart it no longer shows
    }
}

} // namespace qw
