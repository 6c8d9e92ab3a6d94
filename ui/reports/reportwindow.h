#pragma once

#include "reports/reportdefinition.h"
#include "reports/reportjob.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;

namespace qw {

class AppSettings;

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
    ReportWindow(SourceBindings bindings, AppSettings& settings, QWidget* parent = nullptr);

    // Where "now" comes from: what "today" means in the wizard, and where agent time still open
    // stops (min(to, now)). Empty: the wall clock. Tests inject their own.
    void setClock(ReportClock clock) { m_clock = std::move(clock); }

    // The export dialogs start in the folder of the last export (AppSettings::exportFolder) and
    // propose a name from the report's title and period ("Title-2026-11-02-calls.csv").
    QString proposedPdfPath() const;
    QString proposedCsvPath(const ReportTableModel& model) const;

    ReportView* view() const { return m_view; }
    ReportJob* job() const { return m_job; }
    const ReportDefinition& definition() const { return m_definition; }
    QProgressBar* progressBar() const { return m_progress; }
    QString statusText() const;

    // The export actions without their file dialogs; false (with a message shown) on failure,
    // also when the path is one of the files the report reads.
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
    QString reportTitle() const;
    // True (with a message shown) when path is a file the report reads.
    bool refusesToOverwriteInput(const QString& path);
    QString exportFolder() const;
    void rememberExportFolder(const QString& path);

    SourceBindings m_bindings;
    AppSettings& m_settings;
    ReportClock m_clock;
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
