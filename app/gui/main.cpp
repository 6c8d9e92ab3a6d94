// queuewatch: the live monitoring window. Parses the command line, picks the source (command
// line, else saved settings, else the demo), wires the live session to the models and the
// window, and runs.
#include "demo/demobackend.h"
#include "dialogs/settingsdialog.h"
#include "live/livesession.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "manager/managedlive.h"
#include "program/program.h"
#include "reports/reportwindow.h"
#include "secrets/sourceopener.h"
#include "secrets/sourcesecrets.h"
#include "settings/appsettings.h"
#include "wallboard/wallboardwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcess>
#include <QScreen>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

class GuiCli
{
    Q_DECLARE_TR_FUNCTIONS(GuiCli)
};

int fail(const QString& message)
{
    QTextStream(stderr) << "queuewatch: " << message << '\n';
    return 2;
}

// --help and --version print text only: they work without a display (a server's shell, the
// package's man pages are written from them).
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (wantsTextOnly(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qw::setUpProgram(app, u"QueueWatch"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(GuiCli::tr("Live view of an Asterisk call-centre cluster."));
    qw::addCommonOptions(parser);
    parser.addOptions({
        {u"db"_s,
         GuiCli::tr("Database: mysql://user@host:port/database or sqlite:PATH (password from "
                    "QUEUEWATCH_DB_PASSWORD)."),
         GuiCli::tr("url")},
        {u"source"_s, GuiCli::tr("What to show: sql:A, cluster:A|B-|C, clustrw:A|B."), GuiCli::tr("spec")},
        {u"demo"_s, GuiCli::tr("Show the built-in simulated three-server cluster.")},
        {u"wallboard"_s, GuiCli::tr("Show only the wallboard, covering the whole screen (Ctrl+Q quits).")},
        {u"member-names"_s,
         GuiCli::tr("A JSON file mapping each server's queue-member interfaces to their member names."),
         GuiCli::tr("file")},
        {u"ami"_s,
         GuiCli::tr(
             "A server's manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]; "
             "the secret from QUEUEWATCH_AMI_SECRET_<NAME> or QUEUEWATCH_AMI_SECRET."),
         GuiCli::tr("server")},
        {u"actions"_s, GuiCli::tr("Allow supervisor actions (pause, log on and off, listen) through the managers.")},
        {u"window-hours"_s,
         GuiCli::tr("A sliding live window of the last N hours (starting on a quarter hour) instead of since "
                    "midnight; 0 is since midnight."),
         GuiCli::tr("N")},
        {u"screen"_s, GuiCli::tr("With --wallboard: the screen to cover, 0 for the first (default: the primary)."),
         GuiCli::tr("N")},
    });
    if (const auto done = qw::readCommandLine(parser, u"queuewatch"_s))
        return *done;

    qw::AppSettings settings;
    // The command line wins for this run; otherwise the saved choice; with neither, the demo.
    qw::LiveViewSettings choice;
    const bool fromCommandLine = parser.isSet(u"demo"_s) || parser.isSet(u"db"_s) || parser.isSet(u"source"_s);
    if (fromCommandLine) {
        choice.demo = parser.isSet(u"demo"_s) || !parser.isSet(u"db"_s);
        choice.databaseUrl = parser.value(u"db"_s);
        choice.sourceSpec = parser.value(u"source"_s);
        choice.memberNamesFile = parser.value(u"member-names"_s);
        choice.managers = parser.values(u"ami"_s).join(u'\n');
        choice.actionsEnabled = parser.isSet(u"actions"_s);
        if (!choice.demo) {
            if (const QString problem = choice.databaseUrlProblem(); !problem.isEmpty())
                return fail(problem);
            if (const QString problem = choice.sourceSpecProblem(); !problem.isEmpty())
                return fail(problem);
            if (const QString problem = choice.memberNamesProblem(); !problem.isEmpty())
                return fail(problem);
            if (const QString problem = qw::SettingsDialog::managersProblem(choice); !problem.isEmpty())
                return fail(problem);
        }
    } else {
        choice = settings.liveView();
    }
    if (parser.isSet(u"window-hours"_s)) {
        bool ok = false;
        const int hours = parser.value(u"window-hours"_s).toInt(&ok);
        if (!ok || hours < 0 || hours > qw::LiveWindow::MaxSlidingHours)
            return fail(GuiCli::tr("--window-hours takes a number of hours from 0 to %1.")
                            .arg(qw::LiveWindow::MaxSlidingHours));
        choice.windowHours = hours;
    }
    int screen = -1;
    if (parser.isSet(u"screen"_s)) {
        bool ok = false;
        screen = parser.value(u"screen"_s).toInt(&ok);
        const int screens = int(QGuiApplication::screens().size());
        if (!ok || screen < 0 || screen >= screens)
            return fail(GuiCli::tr("--screen takes a screen number from 0 to %1.").arg(screens - 1));
    }

    qw::LiveModelSet models;
    qw::LiveSession session;
    session.setDemoFactory(qw::DemoBackend::factory());
    // The queue_log picture, with what the servers' manager interfaces say merged in.
    qw::ManagedLive managed;
    QObject::connect(&session, &qw::LiveSession::updated, &managed, &qw::ManagedLive::takeUpdate);
    QObject::connect(&managed, &qw::ManagedLive::updated, &models, &qw::LiveModelSet::apply);
    // Member names the managers list: the live view and reports read the log with them.
    QObject::connect(&managed, &qw::ManagedLive::memberNamesLearned, &session, &qw::LiveSession::setLearnedMemberNames);
    QObject::connect(&session, &qw::LiveSession::stageChanged, &models, &qw::LiveModelSet::setStage);
    qw::MainWindow window(&models, settings, choice.description());
    window.setLiveSettings(choice);
    QObject::connect(&window, &qw::MainWindow::refreshRequested, &session, &qw::LiveSession::pollNow);
    // Passwords: typed, else remembered in the keychain (when asked for), else the environment.
    qw::SourceSecrets secrets;
    window.setSourceSecrets(&secrets);
    QObject::connect(&secrets, &qw::SourceSecrets::keychainUnavailable, &window, &qw::MainWindow::showProblem);
    // Opens a source with its passwords: the live session, and the managers of its servers.
    qw::SourceOpener opener(session, managed, secrets, choice);
    QObject::connect(&opener, &qw::SourceOpener::opened, &window, &qw::MainWindow::setActionsAvailable);
    QObject::connect(&window, &qw::MainWindow::settingsChanged, &opener, &qw::SourceOpener::open);
    QObject::connect(&window, &qw::MainWindow::actionRequested, &window,
                     [&managed, &window](const qw::SupervisorAction& action) {
                         managed.perform(action, [&window, action](const qw::ActionOutcome& outcome) {
                             window.showActionOutcome(action, outcome);
                         });
                     });
    // A new language: start again with the same command line, less any --language (the
    // saved choice is the new one), once this window has closed and saved its layout.
    QObject::connect(&window, &qw::MainWindow::restartRequested, &window, [&window] {
        QStringList arguments = QCoreApplication::arguments().mid(1);
        for (qsizetype i = arguments.indexOf(u"--language"_s); i >= 0; i = arguments.indexOf(u"--language"_s))
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        arguments.removeIf([](const QString& argument) { return argument.startsWith(u"--language="_s); });
        if (window.close())
            QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    });
    QObject::connect(&session, &qw::LiveSession::opened, &window, &qw::MainWindow::setSourceText);
    QObject::connect(&session, &qw::LiveSession::failed, &window, &qw::MainWindow::showProblem);
    // Each report gets its own window, reading where the live view reads; it dies when closed.
    const auto openReportWindow = [&session, &settings, &window] {
        auto* reports = new qw::ReportWindow(session.reportBindings(), settings, &window);
        reports->setAttribute(Qt::WA_DeleteOnClose);
        reports->show();
        return reports;
    };
    QObject::connect(&window, &qw::MainWindow::newReportRequested, &window,
                     [openReportWindow] { openReportWindow()->newReport(); });
    QObject::connect(&window, &qw::MainWindow::openReportRequested, &window,
                     [openReportWindow] { openReportWindow()->openDefinition(); });
    // A first start fits the screen (a laptop's 1366x768 included), saved geometry wins after.
    if (const QScreen* primary = QGuiApplication::primaryScreen(); primary && !window.hasSavedGeometry())
        window.resize(QSize(1280, 800).boundedTo(primary->availableGeometry().size() * 0.95));
    if (parser.isSet(u"wallboard"_s)) {
        // The wall screen alone: closing the wallboard (Ctrl+Q) ends the program, as its window
        // is the only one shown; the live window is never shown, so its saved layout stays.
        qw::WallboardWindow* wallboard = window.openWallboard();
        wallboard->setStandalone(true);
        wallboard->setScreenIndex(screen);
        QObject::connect(wallboard, &QObject::destroyed, &app, &QApplication::quit);
    } else {
        window.show();
    }
    opener.open(choice);
    return QApplication::exec();
}
