#include "reports/reportview.h"

#include "reports/reporttablepanel.h"

#include <QApplication>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qw {

namespace {
// A tab page holding panels one above the other, split so each can be given more room.
QSplitter* verticalPage()
{
    auto* page = new QSplitter(Qt::Vertical);
    page->setChildrenCollapsible(false);
    return page;
}
} // namespace

ReportView::ReportView(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_formula(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_warnings->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);

    using P = ReportTablePanel;
    // Summary: the KPIs, the formula they follow, and what the engine had to leave out.
    auto* summary = new QWidget;
    auto* summaryLayout = new QVBoxLayout(summary);
    auto* summarySplit = verticalPage();
    summaryLayout->addWidget(summarySplit, 1);
    summaryLayout->addWidget(m_formula);
    summaryLayout->addWidget(m_warnings);
    m_tabs->addTab(summary, tr("&Summary"));
    const auto add = [this](QSplitter* page, int options, ReportTable ReportTables::*source) {
        ReportTablePanel* panel = addPanel(page, options);
        m_sources.append(source);
        if (source == &ReportTables::calls || source == &ReportTables::unansweredCalls)
            panel->setEmptyTexts(tr("No calls match \"%1\"."), tr("No calls in this period."));
        else if (source == &ReportTables::agents || source == &ReportTables::answeredByAgent
                 || source == &ReportTables::agentPauses)
            panel->setEmptyTexts(tr("No agents match \"%1\"."), tr("No agent figures in this period."));
    };
    add(summarySplit, P::Plain, &ReportTables::summary);

    auto* answered = verticalPage();
    add(answered, P::Plain, &ReportTables::answeredByQueue);
    add(answered, P::Searchable, &ReportTables::answeredByAgent);
    add(answered, P::WithChart, &ReportTables::serviceLevelBuckets);
    m_tabs->addTab(answered, tr("&Answered"));

    auto* unanswered = verticalPage();
    add(unanswered, P::WithChart, &ReportTables::unansweredByCause);
    add(unanswered, P::WithChart, &ReportTables::unansweredWait);
    add(unanswered, P::Searchable, &ReportTables::unansweredCalls);
    m_tabs->addTab(unanswered, tr("&Unanswered"));

    auto* distribution = verticalPage();
    add(distribution, P::WithChart, &ReportTables::byHour);
    add(distribution, P::WithChart, &ReportTables::byDay);
    add(distribution, P::WithChart, &ReportTables::byWeekday);
    m_tabs->addTab(distribution, tr("&Distribution"));

    auto* agents = verticalPage();
    add(agents, P::Searchable, &ReportTables::agents);
    add(agents, P::Searchable, &ReportTables::agentPauses);
    m_tabs->addTab(agents, tr("A&gents"));

    auto* servers = verticalPage();
    add(servers, P::Plain, &ReportTables::servers);
    m_tabs->addTab(servers, tr("Se&rvers"));

    auto* calls = verticalPage();
    add(calls, P::Searchable, &ReportTables::calls);
    m_tabs->addTab(calls, tr("&Call details"));
}

ReportTablePanel* ReportView::addPanel(QWidget* page, int options)
{
    auto* panel = new ReportTablePanel(ReportTablePanel::Options(options));
    static_cast<QSplitter*>(page)->addWidget(panel);
    m_panels.append(panel);
    return panel;
}

void ReportView::showReport(const ReportResult& result, const QTimeZone& zone, const QString& heading)
{
    m_report = result.report;
    m_tables = result.tables;
    const Report& report = m_report;
    m_heading->setText(heading);
    m_formula->setText(ReportTables::formulaText(report.slThreshold));
    m_warnings->setText(report.warnings.join(u'\n'));
    m_warnings->setVisible(!report.warnings.isEmpty());
    for (qsizetype i = 0; i < m_panels.size(); ++i)
        m_panels[i]->setTable(m_tables.*m_sources[i], zone);
}

ReportTablePanel* ReportView::currentPanel() const
{
    // The panel holding the keyboard focus, else the first one on the tab shown.
    for (ReportTablePanel* panel : m_panels) {
        if (panel->isAncestorOf(QApplication::focusWidget()))
            return panel;
    }
    for (ReportTablePanel* panel : m_panels) {
        if (m_tabs->currentWidget()->isAncestorOf(panel))
            return panel;
    }
    return nullptr;
}

} // namespace qw
