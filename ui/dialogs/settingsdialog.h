#pragma once

#include "reports/partitioncatalog.h"
#include "settings/liveviewsettings.h"

#include <memory>
#include <QDialog>

class QDialogButtonBox;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace qw {

class CatalogLoader;
class SourceSecrets;

// Where the live window reads from: the demo, or a database URL and a source spec (each checked
// as it is typed, the problem shown under the field), and the poll interval. OK is disabled only
// with a message saying why. "Test connection" tries the URL and the spec in the background and
// says what it found. Passwords typed here live for this run only, unless "remember" is ticked:
// then they go to the OS keychain (never to the settings file), and an empty field means the
// remembered one.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const LiveViewSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Where remembered passwords are (for "Test connection" with an empty field); optional.
    void setSourceSecrets(SourceSecrets* secrets) { m_secrets = secrets; }

    LiveViewSettings settings() const;
    QString sessionPassword() const;
    QString managerSecret() const; // typed for this run, for every server's manager
    // What is wrong with the manager lines (or a server they name that the source has not).
    static QString managersProblem(const LiveViewSettings& chosen);

    // For tests and for the window's own use.
    QRadioButton* demoButton() const { return m_demo; }
    QRadioButton* databaseButton() const { return m_database; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* specEdit() const { return m_spec; }
    QSpinBox* pollEdit() const { return m_poll; }
    QSpinBox* windowEdit() const { return m_window; }
    QLineEdit* memberNamesEdit() const { return m_memberNames; }
    QPlainTextEdit* managersEdit() const { return m_managers; }
    QLineEdit* managerSecretEdit() const { return m_managerSecret; }
    QCheckBox* rememberPasswordBox() const { return m_rememberPassword; }
    QCheckBox* rememberManagerSecretBox() const { return m_rememberManagerSecret; }
    QCheckBox* actionsBox() const { return m_actions; }
    QLabel* managersProblemLabel() const { return m_managersProblem; }
    QPlainTextEdit* partitionsEdit() const { return m_partitions; }
    QLabel* partitionsProblemLabel() const { return m_partitionsProblem; }
    QLabel* memberNamesProblemLabel() const { return m_memberNamesProblem; }
    QLabel* urlProblemLabel() const { return m_urlProblem; }
    QLabel* specProblemLabel() const { return m_specProblem; }
    QPushButton* testButton() const { return m_test; }
    QLabel* testResultLabel() const { return m_testResult; }

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    void connectionTested(bool ok, const QString& message);

private:
    void revalidate();
    void updatePlaceholders();
    void testConnectionWith(const QString& password);
    void showTestResult(bool ok, const QString& message);
    void reportPartitions(const qw::PartitionInfoList& partitions);

    QRadioButton* m_demo;
    QRadioButton* m_database;
    QLineEdit* m_url;
    QLineEdit* m_password;
    QLineEdit* m_spec;
    QSpinBox* m_poll;
    QSpinBox* m_window;
    QLineEdit* m_memberNames;
    QLabel* m_memberNamesProblem;
    QPushButton* m_browseMemberNames = nullptr;
    QPlainTextEdit* m_partitions;
    QLabel* m_partitionsProblem;
    QPlainTextEdit* m_managers;
    QLineEdit* m_managerSecret;
    QCheckBox* m_rememberPassword;
    QCheckBox* m_rememberManagerSecret;
    SourceSecrets* m_secrets = nullptr;
    QLabel* m_managersProblem;
    QCheckBox* m_actions;
    QLabel* m_urlProblem;
    QLabel* m_specProblem;
    QPushButton* m_test;
    QLabel* m_testResult;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<CatalogLoader> m_tester;
    QStringList m_testedPartitions;
};

} // namespace qw
