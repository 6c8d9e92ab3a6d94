// Benchmark of the report window on a month of a three-server centre: how long the report
// takes, and the longest time the GUI event loop was blocked while it ran and was shown.
//
//   bench_reportwindow [--calls-per-day N]   (default 2000 per server)
//
// The month is generated into queue_log files (queuewatch-generate); the window reads them
// through the same ReportJob as with a database. A 1 ms timer in the GUI thread measures stalls.
#include "reports/reportview.h"
#include "reports/reportwindow.h"
#include "stallwatchdog.h"
#include "support/fixtures.h"
#include "support/testsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption callsOption(u"calls-per-day"_s, u"Calls per day per server."_s, u"N"_s, u"2000"_s);
    parser.addOption(callsOption);
    parser.process(app);

    QTemporaryDir dir;
    const auto generated
        = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-generate"_s),
                               {u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-01"_s, u"--calls-per-day"_s,
                                parser.value(callsOption), u"--output-dir"_s, dir.path()},
                               600000);
    if (generated.exitCode != 0) {
        QTextStream(stderr) << "queuewatch-generate failed: " << generated.err << '\n';
        return 1;
    }
    qw::SourceBindings bindings;
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        bindings.partitionFiles.insert(name, dir.filePath(name + u".queue_log"_s));
    qw::ReportDefinition definition;
    definition.sourceSpec = u"cluster:A|B|C"_s;
    definition.preset = qw::PeriodPreset::Custom;
    definition.timeZone = u"UTC"_s;
    definition.customFrom = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    definition.customTo = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

    qw::test::TestSettings settings;
    qw::ReportWindow window(bindings, settings);
    window.resize(1920, 1080);
    window.show();

    qw::bench::StallWatchdog watchdog;
    QElapsedTimer total;
    bool ok = false;
    QObject::connect(&window, &qw::ReportWindow::reportShown, &app, [&] {
        ok = true;
        QTimer::singleShot(200, &app, &QApplication::quit); // let the shown tab paint
    });
    QObject::connect(&window, &qw::ReportWindow::reportFailed, &app, [&](const QString& message) {
        QTextStream(stderr) << "report failed: " << message << '\n';
        app.quit();
    });
    QTimer::singleShot(100, &window, [&] {
        total.start();
        watchdog.start();
        window.run(definition);
    });
    app.exec();
    if (!ok)
        return 1;
    const qw::Report& report = window.view()->report();
    QTextStream out(stdout);
    out << u"Month of 3 servers, %1 calls a day each: %L2 events read, %L3 calls\n"_s.arg(parser.value(callsOption))
               .arg(report.eventsRead)
               .arg(report.calls.size());
    out << u"  report run and shown in %1 s\n"_s.arg(double(total.elapsed()) / 1000.0, 0, 'f', 2);
    out << u"  longest stall of the GUI event loop: %1 ms\n"_s.arg(watchdog.longestStallMs(), 0, 'f', 1);
    // Export PDF paints on the GUI thread (charts are widgets): how long the window waits.
    QElapsedTimer pdfTime;
    pdfTime.start();
    const QString pdf = dir.filePath(u"report.pdf"_s);
    if (!window.savePdf(pdf))
        return 1;
    out << u"  Export PDF: %1 s, %2 KB\n"_s.arg(double(pdfTime.elapsed()) / 1000.0, 0, 'f', 2)
               .arg(QFileInfo(pdf).size() / 1024);
    return 0;
}
