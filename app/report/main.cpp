// queuewatch-report: historical reports, live states and a live feed of a call-centre cluster,
// without a display. Reads the command line into an invocation, runs the engine, writes JSON,
// CSV or PDF.
#include "i18n/translations.h"
#include "live/livedriver.h"
#include "live/livefeed.h"
#include "live/liveformat.h"
#include "program/program.h"
#include "program/stopsignals.h"
#include "reportdoc/reportdocument.h"
#include "reports/csvwriter.h"
#include "reports/partitioncatalog.h"
#include "reports/reportcommandline.h"
#include "reports/reportformat.h"
#include "reports/reporttables.h"

#include <cstdio>
#include <memory>
#include <QCommandLineParser>
#include <QDateTime>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

enum ExitCode
{
    Success = 0,
    BadArguments = 2,
    SourceUnreadable = 3,
    OutputUnwritable = 4
};

// The translation context of this program's own messages.
class ReportCli
{
    Q_DECLARE_TR_FUNCTIONS(ReportCli)
};

int fail(int code, const QString& message)
{
    QTextStream(stderr) << "queuewatch-report: " << message << '\n';
    return code;
}

int failureCode(const qw::ReadFailure& failure)
{
    return failure.kind == qw::ReadFailure::Kind::BadSource ? BadArguments : SourceUnreadable;
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

int writeOutput(const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == u"-") {
        const std::size_t written = std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        if (written != std::size_t(bytes.size()) || std::fflush(stdout) != 0)
            return fail(OutputUnwritable, ReportCli::tr("Cannot write to standard output."));
        return Success;
    }
    // Written aside and renamed into place: a full disk leaves the old file, not half a report.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(OutputUnwritable, ReportCli::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Success;
}

// Whether the command line asks for a PDF: looked at before the application object exists,
// because only a PDF needs a QGuiApplication (it paints text with the fonts of the system).
bool wantsPdf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--format=pdf" || argument == "-format=pdf")
            return true;
        if ((argument == "--format" || argument == "-format") && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf")
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!wantsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Headless (a server, cron, CI): paint without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runReport(const qw::ReportInvocation& run)
{
    const bool showProgress = stderrIsTerminal();
    const auto progress = [showProgress](double fraction, qint64 events) {
        if (showProgress)
            QTextStream(stderr) << '\r'
                                << ReportCli::tr("Reading: %1 % (%2 events)").arg(int(fraction * 100)).arg(events);
    };
    const qw::ReportRequest request = std::get<qw::ReportRequest>(run.request()); // checked when read
    const auto result = qw::ReportRunner::run(request, progress);
    if (showProgress)
        QTextStream(stderr) << "\r\x1b[K";
    if (const auto* failure = std::get_if<qw::ReadFailure>(&result))
        return fail(failureCode(*failure), failure->message);
    const qw::Report& report = std::get<qw::Report>(result);
    const QTimeZone& zone = request.options.timeZone;
    if (run.format == u"pdf") {
        qw::ReportDocumentInfo info = qw::ReportDocumentInfo::forReport(report, zone);
        if (!run.definition.title.isEmpty())
            info.title = run.definition.title;
        const QByteArray pdf = qw::ReportDocument(report, qw::ReportTables::build(report, zone), info).toPdf();
        if (pdf.isEmpty())
            return fail(OutputUnwritable, ReportCli::tr("Cannot paint the PDF."));
        return writeOutput(run.output, pdf);
    }
    if (run.format == u"csv") // the window's CSV export writes with the same writer
        return writeOutput(
            run.output,
            qw::reportTableCsv(run.withCalls ? qw::ReportTables::callList(report) : qw::ReportTables::queueKpis(report),
                               zone));
    return writeOutput(run.output, QJsonDocument(qw::reportToJson(report, run.withCalls)).toJson());
}

// The live state at one moment, by the live window's own driver with its clock stopped there.
int runLiveAt(const qw::ReportInvocation& run)
{
    const qw::LiveSettings settings = run.liveSettings();
    auto cluster = qw::Cluster::open(settings.spec, settings.bindings);
    if (const auto* error = std::get_if<QString>(&cluster))
        return fail(BadArguments, *error);
    qw::LiveDriver driver(settings, std::get<qw::Cluster>(std::move(cluster)), qw::PartitionBinding::FollowMode::Once);
    const qw::LiveUpdate update = driver.poll(run.liveAt, run.now);
    driver.close();
    for (const qw::PartitionHealth& partition : update.health) {
        if (partition.state == qw::PartitionHealth::State::Error)
            return fail(SourceUnreadable, partition.error);
    }
    return writeOutput(run.output, qw::LiveFeed::render(update, false));
}

// The live feed: polls until SIGTERM or SIGINT, writing the state after every poll.
int runFollow(const qw::ReportInvocation& run)
{
    const qw::LiveSettings settings = run.liveSettings();
    if (const auto cluster = qw::Cluster::open(settings.spec, settings.bindings);
        std::holds_alternative<QString>(cluster))
        return fail(BadArguments, std::get<QString>(cluster));
    qw::LiveFeed feed(settings, run.output);
    QObject::connect(&qw::StopSignals::install(), &qw::StopSignals::stopRequested, qApp, &QCoreApplication::quit);
    QObject::connect(&feed, &qw::LiveFeed::failed, qApp, [](const QString& message) {
        fail(OutputUnwritable, message);
        QCoreApplication::exit(OutputUnwritable);
    });
    feed.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    qw::setUpProgram(*app, u"queuewatch-report"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        ReportCli::tr("Call-centre reports and live states from Asterisk queue_log partitions.\n"
                      "Exit status: 0 done, 2 bad arguments or source, 3 a source cannot be read, "
                      "4 the output cannot be written."));
    qw::addCommonOptions(parser);
    qw::ReportCommandLine::addOptions(parser);
    if (const auto done = qw::readCommandLine(parser, u"queuewatch-report"_s, BadArguments))
        return *done;

    const auto invocation = qw::ReportCommandLine::read(parser, QDateTime::currentSecsSinceEpoch());
    if (const auto* error = std::get_if<QString>(&invocation))
        return fail(BadArguments, *error);
    const qw::ReportInvocation& run = std::get<qw::ReportInvocation>(invocation);
    // JSON and CSV are contracts for other programs: the same bytes in every language, their
    // warnings included. Only the PDF (and --help, and the errors above) speak the user's.
    if (run.mode != qw::ReportInvocation::Mode::Report || run.format != u"pdf")
        qw::installTranslations(*app, u"en"_s);
    // Each realtime table, as found: its columns in one line on stderr, or why it cannot be read.
    for (auto it = run.bindings.partitionTables.cbegin(); it != run.bindings.partitionTables.cend(); ++it) {
        const auto found = qw::PartitionCatalog::tablePartition(it.key(), it.value(), run.definition.zone(),
                                                                qw::PartitionCatalog::TableDetail::LayoutOnly);
        if (const auto* error = std::get_if<QString>(&found))
            return fail(SourceUnreadable, ReportCli::tr("Partition %1: %2").arg(it.key(), *error));
        QTextStream(stderr) << "queuewatch-report: " << it.key() << ": " << std::get<qw::PartitionInfo>(found).detail
                            << '\n';
    }
    switch (run.mode) {
    case qw::ReportInvocation::Mode::LiveAt:
        return runLiveAt(run);
    case qw::ReportInvocation::Mode::Follow:
        return runFollow(run);
    case qw::ReportInvocation::Mode::Report:
        break;
    }
    return runReport(run);
}
