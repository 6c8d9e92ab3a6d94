#pragma once

#include "reports/reportdefinition.h"
#include "reports/reportjob.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;

namespace qw {

class ReportTableModel;
struct ReportDocumentInfo;
class ReportView;

// A window for historical reports: builds a definition with the wizard (or opens a saved
// one), runs it in the background with progress and cancel (a new run replaces one still
// running), shows it in a ReportView, and exports it as PDF, as CSV (the table in view) or to
// a printer. A failing database shows a message; the window stays usable.
class ReportWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ReportWindow(SourceBindings bindings, QWidget* parent = nullptr);

    ReportView* view() const { return m_view; }
    ReportJob* job() const { return m_job; }
    const ReportDefinition& definition() const { return m_definition; }
    QProgressBar* progressBar() const { return m_progress; }
    QString statusText() const;

    // The export actions without their file dialogs; false (with a message shown) on failure.
    bool savePdf(const QString& path);
    bool saveCsv(const ReportTableModel& model, const QString& path);

public Q_SLOTS:
    void run(const qw::ReportDefinition& definition);
    void newReport();
    void openDefinition();
    void rerun();
    void cancel();
    void exportPdf();
    void exportCsv();
    void print();

Q_SIGNALS:
    void reportShown();
    void reportFailed(const QString& message);

private:
    void showFinished(const ReportResult& result);
    void showFailure(const QString& message);
    void setRunning(bool running);
    QString heading(const Report& report) const;
    ReportDocumentInfo documentInfo() const;

    SourceBindings m_bindings;
    ReportDefinition m_definition;
    bool m_hasReport = false;
    qint64 m_generatedAt = 0;
    ReportJob* m_job;
    ReportView* m_view;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QList<QAction*> m_needReport; // enabled once a report is shown
};

} // namespace qw
