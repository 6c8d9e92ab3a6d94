// Benchmark: the CPU the wallboard costs, next to the main window's, on the live demo.
//
//   bench_wallboardcpu [--seconds N] [--width W --height H]
//
// The demo runs in real time (its writer thread and the poller as in the application); first
// the wallboard alone is shown for N seconds, then the main window alone for N seconds, on the
// same session and models. For each it prints the process CPU time (all threads: demo, poller,
// GUI) and, where the system can tell, the GUI thread's own CPU time, which is where the two
// windows differ. Offscreen unless a display is set.
#include "demo/demobackend.h"
#include "live/livesession.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "support/testsettings.h"
#include "wallboard/wallboardwindow.h"

#include <ctime>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

struct CpuTimes
{
    double process = 0; // seconds, all threads
    double guiThread = -1; // seconds; -1 where the system cannot tell
};

double seconds(const timeval& t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

CpuTimes cpuNow()
{
    CpuTimes times;
#ifdef Q_OS_UNIX
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        times.process = seconds(usage.ru_utime) + seconds(usage.ru_stime);
#ifdef RUSAGE_THREAD
    if (getrusage(RUSAGE_THREAD, &usage) == 0) // called from the GUI thread
        times.guiThread = seconds(usage.ru_utime) + seconds(usage.ru_stime);
#endif
#else
    times.process = double(std::clock()) / CLOCKS_PER_SEC;
#endif
    return times;
}

void report(QTextStream& out, const QString& what, const CpuTimes& before, const CpuTimes& after, double wall)
{
    const double process = after.process - before.process;
    out << u"%1: %2 s CPU in %3 s (%4 % of one core)"_s.arg(what)
               .arg(process, 0, 'f', 2)
               .arg(wall, 0, 'f', 1)
               .arg(100.0 * process / wall, 0, 'f', 2);
    if (after.guiThread >= 0) {
        const double gui = after.guiThread - before.guiThread;
        out << u"; GUI thread %1 s (%2 %)"_s.arg(gui, 0, 'f', 2).arg(100.0 * gui / wall, 0, 'f', 2);
    }
    out << '\n';
    out.flush();
}

void runFor(int secondsToRun)
{
    QEventLoop loop;
    QTimer::singleShot(secondsToRun * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings of its own, so a benchmark never reads or changes the user's wallboard setup.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(u"QueueWatchBench"_s);
    QApplication::setApplicationName(u"bench_wallboardcpu"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds to run each window."_s, u"N"_s, u"600"_s);
    const QCommandLineOption widthOption(u"width"_s, u"Window width."_s, u"px"_s, u"1920"_s);
    const QCommandLineOption heightOption(u"height"_s, u"Window height."_s, u"px"_s, u"1080"_s);
    parser.addOptions({secondsOption, widthOption, heightOption});
    parser.process(app);
    const int runSeconds = std::max(1, parser.value(secondsOption).toInt());
    const QSize size(parser.value(widthOption).toInt(), parser.value(heightOption).toInt());

    qw::LiveModelSet models;
    qw::LiveSession session;
    session.setDemoFactory(qw::DemoBackend::factory());
    QObject::connect(&session, &qw::LiveSession::updated, &models, &qw::LiveModelSet::apply);
    QString failure;
    QObject::connect(&session, &qw::LiveSession::failed, [&failure](const QString& message) { failure = message; });
    qw::LiveViewSettings demo; // the demo, polled every 5 s as by default
    session.open(demo);
    // Settle: the first poll reads the whole day so far, which is not what a wall screen does
    // all day long.
    QElapsedTimer settle;
    settle.start();
    while (models.lastUpdate().poll < 2 && failure.isEmpty() && settle.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 100);
    if (!failure.isEmpty() || models.lastUpdate().poll < 2) {
        QTextStream(stderr) << "demo did not start: " << failure << '\n';
        return 1;
    }

    QTextStream out(stdout);
    out << "Demo cluster in real time, polled every " << demo.pollSeconds << " s; " << runSeconds << " s per window at "
        << size.width() << 'x' << size.height() << '\n';
    {
        qw::WallboardWindow wallboard(&models, qw::WallboardConfig());
        wallboard.resize(size);
        wallboard.show();
        QElapsedTimer wall;
        const CpuTimes before = cpuNow();
        wall.start();
        runFor(runSeconds);
        report(out, u"wallboard  "_s, before, cpuNow(), double(wall.nsecsElapsed()) / 1e9);
    }
    {
        qw::test::TestSettings settings;
        qw::MainWindow window(&models, settings, u"demo"_s);
        window.resize(size);
        window.show();
        QElapsedTimer wall;
        const CpuTimes before = cpuNow();
        wall.start();
        runFor(runSeconds);
        report(out, u"main window"_s, before, cpuNow(), double(wall.nsecsElapsed()) / 1e9);
    }
    session.close();
    return 0;
}
