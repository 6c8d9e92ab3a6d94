#include "reports/wizard/reportwizard.h"

#include "reports/catalogloader.h"
#include "reports/definitionfile.h"
#include "reports/wizard/filterpage.h"
#include "reports/wizard/finishpage.h"
#include "reports/wizard/periodpage.h"
#include "reports/wizard/sourcepage.h"

#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// A new report starts from the defaults but with no source: the supervisor ticks one.
ReportDefinition startingPoint(const std::optional<ReportDefinition>& start)
{
    if (start)
        return *start;
    ReportDefinition fresh;
    fresh.sourceSpec.clear();
    return fresh;
}
} // namespace

ReportWizard::ReportWizard(SourceBindings bindings, std::optional<ReportDefinition> start, QWidget* parent,
                           ReportClock clock)
    : QWizard(parent)
    , m_catalog(new CatalogLoader(std::move(bindings), this))
{
    const ReportDefinition initial = startingPoint(start);
    m_source = new SourcePage(m_catalog, initial.sourceSpec, this);
    m_period = new PeriodPage(initial, std::move(clock), this);
    m_filter = new FilterPage(m_catalog, m_source, m_period, initial, this);
    m_finish = new FinishPage(
        initial, [this] { return definition(); }, this);
    setPage(SourcePageId, m_source);
    setPage(PeriodPageId, m_period);
    setPage(FilterPageId, m_filter);
    setPage(FinishPageId, m_finish);

    setWindowTitle(start ? tr("Report: %1").arg(start->title.isEmpty() ? start->sourceSpec : start->title)
                         : tr("New report"));
    setButtonText(QWizard::FinishButton, tr("&Run report"));
    setOption(QWizard::NoBackButtonOnStartPage);
    connect(m_finish, &FinishPage::saveRequested, this, &ReportWizard::chooseFileAndSave);
    resize(sizeHint().expandedTo(QSize(720, 520))); // room for a few partitions without scrolling
    m_catalog->loadPartitions();
}

ReportWizard::~ReportWizard() = default;

ReportDefinition ReportWizard::definition() const
{
    ReportDefinition result;
    result.sourceSpec = m_source->specText();
    result.preset = m_period->preset();
    if (result.preset == PeriodPreset::Custom) {
        result.customFrom = m_period->customFrom();
        result.customTo = m_period->customTo();
    }
    result.timeZone = m_period->timeZoneId();
    result.queues = m_filter->chosenQueues();
    result.agents = m_filter->chosenAgents();
    result.slThreshold = m_finish->slThreshold();
    // Where the spec's servers are read from, when not from the database's table: a definition
    // run later (or by queuewatch-report) finds them again.
    if (const auto spec = SourceSpec::parse(result.sourceSpec); std::holds_alternative<SourceSpec>(spec)) {
        const QStringList names = std::get<SourceSpec>(spec).partitionNames();
        for (const QString& text : m_catalog->bindings().partitionTexts()) {
            if (names.contains(text.section(u'=', 0, 0)))
                result.partitions.append(text);
        }
    }
    result.title = m_finish->title();
    if (result.title.isEmpty())
        result.title = tr("%1, %2").arg(result.sourceSpec, PeriodPresets::displayName(result.preset));
    return result;
}

bool ReportWizard::saveDefinition(const QString& path, QString* error)
{
    const std::optional<QString> problem = DefinitionFile::write(definition(), path);
    if (problem) {
        m_finish->showSaveResult(*problem, false);
        if (error)
            *error = *problem;
        return false;
    }
    m_finish->showSaveResult(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), true);
    Q_EMIT definitionSaved(path);
    return true;
}

void ReportWizard::chooseFileAndSave()
{
    const ReportDefinition current = definition();
    QString suggested = current.title;
    suggested.replace(QRegularExpression(u"[^A-Za-z0-9_.-]+"_s), u"-"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save report definition"), suggested + u".qwreport.json"_s,
                                                tr("Report definitions (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    saveDefinition(path);
}

} // namespace qw
