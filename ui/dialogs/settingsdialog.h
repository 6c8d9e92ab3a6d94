#pragma once

#include "settings/liveviewsettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace qw {

// Where the live window reads from: the demo, or a database URL and a source spec (each checked
// as it is typed, the problem shown under the field), and the poll interval. The password is
// asked for here but never saved: it lives for this run only.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const LiveViewSettings& settings, QWidget* parent = nullptr);

    LiveViewSettings settings() const;
    QString sessionPassword() const;

    // For tests and for the window's own use.
    QRadioButton* demoButton() const { return m_demo; }
    QRadioButton* databaseButton() const { return m_database; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* specEdit() const { return m_spec; }
    QSpinBox* pollEdit() const { return m_poll; }
    QLabel* urlProblemLabel() const { return m_urlProblem; }
    QLabel* specProblemLabel() const { return m_specProblem; }
    bool canAccept() const;

private:
    void revalidate();

    QRadioButton* m_demo;
    QRadioButton* m_database;
    QLineEdit* m_url;
    QLineEdit* m_password;
    QLineEdit* m_spec;
    QSpinBox* m_poll;
    QLabel* m_urlProblem;
    QLabel* m_specProblem;
    QDialogButtonBox* m_buttons;
};

} // namespace qw
