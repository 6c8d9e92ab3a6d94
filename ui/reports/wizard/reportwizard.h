#pragma once

#include "reports/reportdefinition.h"
#include "sources/sourcebindings.h"

#include <optional>
#include <QWizard>

namespace qw {

class CatalogLoader;
class FilterPage;
class FinishPage;
class PeriodPage;
class SourcePage;

// Builds a report definition step by step: the partitions to read (the wizard writes the source
// spec), the period and time zone, the queues and agents, the service-level threshold and title.
// Everything it lists comes from the data behind `bindings`, loaded in the background. Started
// from a saved definition it shows that definition's choices, to run it again or change it.
class ReportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        SourcePageId,
        PeriodPageId,
        FilterPageId,
        FinishPageId
    };

    // `clock` gives the moment presets such as "today" are worked out at (empty: the wall clock).
    explicit ReportWizard(SourceBindings bindings, std::optional<ReportDefinition> start = std::nullopt,
                          QWidget* parent = nullptr, ReportClock clock = {});
    ~ReportWizard() override;

    // The definition the pages describe now (the one to run once the wizard is accepted).
    ReportDefinition definition() const;
    // Writes definition() as JSON; false with the reason shown on the last page and in `error`.
    bool saveDefinition(const QString& path, QString* error = nullptr);
    // Asks for a file name, then saves (the "Save definition…" button).
    void chooseFileAndSave();

    CatalogLoader* catalog() const { return m_catalog; }
    SourcePage* sourcePage() const { return m_source; }
    PeriodPage* periodPage() const { return m_period; }
    FilterPage* filterPage() const { return m_filter; }
    FinishPage* finishPage() const { return m_finish; }

Q_SIGNALS:
    void definitionSaved(const QString& path);

private:
    CatalogLoader* m_catalog;
    SourcePage* m_source;
    PeriodPage* m_period;
    FilterPage* m_filter;
    FinishPage* m_finish;
};

} // namespace qw
