// Benchmark of the live window under a busy cluster: the longest time the GUI event loop was
// blocked while the models took in snapshots and the window repainted (target <= 50 ms).
//
//   bench_guiblock [--polls N] [--agents N] [--calls-per-day N]
//
// A demo database is filled beforehand with a busy three-server cluster; the live poller reads
// it in its worker thread with a clock that moves 5 s per poll, and the main window shows it
// (offscreen unless a display is set). A 1 ms timer in the GUI thread measures every stall.
#include "live/livemonitor.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "stallwatchdog.h"
#include "support/handpolleddemo.h"
#include "support/testsettings.h"

#include <algorithm>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pollsOption(u"polls"_s, u"Polls to run."_s, u"N"_s, u"120"_s);
    const QCommandLineOption agentsOption(u"agents"_s, u"Agents per server."_s, u"N"_s, u"60"_s);
    const QCommandLineOption callsOption(u"calls-per-day"_s, u"Calls per day per server."_s, u"N"_s, u"30000"_s);
    parser.addOptions({pollsOption, agentsOption, callsOption});
    parser.process(app);
    const int polls = parser.value(pollsOption).toInt();

    // Fill the database up to the end of the run first, so the GUI thread does nothing but show.
    constexpr qint64 Start = 1800000000 + 3 * 3600; // 11:00 UTC, a busy hour
    qw::DemoCluster::Settings demoSettings;
    demoSettings.agentsPerServer = parser.value(agentsOption).toInt();
    demoSettings.callsPerDayPerServer = parser.value(callsOption).toInt();
    qw::test::HandPolledDemo demo(Start + qint64(polls) * 5, demoSettings);
    if (!demo.start()) {
        QTextStream(stderr) << "demo: " << demo.errorString() << '\n';
        return 1;
    }
    demo.setNow(Start);
    qw::LiveModelSet models(demo.clock());
    qw::LiveMonitor& monitor = demo.monitor();
    std::vector<double> applyMs;
    QObject::connect(&monitor, &qw::LiveMonitor::updated, &models, [&](const qw::LiveUpdate& update) {
        QElapsedTimer timer;
        timer.start();
        models.apply(update);
        applyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    });
    qw::test::TestSettings settings;
    qw::MainWindow window(&models, settings, u"busy cluster"_s);
    window.resize(1920, 1080);
    window.show();

    qw::bench::StallWatchdog watchdog;

    int done = 0;
    QObject::connect(&models, &qw::LiveModelSet::updated, [&](const qw::LiveUpdate&) {
        if (++done == 1) { // the first poll reads the whole window: not a normal poll
            watchdog.start();
        }
        if (done > polls) {
            app.quit();
            return;
        }
        demo.setNow(demo.now() + 5);
        QTimer::singleShot(20, &monitor, &qw::LiveMonitor::pollNow);
    });
    monitor.start();
    app.exec();

    std::vector<double> normal(applyMs.begin() + 1, applyMs.end());
    std::sort(normal.begin(), normal.end());
    const qw::LiveUpdate& last = models.lastUpdate();
    QTextStream out(stdout);
    out << "Busy cluster: 3 servers x " << demoSettings.agentsPerServer << " agents, "
        << demoSettings.callsPerDayPerServer << " calls a day each; " << normal.size() << " polls of 5 s\n";
    out << "  at the end: " << last.snapshot.agents.size() << " agents, " << last.snapshot.waiting.size()
        << " calls waiting, " << last.snapshot.talking.size() << " talking\n";
    out << u"  applying a snapshot to the models: median %1 ms, longest %2 ms\n"_s
               .arg(normal.empty() ? 0.0 : normal[normal.size() / 2], 0, 'f', 2)
               .arg(normal.empty() ? 0.0 : normal.back(), 0, 'f', 2);
    out << u"  longest stall of the GUI event loop: %1 ms (target <= 50)\n"_s.arg(watchdog.longestStallMs(), 0, 'f', 1);
    return 0;
}
