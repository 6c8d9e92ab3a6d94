#pragma once

#include "reports/catalogloader.h"
#include "reports/reportdefinition.h"

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace qw {

class PeriodPage;
class SourcePage;

// Which queues and agents the report includes, ticked in lists filled from the data of the
// chosen partitions and period. The lists load in the background (the page stays usable and
// says it is loading); nothing ticked means all.
class FilterPage : public QWizardPage
{
    Q_OBJECT
public:
    FilterPage(CatalogLoader* catalog, const SourcePage* source, const PeriodPage* period,
               const ReportDefinition& start, QWidget* parent = nullptr);

    void initializePage() override;

    QStringList chosenQueues() const;
    QStringList chosenAgents() const;

    bool isLoading() const { return m_loading; }
    QListWidget* queueList() const { return m_queues; }
    QListWidget* agentList() const { return m_agents; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* memberAdviceLabel() const { return m_memberAdvice; }

private:
    void showNames(const CatalogNames& names);
    void showFailure(CatalogLoader::Query query, const QString& message);
    void rememberChoices(); // the ticks survive a reload of the lists

    CatalogLoader* m_catalog;
    const SourcePage* m_source;
    const PeriodPage* m_period;
    QListWidget* m_queues;
    QListWidget* m_agents;
    QLabel* m_status;
    QLabel* m_memberAdvice; // shown when a server logs its members under two names
    QStringList m_wantedQueues;
    QStringList m_wantedAgents;
    QString m_loadedFor; // spec and period of the lists shown, so returning here does not reload
    bool m_loading = false;
};

} // namespace qw
