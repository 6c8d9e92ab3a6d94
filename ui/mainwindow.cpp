#include "mainwindow.h"

#include "charts/queuedaychart.h"
#include "dialogs/languagemenu.h"
#include "dialogs/settingsdialog.h"
#include "engine/membersplit.h"
#include "live/healthtext.h"
#include "live/models/livemodelset.h"
#include "live/models/modelroles.h"
#include "panels/agentactions.h"
#include "panels/healthbanner.h"
#include "panels/tablepanel.h"
#include "program/program.h"
#include "settings/appsettings.h"
#include "statedelegate.h"
#include "wallboard/wallboardwindow.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// The key the menu shows, plus the platform's own binding when it has one and it differs
// (some platforms bind nothing to Quit or Preferences).
QList<QKeySequence> keysFor(const QKeySequence& shown, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys {shown};
    for (const QKeySequence& key : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}
} // namespace

MainWindow::MainWindow(LiveModelSet* models, AppSettings& settings, const QString& sourceText, QWidget* parent)
    : QMainWindow(parent)
    , m_queues(new TablePanel(tr("Queues"), models->queues()))
    , m_agents(new TablePanel(tr("Agents"), models->agents()))
    , m_waiting(new TablePanel(tr("Calls waiting"), models->waiting()))
    , m_talking(new TablePanel(tr("Calls in conversation"), models->talking()))
    , m_chart(new QueueDayChart)
    , m_agentActions(new AgentActions(m_agents->view(), this))
    , m_banner(new HealthBanner)
    , m_updatedLabel(new QLabel(this))
    , m_appSettings(settings)
    , m_models(models)
{
    // Names for the saved layout: each panel's table keeps its columns by this name.
    m_queues->setObjectName(u"queues"_s);
    m_agents->setObjectName(u"agents"_s);
    m_waiting->setObjectName(u"waiting"_s);
    m_talking->setObjectName(u"talking"_s);
    setSourceText(sourceText);
    // A caller's place in line means nothing once answered.
    m_talking->view()->hideColumn(CallsModel::Place);
    m_talking->view()->hideColumn(CallsModel::Position);

    auto* calls = new QSplitter(Qt::Vertical);
    calls->setObjectName(u"calls"_s);
    calls->addWidget(m_waiting);
    calls->addWidget(m_talking);
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->setObjectName(u"lower"_s);
    lower->addWidget(m_agents);
    lower->addWidget(calls);
    auto* upper = new QSplitter(Qt::Horizontal);
    upper->setObjectName(u"upper"_s);
    upper->addWidget(m_queues);
    upper->addWidget(m_chart);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    auto* main = new QSplitter(Qt::Vertical);
    main->setObjectName(u"main"_s);
    main->addWidget(upper);
    main->addWidget(lower);
    main->setStretchFactor(1, 2);
    m_splitters = {main, lower, calls, upper};
    for (QSplitter* splitter : m_splitters)
        splitter->setChildrenCollapsible(false);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_banner);
    layout->addWidget(main, 1);
    setCentralWidget(central);
    connect(m_banner, &HealthBanner::retryRequested, this, &MainWindow::refreshRequested);

    createMenus();

    statusBar()->addPermanentWidget(m_updatedLabel);
    connect(models, &LiveModelSet::updated, this, &MainWindow::showHealth);
    connect(models, &LiveModelSet::stageChanged, this, &MainWindow::showStage);
    connect(models, &LiveModelSet::updated, m_chart,
            [this](const LiveUpdate& update) { m_chart->showSnapshot(update.snapshot); });
    // The chart follows the queue picked in the table; with none picked it shows every queue.
    connect(m_queues->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, m_chart,
            [this](const QModelIndex& current) { m_chart->setQueue(current.data(KeyRole).toString()); });
    showStage(models->stage());
    restoreLayout();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* settingsAction = file->addAction(tr("&Settings..."), this, &MainWindow::editSettings);
    settingsAction->setShortcuts(keysFor(QKeySequence(tr("Ctrl+,")), QKeySequence::Preferences));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(keysFor(QKeySequence(tr("Ctrl+Q")), QKeySequence::Quit));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh now"), this, &MainWindow::refreshRequested);
    refresh->setShortcuts(keysFor(QKeySequence(Qt::Key_F5), QKeySequence::Refresh));
    QAction* wallboard = view->addAction(tr("&Wallboard"), this, &MainWindow::openWallboard);
    wallboard->setShortcut(QKeySequence(Qt::Key_F11));
    view->addSeparator();
    auto* languages = new LanguageMenu(m_appSettings, this);
    view->addMenu(languages);
    connect(languages, &LanguageMenu::restartRequested, this, &MainWindow::restartRequested);

    m_agentMenu = menuBar()->addMenu(tr("&Agent"));
    m_agentActions->fillMenu(m_agentMenu);
    m_agentMenu->menuAction()->setVisible(m_agentActions->isAvailable());
    connect(m_agentActions, &AgentActions::requested, this, &MainWindow::actionRequested);
    connect(m_agentActions, &AgentActions::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    QAction* newReport = reports->addAction(tr("&New report..."), this, &MainWindow::newReportRequested);
    newReport->setShortcuts(keysFor(QKeySequence(tr("Ctrl+N")), QKeySequence::New));
    QAction* openReport = reports->addAction(tr("&Open report definition..."), this, &MainWindow::openReportRequested);
    openReport->setShortcuts(keysFor(QKeySequence(tr("Ctrl+O")), QKeySequence::Open));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About QueueWatch"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setLiveSettings(const LiveViewSettings& settings)
{
    m_settings = settings;
}

void MainWindow::setSourceText(const QString& sourceText)
{
    m_sourceText = sourceText;
    if (m_wallboard)
        m_wallboard->setSourceText(sourceText);
    setWindowTitle(tr("QueueWatch - %1").arg(sourceText));
}

QString MainWindow::updatedText() const
{
    return m_updatedLabel->text();
}

QStringList MainWindow::serverTexts() const
{
    QStringList texts;
    for (const QLabel* label : m_healthLabels)
        texts << label->text();
    return texts;
}

QStringList MainWindow::serverToolTips() const
{
    QStringList tips;
    for (const QLabel* label : m_healthLabels)
        tips << label->toolTip();
    return tips;
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.setSourceSecrets(m_secrets);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    m_appSettings.setLiveView(m_settings);
    Q_EMIT settingsChanged(m_settings, dialog.sessionPassword(), dialog.managerSecret());
}

void MainWindow::setActionsAvailable(bool available)
{
    m_agentActions->setAvailable(available);
    if (m_agentMenu)
        m_agentMenu->menuAction()->setVisible(available);
}

void MainWindow::showActionOutcome(const SupervisorAction& action, const ActionOutcome& outcome)
{
    m_agentActions->showOutcome(action, outcome);
}

void MainWindow::showProblem(const QString& message)
{
    // Not modal: the window keeps updating what it can while the message is read.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("QueueWatch"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::aboutText()
{
    return tr("<h3>QueueWatch %1</h3>"
              "<p>Live view, wallboard and reports of an Asterisk call-centre cluster, read from "
              "the queue_log of every server.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(queueWatchVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About QueueWatch"), aboutText());
}

WallboardWindow* MainWindow::openWallboard()
{
    if (!m_wallboard) {
        m_wallboard = new WallboardWindow(m_models, m_appSettings.wallboard(), this);
        connect(m_wallboard, &WallboardWindow::configEdited, &m_appSettings, &AppSettings::setWallboard);
        m_wallboard->setAttribute(Qt::WA_DeleteOnClose);
        m_wallboard->setSourceText(m_sourceText);
        // Leaving the wallboard comes back to this window, when it is the one the user works in.
        connect(m_wallboard, &QObject::destroyed, this, [this] {
            if (isVisible()) {
                raise();
                activateWindow();
            }
        });
    }
    m_wallboard->showOnScreen();
    return m_wallboard;
}

MainWindow::~MainWindow()
{
    if (m_shown)
        saveLayout();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    m_shown = true;
}

void MainWindow::showStage(LiveStage stage)
{
    // Until the first read ends the tables say what is happening, not just stay empty.
    QString text;
    switch (stage) {
    case LiveStage::Connecting:
        text = tr("Connecting to %1...").arg(m_sourceText);
        break;
    case LiveStage::Loading:
        text = tr("Loading today's calls and agents...");
        break;
    case LiveStage::Live:
        break;
    }
    if (stage != LiveStage::Live) {
        for (TablePanel* panel : {m_queues, m_agents, m_waiting, m_talking})
            panel->setPlaceholderText(text);
        m_updatedLabel->setText(text);
        return;
    }
    m_queues->setPlaceholderText(tr("No queue has had a call today."));
    m_agents->setPlaceholderText(tr("No agent has logged in today."));
    m_waiting->setPlaceholderText(tr("No calls waiting."));
    m_talking->setPlaceholderText(tr("No calls in conversation."));
}

void MainWindow::tellAboutMemberSplits(const LiveSnapshot& snapshot)
{
    // Once per server and session: what is wrong with its member names and the two fixes.
    QStringList advice;
    for (auto it = snapshot.memberSplit.cbegin(); it != snapshot.memberSplit.cend(); ++it) {
        const QString server = snapshot.partitions.value(it.key());
        if (m_memberSplitsTold.contains(server))
            continue;
        m_memberSplitsTold.insert(server);
        advice.append(MemberSplit::advice(server, it.value()));
    }
    if (advice.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Information, tr("Queue members under two names"), advice.join(u"\n\n"_s),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"memberSplitNotice"_s);
    box->open();
}

void MainWindow::showHealth(const LiveUpdate& update)
{
    tellAboutMemberSplits(update.snapshot);
    m_agentActions->setChoices(update.snapshot.partitions, update.snapshot.queues.keys());
    const qint64 now = update.snapshot.at;
    m_banner->showBanner(HealthText::banner(update.health, now));
    // One label per server: its name, its state in words, how current its data is, and a
    // colour that repeats the words; the tooltip tells everything known.
    while (m_healthLabels.size() < update.health.size()) {
        auto* label = new QLabel(this);
        label->setMargin(2);
        label->setAutoFillBackground(true);
        statusBar()->addWidget(label);
        m_healthLabels.append(label);
    }
    while (m_healthLabels.size() > update.health.size())
        delete m_healthLabels.takeLast(); // a new source with fewer servers
    for (qsizetype i = 0; i < update.health.size(); ++i) {
        const PartitionHealth& health = update.health[i];
        QLabel* label = m_healthLabels[i];
        QString text = HealthText::serverLabel(health, now);
        // With a manager interface: how its connection is, next to how current the data is.
        const ServerPicture manager = update.managers.value(i);
        if (manager.state != ServerPicture::State::NotConfigured)
            text += tr(" · manager %1").arg(HealthText::managerWord(manager.state));
        label->setText(text);
        QString details = HealthText::serverDetails(health, now);
        if (!update.managers.isEmpty()) // managers are set up for this source, if not for this server
            details += u'\n' + HealthText::managerDetails(manager, now);
        label->setToolTip(details);
        QPalette palette = label->palette();
        const QColor colour = StateDelegate::colourFor(HealthText::stateWord(health.state));
        palette.setColor(QPalette::Window, colour.isValid() ? colour : statusBar()->palette().color(QPalette::Window));
        palette.setColor(QPalette::WindowText,
                         colour.isValid() ? QColor(Qt::black) : statusBar()->palette().color(QPalette::WindowText));
        label->setPalette(palette);
    }
    m_updatedLabel->setText(HealthText::readTimes(update));
}

void MainWindow::restoreLayout()
{
    m_restoredGeometry = restoreGeometry(m_appSettings.layout(u"mainWindow/geometry"_s));
    restoreState(m_appSettings.layout(u"mainWindow/state"_s));
    for (QSplitter* splitter : m_splitters) {
        const QByteArray state = m_appSettings.layout(u"mainWindow/splitter/"_s + splitter->objectName());
        if (state.isEmpty() || !splitter->restoreState(state)) {
            // First start: the queues and their chart get about two fifths of the height, and the
            // chart enough width for its hour labels and legend.
            if (splitter->objectName() == u"main")
                splitter->setSizes({400, 600});
            else if (splitter->objectName() == u"upper")
                splitter->setSizes({660, 340});
        }
    }
    // Column widths, order and sorting of each table.
    for (TablePanel* panel : {m_queues, m_agents, m_waiting, m_talking}) {
        const QByteArray state = m_appSettings.layout(u"mainWindow/header/"_s + panel->objectName());
        if (!state.isEmpty())
            panel->view()->horizontalHeader()->restoreState(state);
    }
}

void MainWindow::saveLayout() const
{
    m_appSettings.setLayout(u"mainWindow/geometry"_s, saveGeometry());
    m_appSettings.setLayout(u"mainWindow/state"_s, saveState());
    for (const QSplitter* splitter : m_splitters)
        m_appSettings.setLayout(u"mainWindow/splitter/"_s + splitter->objectName(), splitter->saveState());
    for (const TablePanel* panel : {m_queues, m_agents, m_waiting, m_talking})
        m_appSettings.setLayout(u"mainWindow/header/"_s + panel->objectName(),
                                panel->view()->horizontalHeader()->saveState());
}

} // namespace qw
