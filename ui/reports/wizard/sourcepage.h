#pragma once

#include "reports/catalogloader.h"

#include <optional>
#include <QWizardPage>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace qw {

// Which partitions the report reads. Supervisors tick the partitions found in the data (listed
// with their newest event), mark some "calls only" and choose whether agents are renamed per
// server; the source spec that makes is shown live in a field an expert may also edit by hand.
// Typing a valid spec ticks the boxes to match; an invalid one is explained and blocks Next.
class SourcePage : public QWizardPage
{
    Q_OBJECT
public:
    SourcePage(CatalogLoader* catalog, const QString& initialSpec, QWidget* parent = nullptr);

    QString specText() const;
    std::optional<SourceSpec> spec() const; // nullopt while the text is not a valid spec
    bool isComplete() const override;

    // For tests and screenshots.
    bool isLoading() const { return m_loading; }
    QStringList listedPartitions() const;
    QCheckBox* includeBox(const QString& partition) const;
    QCheckBox* callsOnlyBox(const QString& partition) const;
    QCheckBox* renameAgentsBox() const { return m_renameAgents; }
    QLineEdit* specEdit() const { return m_specEdit; }
    QLabel* specProblemLabel() const { return m_specProblem; }
    QLabel* statusLabel() const { return m_status; }

private:
    struct Row
    {
        PartitionInfo info;
        QCheckBox* include = nullptr;
        QLabel* newest = nullptr;
        QCheckBox* callsOnly = nullptr;
    };

    void showPartitions(const PartitionInfoList& partitions);
    void showFailure(CatalogLoader::Query query, const QString& message);
    void rebuildSpecFromBoxes(); // a box was clicked: the boxes say what the spec is
    void tickBoxesFromSpec(); // the spec was typed: the boxes follow it
    void revalidate();
    const Row* rowOf(const QString& partition) const;

    QList<Row> m_rows;
    QGridLayout* m_grid;
    QLabel* m_status;
    QCheckBox* m_renameAgents;
    QLineEdit* m_specEdit;
    QLabel* m_specProblem;
    QLabel* m_specNote;
    bool m_loading = true;
    bool m_updatingBoxes = false; // boxes ticked from the typed spec must not rewrite it
};

} // namespace qw
