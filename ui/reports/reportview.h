#pragma once

#include "reports/report.h"
#include "reports/reportjob.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace qw {

class ReportTablePanel;

// A finished report in tabs: summary (KPIs and the SL formula), answered, unanswered,
// distribution, agents, servers and call details. Every table is a ReportTableModel on the
// report's ReportTables, so the view, the CSV and the PDF show the same numbers.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget* parent = nullptr);

    // `heading`: the report's title, source and period, as one line for the top of the view.
    void showReport(const ReportResult& result, const QTimeZone& zone, const QString& heading);

    const ReportTables& tables() const { return m_tables; }
    const Report& report() const { return m_report; }
    QTabWidget* tabs() const { return m_tabs; }
    QList<ReportTablePanel*> panels() const { return m_panels; }
    // The panel the user looked at last (for "export this table"), or null.
    ReportTablePanel* currentPanel() const;

private:
    ReportTablePanel* addPanel(QWidget* page, int options);

    Report m_report;
    ReportTables m_tables;
    QLabel* m_heading;
    QLabel* m_formula;
    QLabel* m_warnings;
    QTabWidget* m_tabs;
    QList<ReportTablePanel*> m_panels;
    QList<ReportTable ReportTables::*> m_sources; // which table each panel shows
};

} // namespace qw
