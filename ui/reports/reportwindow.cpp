#include "reports/reportwindow.h"

#include "reportdoc/reportdocument.h"
#include "reports/csvwriter.h"
#include "reports/definitionfile.h"
#include "reports/exportname.h"
#include "reports/outputguard.h"
#include "reports/reporttablemodel.h"
#include "reports/reporttablepanel.h"
#include "reports/reportview.h"
#include "reports/wizard/reportwizard.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace qw {

ReportWindow::ReportWindow(SourceBindings bindings, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_bindings(std::move(bindings))
    , m_settings(settings)
    , m_job(new ReportJob(this))
    , m_view(new ReportView(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("QueueWatch report"));
    setCentralWidget(m_view);
    m_view->setEnabled(false);

    QMenu* menu = menuBar()->addMenu(tr("&Report"));
    menu->addAction(tr("&New report..."), QKeySequence::New, this, &ReportWindow::newReport);
    menu->addAction(tr("&Open definition..."), QKeySequence::Open, this, &ReportWindow::openDefinition);
    QAction* rerunAction = menu->addAction(tr("&Run again"), QKeySequence::Refresh, this, &ReportWindow::rerun);
    menu->addSeparator();
    QAction* pdf = menu->addAction(tr("Export &PDF..."), QKeySequence(tr("Ctrl+E")), this, &ReportWindow::exportPdf);
    QAction* csv = menu->addAction(tr("Export table as &CSV..."), QKeySequence(tr("Ctrl+Shift+E")), this,
                                   &ReportWindow::exportCsv);
    QAction* printAction = menu->addAction(tr("P&rint..."), QKeySequence::Print, this, &ReportWindow::print);
    menu->addSeparator();
    menu->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    m_needReport = {rerunAction, pdf, csv, printAction};
    for (QAction* action : m_needReport)
        action->setEnabled(false);

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_cancel->setShortcut(QKeySequence::Cancel);
    m_cancel->setToolTip(tr("Stop this report (Esc)"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &ReportWindow::cancel);
    connect(m_job, &ReportJob::progress, this, [this](double fraction, qint64 events) {
        m_progress->setValue(int(fraction * 1000));
        m_status->setText(tr("Reading... %L1 events").arg(events));
    });
    connect(m_job, &ReportJob::finished, this, &ReportWindow::showFinished);
    connect(m_job, &ReportJob::failed, this, &ReportWindow::showFailure);
    setRunning(false);
    m_status->setText(tr("Choose Report > New report to build one."));
    resize(1200, 800);
}

QString ReportWindow::statusText() const
{
    return m_status->text();
}

void ReportWindow::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running)
        m_progress->setValue(0);
}

void ReportWindow::run(const ReportDefinition& definition)
{
    // One moment for the preset's period and for where agent time stops.
    const qint64 now = clockNow(m_clock);
    const auto request = definition.toRequest(m_bindings, now);
    if (const auto* error = std::get_if<QString>(&request)) {
        showFailure(*error);
        return;
    }
    m_definition = definition;
    m_generatedAt = now;
    m_status->setText(tr("Starting %1...").arg(definition.sourceSpec));
    setRunning(true);
    m_job->start(std::get<ReportRequest>(request)); // replaces a report still running
}

void ReportWindow::rerun()
{
    if (m_hasReport) // the last definition run (it may have failed since)
        run(m_definition);
}

void ReportWindow::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    setRunning(false);
    m_status->setText(tr("Cancelled."));
}

void ReportWindow::newReport()
{
    ReportWizard wizard(m_bindings, m_definition, this, m_clock);
    if (wizard.exec() == QDialog::Accepted)
        run(wizard.definition());
}

void ReportWindow::openDefinition()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open report definition"), QString(),
                                                      tr("Report definitions (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto definition = DefinitionFile::read(path);
    if (const auto* error = std::get_if<QString>(&definition)) {
        showFailure(*error);
        return;
    }
    run(std::get<ReportDefinition>(definition));
}

ReportDocumentInfo ReportWindow::documentInfo() const
{
    ReportDocumentInfo info = ReportDocumentInfo::forReport(m_view->report(), m_definition.zone());
    if (!m_definition.title.isEmpty())
        info.title = m_definition.title;
    info.generated = QDateTime::fromSecsSinceEpoch(m_generatedAt, m_definition.zone());
    return info;
}

QString ReportWindow::reportTitle() const
{
    return m_definition.title.isEmpty() ? tr("Report") : m_definition.title;
}

QString ReportWindow::heading(const Report& report) const
{
    // The same period words as the PDF's header.
    const QString title = reportTitle();
    return title + u" - "_s + report.source + u" - "_s
        + ReportDocument::periodText(report.from, report.to, m_definition.zone());
}

void ReportWindow::showFinished(const ReportResult& result)
{
    const Report& report = result.report;
    setRunning(false);
    m_hasReport = true;
    m_view->showReport(result, m_definition.zone(), heading(report));
    m_view->setEnabled(true);
    for (QAction* action : m_needReport)
        action->setEnabled(true);
    m_status->setText(tr("%L1 events read, %L2 calls.").arg(report.eventsRead).arg(report.totals.offered));
    setWindowTitle(tr("QueueWatch report - %1").arg(m_definition.title.isEmpty() ? report.source : m_definition.title));
    Q_EMIT reportShown();
}

void ReportWindow::showFailure(const QString& message)
{
    setRunning(false);
    m_status->setText(tr("The report failed: %1").arg(message));
    // Not modal: the window (and an earlier report in it) stays usable while it is read.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Report"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT reportFailed(message);
}

void ReportWindow::exportPdf()
{
    if (!m_hasReport)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), proposedPdfPath(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    rememberExportFolder(path);
    savePdf(path);
}

QString ReportWindow::exportFolder() const
{
    const QString folder = m_settings.exportFolder();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

void ReportWindow::rememberExportFolder(const QString& path)
{
    m_settings.setExportFolder(QFileInfo(path).absolutePath());
}

QString ReportWindow::proposedPdfPath() const
{
    const Report& report = m_view->report();
    return QDir(exportFolder())
        .filePath(exportFileName(reportTitle(), report.from, m_definition.zone(), QString(), u"pdf"_s));
}

QString ReportWindow::proposedCsvPath(const ReportTableModel& model) const
{
    const Report& report = m_view->report();
    return QDir(exportFolder())
        .filePath(exportFileName(reportTitle(), report.from, m_definition.zone(), model.table().id, u"csv"_s));
}

bool ReportWindow::refusesToOverwriteInput(const QString& path)
{
    const auto spec = SourceSpec::parse(m_definition.sourceSpec.trimmed());
    if (!std::holds_alternative<SourceSpec>(spec))
        return false;
    if (const auto problem = OutputGuard::problemWith(path, std::get<SourceSpec>(spec), m_bindings)) {
        showFailure(*problem);
        return true;
    }
    return false;
}

bool ReportWindow::savePdf(const QString& path)
{
    if (refusesToOverwriteInput(path))
        return false;
    ReportDocument document(m_view->report(), m_view->tables(), documentInfo());
    QString error;
    if (!document.writePdf(path, &error)) {
        showFailure(error);
        return false;
    }
    m_status->setText(tr("Saved %1").arg(path));
    return true;
}

void ReportWindow::exportCsv()
{
    ReportTablePanel* panel = m_view->currentPanel();
    if (!m_hasReport || !panel)
        return;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export CSV"), proposedCsvPath(*panel->model()), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    rememberExportFolder(path);
    saveCsv(*panel->model(), path);
}

bool ReportWindow::saveCsv(const ReportTableModel& model, const QString& path)
{
    if (refusesToOverwriteInput(path))
        return false;
    QSaveFile file(path); // all or nothing: a full disk leaves no half-written file
    const bool written
        = file.open(QIODevice::WriteOnly) && file.write(reportTableCsv(model.table(), model.zone(), QLocale())) >= 0;
    if (!written || !file.commit()) {
        showFailure(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1").arg(path));
    return true;
}

void ReportWindow::print()
{
    if (!m_hasReport)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportDocument document(m_view->report(), m_view->tables(), documentInfo());
    document.paint(printer);
}

} // namespace qw
