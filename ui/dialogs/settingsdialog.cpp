#include "dialogs/settingsdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qw {

namespace {
QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(const LiveViewSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_demo(new QRadioButton(tr("&Demo: a simulated three-server cluster"), this))
    , m_database(new QRadioButton(tr("D&atabase:"), this))
    , m_url(new QLineEdit(settings.databaseUrl, this))
    , m_password(new QLineEdit(this))
    , m_spec(new QLineEdit(settings.sourceSpec, this))
    , m_poll(new QSpinBox(this))
    , m_urlProblem(problemLabel(this))
    , m_specProblem(problemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Live view settings"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_demo);
    group->addButton(m_database);
    (settings.demo ? m_demo : m_database)->setChecked(true);

    m_url->setPlaceholderText(tr("mysql://user@host:3306/database"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Not saved; empty uses QUEUEWATCH_DB_PASSWORD"));
    m_spec->setPlaceholderText(tr("cluster:A|B|C"));
    m_spec->setToolTip(tr("sql:A for one server; cluster:A|B|C to merge servers (B- keeps only the calls "
                          "of B); clustrw:A|B|C names agents per server."));
    m_poll->setRange(LiveViewSettings::MinPollSeconds, LiveViewSettings::MaxPollSeconds);
    m_poll->setValue(settings.pollSeconds);
    m_poll->setSuffix(tr(" s"));

    auto* databaseForm = new QFormLayout;
    databaseForm->addRow(tr("&URL:"), m_url);
    databaseForm->addRow(QString(), m_urlProblem);
    databaseForm->addRow(tr("&Password:"), m_password);
    databaseForm->addRow(tr("&Source:"), m_spec);
    databaseForm->addRow(QString(), m_specProblem);
    databaseForm->setContentsMargins(24, 0, 0, 0);
    auto* pollForm = new QFormLayout;
    pollForm->addRow(tr("P&oll every:"), m_poll);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_demo);
    layout->addWidget(m_database);
    layout->addLayout(databaseForm);
    layout->addLayout(pollForm);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_spec, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_database, &QRadioButton::toggled, this, &SettingsDialog::revalidate);
    revalidate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

LiveViewSettings SettingsDialog::settings() const
{
    LiveViewSettings chosen;
    chosen.demo = m_demo->isChecked();
    chosen.databaseUrl = m_url->text().trimmed();
    chosen.sourceSpec = m_spec->text().trimmed();
    chosen.pollSeconds = m_poll->value();
    return chosen;
}

QString SettingsDialog::sessionPassword() const
{
    return m_password->text();
}

bool SettingsDialog::canAccept() const
{
    const LiveViewSettings chosen = settings();
    return chosen.demo || (chosen.databaseUrlProblem().isEmpty() && chosen.sourceSpecProblem().isEmpty());
}

void SettingsDialog::revalidate()
{
    const LiveViewSettings chosen = settings();
    const bool database = !chosen.demo;
    for (QWidget* field :
         {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_spec)})
        field->setEnabled(database);
    // Problems show only for the fields in use, and only once something was typed.
    m_urlProblem->setText(database && !m_url->text().isEmpty() ? chosen.databaseUrlProblem() : QString());
    m_specProblem->setText(database && !m_spec->text().isEmpty() ? chosen.sourceSpecProblem() : QString());
    m_urlProblem->setVisible(!m_urlProblem->text().isEmpty());
    m_specProblem->setVisible(!m_specProblem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace qw
