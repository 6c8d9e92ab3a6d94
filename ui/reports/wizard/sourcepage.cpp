#include "reports/wizard/sourcepage.h"

#include "reports/wizard/wizardlabels.h"

#include <algorithm>
#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
enum Column
{
    NameColumn,
    NewestColumn,
    CallsOnlyColumn
};

QString newestText(const PartitionInfo& info)
{
    if (!info.problem.isEmpty())
        return info.problem;
    if (!info.hasEvents())
        return SourcePage::tr("no events");
    return QDateTime::fromSecsSinceEpoch(info.newestTime).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}
} // namespace

SourcePage::SourcePage(CatalogLoader* catalog, const QString& initialSpec, QWidget* parent)
    : QWizardPage(parent)
    , m_grid(new QGridLayout)
    , m_status(makeNoteLabel(this))
    , m_renameAgents(new QCheckBox(tr("&Rename agents per server (Agent/101 on A becomes Agent/A-101)"), this))
    , m_specEdit(new QLineEdit(initialSpec, this))
    , m_specProblem(makeProblemLabel(this))
    , m_specNote(makeNoteLabel(this))
{
    setTitle(tr("Source"));
    setSubTitle(tr("Tick the servers (partitions) to report on. A partition marked \"calls only\" adds its "
                   "calls but not its agents."));

    auto* listWidget = new QWidget;
    auto* listLayout = new QVBoxLayout(listWidget);
    listLayout->addLayout(m_grid);
    listLayout->addStretch();
    m_grid->setColumnStretch(CallsOnlyColumn + 1, 1); // spare width goes after the columns
    m_grid->setHorizontalSpacing(24);
    const QStringList headers {tr("Partition"), tr("Newest event"), tr("Agent events")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = new QLabel(headers[column], listWidget);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        m_grid->addWidget(header, 0, column);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(listWidget);
    scroll->setWidgetResizable(true);
    scroll->setMinimumHeight(140);

    m_renameAgents->setToolTip(tr("Use when the servers number their agents independently, so the same "
                                  "agent code means different people."));
    m_specEdit->setPlaceholderText(tr("cluster:A|B|C"));
    m_specEdit->setToolTip(tr("sql:A for one partition; cluster:A|B|C merges partitions (B- keeps only the calls "
                              "of B); clustrw:A|B|C also renames agents per partition."));
    m_specEdit->setClearButtonEnabled(true);
    auto* specForm = new QFormLayout;
    specForm->addRow(tr("Source &spec:"), m_specEdit);
    specForm->addRow(QString(), m_specProblem);
    specForm->addRow(QString(), m_specNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_renameAgents);
    layout->addLayout(specForm);

    m_status->setText(tr("Loading the partitions…"));
    connect(catalog, &CatalogLoader::partitionsLoaded, this, &SourcePage::showPartitions);
    connect(catalog, &CatalogLoader::failed, this, &SourcePage::showFailure);
    connect(m_renameAgents, &QCheckBox::toggled, this, &SourcePage::rebuildSpecFromBoxes);
    connect(m_specEdit, &QLineEdit::textEdited, this, &SourcePage::tickBoxesFromSpec);
    connect(m_specEdit, &QLineEdit::textChanged, this, &SourcePage::revalidate);
    tickBoxesFromSpec();
    revalidate();
}

QString SourcePage::specText() const
{
    return m_specEdit->text().trimmed();
}

std::optional<SourceSpec> SourcePage::spec() const
{
    auto parsed = SourceSpec::parse(specText());
    if (auto* spec = std::get_if<SourceSpec>(&parsed))
        return *spec;
    return std::nullopt;
}

bool SourcePage::isComplete() const
{
    return spec().has_value();
}

QStringList SourcePage::listedPartitions() const
{
    QStringList names;
    for (const Row& row : m_rows)
        names.append(row.info.name);
    return names;
}

const SourcePage::Row* SourcePage::rowOf(const QString& partition) const
{
    for (const Row& row : m_rows) {
        if (row.info.name == partition)
            return &row;
    }
    return nullptr;
}

QCheckBox* SourcePage::includeBox(const QString& partition) const
{
    const Row* row = rowOf(partition);
    return row ? row->include : nullptr;
}

QCheckBox* SourcePage::callsOnlyBox(const QString& partition) const
{
    const Row* row = rowOf(partition);
    return row ? row->callsOnly : nullptr;
}

void SourcePage::showPartitions(const PartitionInfoList& partitions)
{
    m_loading = false;
    QWidget* listWidget = m_grid->parentWidget();
    for (const Row& row : std::as_const(m_rows)) {
        delete row.include;
        delete row.newest;
        delete row.callsOnly;
    }
    m_rows.clear();
    for (const PartitionInfo& info : partitions) {
        Row row;
        row.info = info;
        row.include = new QCheckBox(info.name, listWidget);
        row.include->setToolTip(info.detail); // how a realtime table's columns were read
        row.newest = info.problem.isEmpty() ? makeNoteLabel(listWidget) : makeProblemLabel(listWidget);
        row.newest->setText(newestText(info));
        row.newest->setWordWrap(!info.problem.isEmpty()); // a time reads best on one line
        row.callsOnly = new QCheckBox(tr("Calls only"), listWidget);
        row.callsOnly->setToolTip(tr("Count this partition's calls but drop its agent events (logins, pauses)."));
        row.include->setEnabled(info.problem.isEmpty());
        row.callsOnly->setEnabled(false); // until the partition is ticked
        const int gridRow = int(m_rows.size()) + 1;
        m_grid->addWidget(row.include, gridRow, NameColumn);
        m_grid->addWidget(row.newest, gridRow, NewestColumn);
        m_grid->addWidget(row.callsOnly, gridRow, CallsOnlyColumn);
        for (QWidget* cell : {static_cast<QWidget*>(row.include), static_cast<QWidget*>(row.newest),
                              static_cast<QWidget*>(row.callsOnly)})
            cell->show(); // the layout would only show them from the event loop
        connect(row.include, &QCheckBox::toggled, this, &SourcePage::rebuildSpecFromBoxes);
        connect(row.callsOnly, &QCheckBox::toggled, this, &SourcePage::rebuildSpecFromBoxes);
        m_rows.append(row);
    }
    m_status->setText(partitions.isEmpty() ? tr("No partitions were found. Type a source spec below.")
                                           : tr("%n partition(s) found.", nullptr, int(partitions.size())));
    tickBoxesFromSpec(); // a spec given at the start (a reopened definition) ticks its partitions
    revalidate();
}

void SourcePage::showFailure(CatalogLoader::Query query, const QString& message)
{
    if (query != CatalogLoader::Query::Partitions)
        return;
    m_loading = false;
    m_status->setText(
        tr("The partitions could not be listed: %1\nYou can still type a source spec below.").arg(message));
}

void SourcePage::rebuildSpecFromBoxes()
{
    for (const Row& row : std::as_const(m_rows))
        row.callsOnly->setEnabled(row.include->isChecked());
    if (m_updatingBoxes)
        return;
    QList<SpecPartition> chosen;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.include->isChecked())
            chosen.append({row.info.name, row.callsOnly->isChecked()});
    }
    QString text;
    if (chosen.size() == 1 && !chosen.first().callsOnly && !m_renameAgents->isChecked())
        text = SourceSpec::sql(chosen.first().name).toString();
    else if (!chosen.isEmpty())
        text = SourceSpec::cluster(chosen, m_renameAgents->isChecked()).toString();
    m_specEdit->setText(text);
}

void SourcePage::tickBoxesFromSpec()
{
    const std::optional<SourceSpec> typed = spec();
    if (!typed)
        return; // half-typed: the boxes keep showing the last valid choice
    const QScopedValueRollback guard(m_updatingBoxes, true);
    QStringList unknown;
    for (const SpecPartition& partition : typed->partitions()) {
        if (!rowOf(partition.name) && typed->kind() != SourceSpec::Kind::File)
            unknown.append(partition.name);
    }
    for (const Row& row : std::as_const(m_rows)) {
        const auto& partitions = typed->partitions();
        const auto found = std::find_if(partitions.cbegin(), partitions.cend(),
                                        [&](const SpecPartition& p) { return p.name == row.info.name; });
        const bool chosen = found != partitions.cend() && typed->kind() != SourceSpec::Kind::File;
        row.include->setChecked(chosen);
        row.callsOnly->setChecked(chosen && found->callsOnly);
    }
    m_renameAgents->setChecked(typed->renamesAgents());
    // Partitions the list does not show are allowed (the expert may know better), but said.
    m_specNote->setText(m_loading || unknown.isEmpty() ? QString()
                                                       : tr("Not found in the data: %1.").arg(unknown.join(u", "_s)));
    m_specNote->setVisible(!m_specNote->text().isEmpty());
}

void SourcePage::revalidate()
{
    const QString text = specText();
    QString problem;
    if (!text.isEmpty()) {
        const auto parsed = SourceSpec::parse(text);
        if (const auto* error = std::get_if<SourceSpec::Error>(&parsed))
            problem = error->message;
    }
    showProblem(m_specProblem, problem);
    if (!problem.isEmpty() || text.isEmpty()) {
        m_specNote->clear();
        m_specNote->hide();
    }
    Q_EMIT completeChanged();
}

} // namespace qw
