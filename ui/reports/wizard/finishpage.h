#pragma once

#include "reports/reportdefinition.h"

#include <functional>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace qw {

// The last page: the service-level threshold and the report's title, a summary of everything
// chosen, and saving the definition to run it again later.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    // `current` gives the definition the wizard would return now, for the summary.
    FinishPage(const ReportDefinition& start, std::function<ReportDefinition()> current, QWidget* parent = nullptr);

    void initializePage() override;

    qint64 slThreshold() const;
    QString title() const; // as typed; empty lets the wizard name the report
    void showSaveResult(const QString& message, bool saved);

    QSpinBox* slEdit() const { return m_sl; }
    QLineEdit* titleEdit() const { return m_title; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* saveStatusLabel() const { return m_saveStatus; }

Q_SIGNALS:
    void saveRequested();

private:
    std::function<ReportDefinition()> m_current;
    QSpinBox* m_sl;
    QLineEdit* m_title;
    QLabel* m_summary;
    QPushButton* m_save;
    QLabel* m_saveStatus;
};

} // namespace qw
