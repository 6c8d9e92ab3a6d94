#include "dialogs/settingsdialog.h"

#include "live/healthtext.h"
#include "manager/managerconfig.h"
#include "reports/catalogloader.h"
#include "secrets/sourcesecrets.h"

#include <algorithm>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
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
    , m_window(new QSpinBox(this))
    , m_memberNames(new QLineEdit(settings.memberNamesFile, this))
    , m_memberNamesProblem(problemLabel(this))
    , m_partitions(new QPlainTextEdit(settings.partitions, this))
    , m_partitionsProblem(problemLabel(this))
    , m_managers(new QPlainTextEdit(settings.managers, this))
    , m_managerSecret(new QLineEdit(this))
    , m_rememberPassword(new QCheckBox(tr("Remember it in the system &keychain"), this))
    , m_rememberManagerSecret(new QCheckBox(tr("Remember them in the system ke&ychain"), this))
    , m_managersProblem(problemLabel(this))
    , m_actions(new QCheckBox(tr("Allow supervisor &actions: pause, log on and off, listen"), this))
    , m_urlProblem(problemLabel(this))
    , m_specProblem(problemLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Live view settings"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_demo);
    group->addButton(m_database);
    (settings.demo ? m_demo : m_database)->setChecked(true);

    m_url->setPlaceholderText(tr("mysql://user@host:3306/database"));
    m_password->setEchoMode(QLineEdit::Password);
    m_rememberPassword->setChecked(settings.rememberPassword);
    m_rememberPassword->setToolTip(tr("The password typed here is kept in the operating system's keychain (GNOME "
                                      "Keyring, KWallet, Windows Credential Manager) for this database account, "
                                      "never in QueueWatch's settings file; an empty field then means the one kept "
                                      "there. Untick to remove it from the keychain."));
    m_spec->setPlaceholderText(tr("cluster:A|B|C"));
    m_spec->setToolTip(tr("sql:A for one server; cluster:A|B|C to merge servers (B- keeps only the calls "
                          "of B); clustrw:A|B|C names agents per server."));
    m_poll->setRange(LiveViewSettings::MinPollSeconds, LiveViewSettings::MaxPollSeconds);
    m_poll->setValue(settings.pollSeconds);
    m_poll->setSuffix(tr(" s"));
    m_window->setRange(0, LiveWindow::MaxSlidingHours);
    m_window->setValue(settings.windowHours);
    m_window->setSpecialValueText(tr("since midnight"));
    m_window->setPrefix(tr("last "));
    m_window->setSuffix(tr(" h"));
    m_window->setToolTip(tr("Which calls the live view counts: today's, or those of the last hours (the start "
                            "moves on every quarter hour)."));

    auto* databaseForm = new QFormLayout;
    databaseForm->addRow(tr("&URL:"), m_url);
    databaseForm->addRow(QString(), m_urlProblem);
    databaseForm->addRow(tr("&Password:"), m_password);
    databaseForm->addRow(QString(), m_rememberPassword);
    databaseForm->addRow(tr("&Source:"), m_spec);
    databaseForm->addRow(QString(), m_specProblem);
    auto* memberRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("&Browse…"), this);
    memberRow->addWidget(m_memberNames, 1);
    memberRow->addWidget(browse);
    // A row holding a layout has no buddy of its own: the label needs one for its mnemonic
    // (without it the "&" shows as it is).
    auto* memberLabel = new QLabel(tr("&Member names:"), this);
    memberLabel->setBuddy(m_memberNames);
    databaseForm->addRow(memberLabel, memberRow);
    databaseForm->addRow(QString(), m_memberNamesProblem);
    m_memberNames->setPlaceholderText(tr("Optional: a JSON file of member names per server"));
    m_memberNames->setToolTip(tr("For servers that log queue members by interface when they are added or removed "
                                 "and by name otherwise (log_membername_as_agent = no, Asterisk's default): "
                                 "{\"A\": {\"Local/101@agents/n\": \"Anna\"}}. See the README."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Member names"), m_memberNames->text(),
                                                          tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_memberNames->setText(path);
    });
    m_browseMemberNames = browse;
    m_partitions->setPlaceholderText(tr("Optional, one server a line: B=/var/log/asterisk/queue_log, or "
                                        "B=mysql://asterisk@pbx-b/asterisk?table=queue_log&tz=Europe/Rome"));
    m_partitions->setToolTip(tr("Servers whose queue_log is not a partition of the database's queue_log table: a "
                                "queue_log file, or the table Asterisk writes itself through its realtime "
                                "configuration (one per server, the server's local time; tz= names its zone, "
                                "the default is this computer's). Tables use the password above."));
    m_partitions->setTabChangesFocus(true);
    m_partitions->setFixedHeight(m_partitions->fontMetrics().lineSpacing() * 3 + 12);
    databaseForm->addRow(tr("Pa&rtitions:"), m_partitions);
    databaseForm->addRow(QString(), m_partitionsProblem);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    databaseForm->addRow(QString(), testRow);
    databaseForm->setContentsMargins(24, 0, 0, 0);
    // Long messages wrap instead of running off the edge; the dialog grows to show them whole.
    databaseForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setToolTip(tr("Connects with this URL and password, in the background, and looks for the "
                          "servers of the source in the queue_log table."));
    m_managers->setPlaceholderText(
        tr("Optional, one server a line: A=pbx-a.example:5038,user=queuewatch,device=SIP/900"));
    m_managers->setToolTip(tr("Each server's manager interface (AMI): static members, ringing phones and the callers' "
                              "places come from it, and supervisor actions go through it. Options: user=NAME (needed), "
                              "tls, plain (send the secret instead of an MD5 challenge), device=DEVICE (the "
                              "supervisor's phone on that server, for listening in)."));
    m_managers->setTabChangesFocus(true);
    m_managers->setFixedHeight(m_managers->fontMetrics().lineSpacing() * 4 + 12);
    m_managerSecret->setEchoMode(QLineEdit::Password);
    m_rememberManagerSecret->setChecked(settings.rememberManagerSecrets);
    m_rememberManagerSecret->setToolTip(tr("The secret typed here is kept in the operating system's keychain for each "
                                           "server's manager login, never in QueueWatch's settings file; an empty "
                                           "field then means the ones kept there. Untick to remove them."));
    m_actions->setChecked(settings.actionsEnabled);
    m_actions->setToolTip(tr("Off: the window only shows. On: the agents panel can pause, log off, log on and listen "
                             "through the servers' manager interfaces; every action is written to the audit log."));
    databaseForm->addRow(tr("Mana&gers:"), m_managers);
    databaseForm->addRow(QString(), m_managersProblem);
    databaseForm->addRow(tr("Manager s&ecret:"), m_managerSecret);
    databaseForm->addRow(QString(), m_rememberManagerSecret);
    databaseForm->addRow(QString(), m_actions);

    auto* pollForm = new QFormLayout;
    pollForm->addRow(tr("P&oll every:"), m_poll);
    pollForm->addRow(tr("Live &window:"), m_window);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_demo);
    layout->addWidget(m_database);
    layout->addLayout(databaseForm);
    layout->addLayout(pollForm);
    layout->addStretch();
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_spec, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_memberNames, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_managers, &QPlainTextEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_partitions, &QPlainTextEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_database, &QRadioButton::toggled, this, &SettingsDialog::revalidate);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_rememberPassword, &QCheckBox::toggled, this, &SettingsDialog::updatePlaceholders);
    connect(m_rememberManagerSecret, &QCheckBox::toggled, this, &SettingsDialog::updatePlaceholders);
    updatePlaceholders();
    for (QLineEdit* edit : {m_url, m_password, m_spec})
        connect(edit, &QLineEdit::textEdited, m_testResult, &QLabel::clear); // a result for other values
    revalidate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

SettingsDialog::~SettingsDialog() = default;

LiveViewSettings SettingsDialog::settings() const
{
    LiveViewSettings chosen;
    chosen.demo = m_demo->isChecked();
    chosen.databaseUrl = m_url->text().trimmed();
    chosen.sourceSpec = m_spec->text().trimmed();
    chosen.pollSeconds = m_poll->value();
    chosen.windowHours = m_window->value();
    chosen.memberNamesFile = m_memberNames->text().trimmed();
    chosen.managers = m_managers->toPlainText().trimmed();
    chosen.partitions = m_partitions->toPlainText().trimmed();
    chosen.actionsEnabled = m_actions->isChecked();
    chosen.rememberPassword = m_rememberPassword->isChecked();
    chosen.rememberManagerSecrets = m_rememberManagerSecret->isChecked();
    return chosen;
}

QString SettingsDialog::sessionPassword() const
{
    return m_password->text();
}

QString SettingsDialog::managerSecret() const
{
    return m_managerSecret->text();
}

QString SettingsDialog::managersProblem(const LiveViewSettings& chosen)
{
    const auto config = ManagerConfig::parse(chosen.managers);
    if (const auto* error = std::get_if<QString>(&config))
        return *error;
    const auto spec = SourceSpec::parse(chosen.sourceSpec.trimmed());
    if (const auto* parsed = std::get_if<SourceSpec>(&spec))
        return std::get<ManagerConfig>(config).problemFor(*parsed, chosen.sourceSpec.trimmed());
    return {};
}

void SettingsDialog::revalidate()
{
    const LiveViewSettings chosen = settings();
    const bool database = !chosen.demo;
    for (QWidget* field : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_password),
                           static_cast<QWidget*>(m_spec), static_cast<QWidget*>(m_test),
                           static_cast<QWidget*>(m_memberNames), static_cast<QWidget*>(m_browseMemberNames),
                           static_cast<QWidget*>(m_managers), static_cast<QWidget*>(m_managerSecret),
                           static_cast<QWidget*>(m_actions), static_cast<QWidget*>(m_rememberPassword),
                           static_cast<QWidget*>(m_rememberManagerSecret), static_cast<QWidget*>(m_partitions)})
        field->setEnabled(database);
    // Whatever keeps OK disabled is said under its field, empty fields included. Each check
    // runs once (the member-names one reads its file).
    const QString urlProblem = database ? chosen.databaseUrlProblem() : QString();
    const QString specProblem = database ? chosen.sourceSpecProblem() : QString();
    const QString memberProblem = database ? chosen.memberNamesProblem() : QString();
    const QString managerProblem = database ? managersProblem(chosen) : QString();
    const QString partitionsProblem = database ? chosen.partitionsProblem() : QString();
    const auto showUnder = [](QLabel* label, const QString& problem) {
        label->setText(problem);
        label->setVisible(!problem.isEmpty());
    };
    showUnder(m_urlProblem, urlProblem);
    showUnder(m_specProblem, specProblem);
    showUnder(m_memberNamesProblem, memberProblem);
    showUnder(m_managersProblem, managerProblem);
    showUnder(m_partitionsProblem, partitionsProblem);
    m_test->setEnabled(database && urlProblem.isEmpty() && specProblem.isEmpty());
    m_testResult->setVisible(database);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!database
                     || (urlProblem.isEmpty() && specProblem.isEmpty() && memberProblem.isEmpty()
                         && managerProblem.isEmpty() && partitionsProblem.isEmpty()));
}

void SettingsDialog::updatePlaceholders()
{
    m_password->setPlaceholderText(m_rememberPassword->isChecked()
                                       ? tr("Empty: the one in the keychain, else QUEUEWATCH_DB_PASSWORD")
                                       : tr("Not saved; empty uses QUEUEWATCH_DB_PASSWORD"));
    m_managerSecret->setPlaceholderText(m_rememberManagerSecret->isChecked()
                                            ? tr("Empty: the ones in the keychain, else QUEUEWATCH_AMI_SECRET(_SERVER)")
                                            : tr("Not saved; empty uses QUEUEWATCH_AMI_SECRET(_SERVER)"));
}

void SettingsDialog::testConnection()
{
    // An empty field with "remember" ticked means the remembered password: fetch it first. The
    // keychain is only read here; what was typed is stored when the dialog is accepted.
    const auto key = SourceSecrets::rememberedDatabaseKey(settings());
    if (m_secrets && key && sessionPassword().isEmpty()) {
        m_testResult->setText(tr("Looking in the keychain..."));
        m_secrets->store().read(*key, [dialog = QPointer<SettingsDialog>(this)](const QString& stored) {
            if (dialog)
                dialog->testConnectionWith(stored);
        });
        return;
    }
    testConnectionWith(sessionPassword());
}

void SettingsDialog::testConnectionWith(const QString& password)
{
    const LiveViewSettings chosen = settings();
    auto live = chosen.toLiveSettings(password);
    if (const auto* error = std::get_if<QString>(&live)) {
        showTestResult(false, *error);
        return;
    }
    const LiveSettings& tried = std::get<LiveSettings>(live);
    m_testedPartitions.clear();
    for (const SpecPartition& partition : tried.spec.partitions())
        m_testedPartitions.append(partition.name);
    // A new loader per test: one still running for older values is dropped with its answer.
    m_tester = std::make_unique<CatalogLoader>(tried.bindings);
    connect(m_tester.get(), &CatalogLoader::partitionsLoaded, this, &SettingsDialog::reportPartitions);
    connect(m_tester.get(), &CatalogLoader::failed, this,
            [this](CatalogLoader::Query, const QString& message) { showTestResult(false, message); });
    m_testResult->setText(tr("Connecting to %1...").arg(tried.bindings.database->toDisplayString()));
    m_tester->loadPartitions();
}

void SettingsDialog::reportPartitions(const PartitionInfoList& partitions)
{
    // Each server of the source: found with its newest row, or missing from the table.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QStringList lines;
    bool allFound = true;
    for (const QString& name : m_testedPartitions) {
        const auto found = std::find_if(partitions.cbegin(), partitions.cend(),
                                        [&](const PartitionInfo& info) { return info.name == name; });
        if (found == partitions.cend()) {
            allFound = false;
            lines << tr("%1: no rows in the queue_log table").arg(name);
        } else {
            lines << tr("%1: newest row %2").arg(name, HealthText::timeText(found->newestTime, now));
        }
    }
    const QString head = allFound ? tr("Connected; every server of the source has rows.")
                                  : tr("Connected, but some servers of the source have no rows (a wrong name, or "
                                       "no loader yet).");
    showTestResult(allFound, head + u'\n' + lines.join(u'\n'));
}

void SettingsDialog::showTestResult(bool ok, const QString& message)
{
    QPalette palette = m_testResult->palette();
    palette.setColor(QPalette::WindowText, ok ? palette.color(QPalette::Text) : QColor(0xb0, 0x00, 0x20));
    m_testResult->setPalette(palette);
    m_testResult->setText(message);
    Q_EMIT connectionTested(ok, message);
}

} // namespace qw
