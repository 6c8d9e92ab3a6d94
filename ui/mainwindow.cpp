#include "mainwindow.h"

#include "charts/queuedaychart.h"
#include "dialogs/settingsdialog.h"
#include "models/livemodelset.h"
#include "models/modelroles.h"
#include "panels/tablepanel.h"
#include "statedelegate.h"
#include "wallboard/wallboardwindow.h"

#include <QAction>
#include <QDateTime>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace qw {

MainWindow::MainWindow(LiveModelSet* models, const QString& sourceText, QWidget* parent)
    : QMainWindow(parent)
    , m_queues(new TablePanel(tr("Queues"), models->queues()))
    , m_agents(new TablePanel(tr("Agents"), models->agents()))
    , m_waiting(new TablePanel(tr("Calls waiting"), models->waiting()))
    , m_talking(new TablePanel(tr("Calls in conversation"), models->talking()))
    , m_chart(new QueueDayChart)
    , m_updatedLabel(new QLabel(this))
    , m_models(models)
{
    setSourceText(sourceText);
    m_talking->view()->hideColumn(CallsModel::Position); // a caller's place in line means nothing once answered

    auto* calls = new QSplitter(Qt::Vertical);
    calls->addWidget(m_waiting);
    calls->addWidget(m_talking);
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_agents);
    lower->addWidget(calls);
    auto* upper = new QSplitter(Qt::Horizontal);
    upper->addWidget(m_queues);
    upper->addWidget(m_chart);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    auto* main = new QSplitter(Qt::Vertical);
    main->addWidget(upper);
    main->addWidget(lower);
    main->setStretchFactor(1, 2);
    m_splitters = {main, lower, calls, upper};
    for (QSplitter* splitter : m_splitters)
        splitter->setChildrenCollapsible(false);
    setCentralWidget(main);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* settingsAction = file->addAction(tr("&Settings..."), this, &MainWindow::editSettings);
    settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(tr("Ctrl+,"))});
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh now"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction* wallboard = view->addAction(tr("&Wallboard"), this, &MainWindow::openWallboard);
    wallboard->setShortcut(QKeySequence(Qt::Key_F11));
    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    QAction* newReport = reports->addAction(tr("&New report..."), this, &MainWindow::newReportRequested);
    newReport->setShortcut(QKeySequence::New);

    statusBar()->addPermanentWidget(m_updatedLabel);
    connect(models, &LiveModelSet::updated, this, &MainWindow::showHealth);
    connect(models, &LiveModelSet::updated, m_chart,
            [this](const LiveUpdate& update) { m_chart->showSnapshot(update.snapshot); });
    // The chart follows the queue picked in the table; with none picked it shows every queue.
    connect(m_queues->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, m_chart,
            [this](const QModelIndex& current) { m_chart->setQueue(current.data(KeyRole).toString()); });
    restoreLayout();
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

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    QSettings settings;
    m_settings.save(settings);
    Q_EMIT settingsChanged(m_settings, dialog.sessionPassword());
}

void MainWindow::showProblem(const QString& message)
{
    // Not modal: the window keeps updating what it can while the message is read.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("QueueWatch"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

WallboardWindow* MainWindow::openWallboard()
{
    if (!m_wallboard) {
        m_wallboard = new WallboardWindow(m_models, WallboardConfig::load(QSettings()), this);
        m_wallboard->setAttribute(Qt::WA_DeleteOnClose);
        m_wallboard->setSourceText(m_sourceText);
    }
    m_wallboard->showFullScreen();
    m_wallboard->raise();
    m_wallboard->activateWindow();
    return m_wallboard;
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::showHealth(const LiveUpdate& update)
{
    // One label per server: its name, its state in words, and a colour that repeats the words.
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
        QString text = health.partition + u": "_s + PartitionHealthModel::stateText(health.state);
        if (health.state != PartitionHealth::State::Ok && health.since > 0)
            text += u' ' + tr("since %1").arg(QDateTime::fromSecsSinceEpoch(health.since).toString(u"HH:mm"_s));
        label->setText(text);
        label->setToolTip(health.error);
        const char* state = health.state == PartitionHealth::State::Ok ? "ok"
            : health.state == PartitionHealth::State::Stale            ? "stale"
                                                                       : "error";
        QPalette palette = label->palette();
        const QColor colour = StateDelegate::colourFor(QString::fromLatin1(state));
        palette.setColor(QPalette::Window, colour.isValid() ? colour : statusBar()->palette().color(QPalette::Window));
        label->setPalette(palette);
    }
    m_updatedLabel->setText(
        tr("Updated %1").arg(QDateTime::fromSecsSinceEpoch(update.snapshot.at).toString(u"HH:mm:ss"_s)));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    for (qsizetype i = 0; i < m_splitters.size(); ++i)
        m_splitters[i]->restoreState(settings.value(u"mainWindow/splitter%1"_s.arg(i)).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    for (qsizetype i = 0; i < m_splitters.size(); ++i)
        settings.setValue(u"mainWindow/splitter%1"_s.arg(i), m_splitters[i]->saveState());
}

} // namespace qw
