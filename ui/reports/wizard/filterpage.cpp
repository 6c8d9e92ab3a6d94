#include "reports/wizard/filterpage.h"

#include "reports/wizard/periodpage.h"
#include "reports/wizard/sourcepage.h"
#include "reports/wizard/wizardlabels.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr int NameRole = Qt::UserRole;

// Every name found, plus the wanted ones the data does not show (a reopened definition may name
// an agent who did not work this period): those stay ticked rather than silently vanish.
void fillList(QListWidget* list, const QStringList& found, const QStringList& wanted)
{
    const QSignalBlocker blocker(list);
    list->clear();
    const auto add = [&](const QString& name, const QString& text) {
        auto* item = new QListWidgetItem(text, list);
        item->setData(NameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(wanted.contains(name) ? Qt::Checked : Qt::Unchecked);
    };
    for (const QString& name : found)
        add(name, name);
    for (const QString& name : wanted) {
        if (!found.contains(name))
            add(name, FilterPage::tr("%1 (not in this period's data)").arg(name));
    }
}

QStringList checkedNames(const QListWidget* list)
{
    QStringList names;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            names.append(list->item(row)->data(NameRole).toString());
    }
    return names;
}

QListWidget* makeList(QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setUniformItemSizes(true);
    return list;
}
} // namespace

FilterPage::FilterPage(CatalogLoader* catalog, const SourcePage* source, const PeriodPage* period,
                       const ReportDefinition& start, QWidget* parent)
    : QWizardPage(parent)
    , m_catalog(catalog)
    , m_source(source)
    , m_period(period)
    , m_queues(makeList(this))
    , m_agents(makeList(this))
    , m_status(makeNoteLabel(this))
    , m_wantedQueues(start.queues)
    , m_wantedAgents(start.agents)
{
    setTitle(tr("Queues and agents"));
    setSubTitle(tr("Tick the queues and agents to include. Nothing ticked means all of them."));

    auto* queuesLabel = new QLabel(tr("&Queues:"), this);
    queuesLabel->setBuddy(m_queues);
    auto* agentsLabel = new QLabel(tr("&Agents:"), this);
    agentsLabel->setBuddy(m_agents);
    auto* lists = new QGridLayout;
    lists->addWidget(queuesLabel, 0, 0);
    lists->addWidget(agentsLabel, 0, 1);
    lists->addWidget(m_queues, 1, 0);
    lists->addWidget(m_agents, 1, 1);
    m_memberAdvice = new QLabel(this);
    m_memberAdvice->setWordWrap(true);
    m_memberAdvice->setTextFormat(Qt::PlainText);
    m_memberAdvice->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_memberAdvice);
    layout->addLayout(lists, 1);

    fillList(m_queues, {}, m_wantedQueues);
    fillList(m_agents, {}, m_wantedAgents);
    connect(catalog, &CatalogLoader::namesLoaded, this, &FilterPage::showNames);
    connect(catalog, &CatalogLoader::failed, this, &FilterPage::showFailure);
    connect(m_queues, &QListWidget::itemChanged, this, &FilterPage::rememberChoices);
    connect(m_agents, &QListWidget::itemChanged, this, &FilterPage::rememberChoices);
}

void FilterPage::initializePage()
{
    const std::optional<SourceSpec> spec = m_source->spec();
    if (!spec)
        return; // the source page does not let an invalid spec through
    const ReportPeriod period = m_period->currentPeriod();
    const QString wanted = u"%1 %2 %3"_s.arg(spec->toString()).arg(period.from).arg(period.to);
    if (wanted == m_loadedFor && !m_loading)
        return;
    m_loadedFor = wanted;
    m_loading = true;
    m_status->setText(tr("Loading the queues and agents of this period…"));
    m_queues->setEnabled(false);
    m_agents->setEnabled(false);
    m_catalog->loadNames(*spec, period.from, period.to);
}

QStringList FilterPage::chosenQueues() const
{
    return m_wantedQueues;
}

QStringList FilterPage::chosenAgents() const
{
    return m_wantedAgents;
}

void FilterPage::rememberChoices()
{
    m_wantedQueues = checkedNames(m_queues);
    m_wantedAgents = checkedNames(m_agents);
}

void FilterPage::showNames(const CatalogNames& names)
{
    m_loading = false;
    fillList(m_queues, names.queues, m_wantedQueues);
    fillList(m_agents, names.agents, m_wantedAgents);
    m_queues->setEnabled(true);
    m_agents->setEnabled(true);
    m_status->setText(names.queues.isEmpty() && names.agents.isEmpty()
                          ? tr("The chosen partitions have no queues or agents in this period.")
                          : tr("Found %n queue(s)", nullptr, int(names.queues.size())) + u", "_s
                              + tr("%n agent(s) in this period.", nullptr, int(names.agents.size())));
    m_memberAdvice->setText(names.memberSplitAdvice.join(u"\n\n"_s));
    m_memberAdvice->setVisible(!names.memberSplitAdvice.isEmpty());
}

void FilterPage::showFailure(CatalogLoader::Query query, const QString& message)
{
    if (query != CatalogLoader::Query::Names)
        return;
    m_loading = false;
    m_loadedFor.clear(); // try again next time the page is shown
    m_queues->setEnabled(true);
    m_agents->setEnabled(true);
    m_status->setText(tr("The queues and agents could not be listed: %1").arg(message));
}

} // namespace qw
