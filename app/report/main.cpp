// queuewatch-report: historical reports and live states of a call-centre cluster, without a
// display. Parses the command line, runs the engine, writes JSON, CSV or PDF.
#include "analysis/liveformat.h"
#include "analysis/reportformat.h"
#include "analysis/reportrunner.h"
#include "database/databaseurl.h"
#include "program/program.h"
#include "reports/csvwriter.h"
#include "reports/outputguard.h"
#include "reports/reportdocument.h"
#include "reports/reporttables.h"
#include "sources/sourceopener.h"
#include "sources/sourcespec.h"
#include "time/zonetime.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

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

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

// The bundled sample cluster: three servers, one day.
constexpr const char* DemoDay = "2026-11-02";

struct Options
{
    qw::SourceSpec spec;
    qw::SourceBindings bindings;
    qw::ReportOptions report;
    QString format = u"json"_s;
    QString output;
    std::optional<qint64> liveAt;
    std::optional<qint64> windowHours;
};

std::variant<Options, QString> parseOptions(QCommandLineParser& parser)
{
    Options options;
    if (!parser.positionalArguments().isEmpty())
        return ReportCli::tr("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().first());

    const bool demo = parser.isSet(u"demo"_s);
    QString specText = parser.value(u"source"_s);
    if (demo) {
        for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
            options.bindings.partitionFiles.insert(name, u":/sample/"_s + name + u".queue_log"_s);
        if (specText.isEmpty())
            specText = u"cluster:A|B|C"_s;
    }
    if (specText.isEmpty())
        return ReportCli::tr("No source given: use --source SPEC (or --demo for the bundled sample).");
    const auto spec = qw::SourceSpec::parse(specText);
    if (const auto* error = std::get_if<qw::SourceSpec::Error>(&spec))
        return error->message;
    options.spec = std::get<qw::SourceSpec>(spec);

    if (parser.isSet(u"db"_s)) {
        const auto url = qw::DatabaseUrl::parse(parser.value(u"db"_s));
        if (const auto* error = std::get_if<QString>(&url))
            return *error;
        options.bindings.database = std::get<qw::DatabaseUrl>(url);
    }
    for (const QString& value : parser.values(u"partition"_s)) {
        const auto parsed = qw::SourceOpener::parsePartitionFile(value);
        if (const auto* error = std::get_if<QString>(&parsed))
            return *error;
        const auto& [name, path] = std::get<std::pair<QString, QString>>(parsed);
        options.bindings.partitionFiles.insert(name, path);
    }

    const QString zoneName = parser.value(u"tz"_s);
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneName.toUtf8());
    if (!zone.isValid())
        return ReportCli::tr("Unknown time zone \"%1\": use an IANA name such as Europe/Rome or UTC.").arg(zoneName);
    options.report.timeZone = zone;

    const auto timeOption = [&](const QString& name) -> std::variant<std::optional<qint64>, QString> {
        if (!parser.isSet(name))
            return std::optional<qint64>();
        const auto time = qw::parseTimeArgument(parser.value(name), zone);
        if (!time)
            return ReportCli::tr("--%1 \"%2\" is not a time: use epoch seconds or an ISO date/time such as "
                                 "2026-11-02T09:00:00.")
                .arg(name, parser.value(name));
        return time;
    };
    const auto from = timeOption(u"from"_s);
    const auto to = timeOption(u"to"_s);
    const auto liveAt = timeOption(u"live-at"_s);
    const auto nowOption = timeOption(u"now"_s);
    for (const auto* parsed : {&from, &to, &liveAt, &nowOption}) {
        if (const auto* error = std::get_if<QString>(parsed))
            return *error;
    }
    options.liveAt = std::get<std::optional<qint64>>(liveAt);

    // The moment the report is made: agent time stops there, and "today" is its day. --now
    // re-runs an old report as it was (and makes tests independent of the wall clock).
    const qint64 now = std::get<std::optional<qint64>>(nowOption).value_or(QDateTime::currentSecsSinceEpoch());
    options.report.now = now;

    // Default period: today in the zone (the sample's day with --demo).
    const qw::LocalCalendar calendar(zone, now - 86400 * 2, now + 86400 * 2);
    const qint64 defaultFrom
        = demo ? *qw::parseTimeArgument(QLatin1StringView(DemoDay), zone) : calendar.startOfDay(now);
    options.report.from = std::get<std::optional<qint64>>(from).value_or(defaultFrom);
    const qw::LocalCalendar fromCalendar(zone, options.report.from, options.report.from + 2 * 86400);
    options.report.to = std::get<std::optional<qint64>>(to).value_or(
        fromCalendar.startOfDay(fromCalendar.startOfDay(options.report.from) + 86400 + 7200));
    if (options.report.to <= options.report.from)
        return ReportCli::tr("--to must be later than --from.");

    bool ok = true;
    if (parser.isSet(u"sl"_s)) {
        options.report.slThreshold = parser.value(u"sl"_s).toLongLong(&ok);
        if (!ok || options.report.slThreshold < 0 || options.report.slThreshold > 86400)
            return ReportCli::tr("--sl takes a number of seconds from 0 to 86400.");
    }
    if (parser.isSet(u"window-hours"_s)) {
        const qint64 hours = parser.value(u"window-hours"_s).toLongLong(&ok);
        if (!ok || hours < 1 || hours > 24 * 31)
            return ReportCli::tr("--window-hours takes a number of hours from 1 to 744.");
        options.windowHours = hours;
    }
    options.format = parser.value(u"format"_s);
    if (options.format != u"json" && options.format != u"csv" && options.format != u"pdf")
        return ReportCli::tr("Unknown --format \"%1\": use json, csv or pdf.").arg(options.format);
    options.output = parser.value(u"output"_s);
    if (options.format == u"pdf" && (options.output.isEmpty() || options.output == u"-"))
        return ReportCli::tr("--format pdf needs --output FILE.");
    // Writing the report over what it reads would destroy the data, and say nothing.
    if (!options.output.isEmpty() && options.output != u"-") {
        if (const auto problem = qw::OutputGuard::problemWith(options.output, options.spec, options.bindings))
            return u"--output "_s + *problem;
    }
    // The PDF's bucket tables and unanswered-call list are built from the call list.
    options.report.withCalls = parser.isSet(u"calls"_s) || options.format == u"pdf";
    options.report.restartEndsMembers = parser.isSet(u"restart-ends-members"_s);
    for (const QString& queue : parser.values(u"queue"_s))
        options.report.queues.insert(queue.trimmed());
    for (const QString& agent : parser.values(u"agent"_s))
        options.report.agents.insert(agent.trimmed());
    return options;
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
// because only a PDF needs a QApplication (its charts are graphics widgets).
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
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Headless (a server, cron, CI): paint without a display rather than abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QApplication>(argc, argv);
}

int writePdf(const Options& options, const qw::Report& report)
{
    const QTimeZone& zone = options.report.timeZone;
    const qw::ReportDocument document(report, qw::ReportTables::build(report, zone),
                                      qw::ReportDocumentInfo::forReport(report, zone));
    const QByteArray pdf = document.toPdf();
    if (pdf.isEmpty())
        return fail(OutputUnwritable, ReportCli::tr("Cannot paint the PDF."));
    return writeOutput(options.output, pdf);
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
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"source"_s, ReportCli::tr("What to read: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH."),
         ReportCli::tr("spec")},
        {u"db"_s,
         ReportCli::tr("Database: mysql://user@host:port/database or sqlite:PATH. The password comes from the "
                       "QUEUEWATCH_DB_PASSWORD environment variable."),
         ReportCli::tr("url")},
        {u"partition"_s, ReportCli::tr("Read partition NAME from a queue_log file (repeatable)."),
         ReportCli::tr("NAME=PATH")},
        {u"from"_s, ReportCli::tr("Start of the period: ISO date/time in --tz, or epoch seconds. Default: today."),
         ReportCli::tr("time")},
        {u"to"_s, ReportCli::tr("End of the period (excluded). Default: the end of the day of --from."),
         ReportCli::tr("time")},
        {u"now"_s,
         ReportCli::tr("The moment the report is made, as --from: agent time still open stops there, and the "
                       "default period is its day. Default: the wall clock."),
         ReportCli::tr("time")},
        {u"tz"_s, ReportCli::tr("Time zone of dates and hours (IANA name). Default: the system's."),
         ReportCli::tr("zone")},
        {u"sl"_s, ReportCli::tr("Service-level threshold in seconds (default 20)."), ReportCli::tr("seconds"), u"20"_s},
        {u"format"_s, ReportCli::tr("json (default), csv, or pdf (the whole report as a document; needs --output)."),
         ReportCli::tr("format"), u"json"_s},
        {u"output"_s, ReportCli::tr("Write to FILE instead of standard output."), ReportCli::tr("file")},
        {u"calls"_s, ReportCli::tr("List every call (JSON), or write the call list instead of the queue table (CSV).")},
        {u"live-at"_s, ReportCli::tr("Print the live state at TIME instead of a report."), ReportCli::tr("time")},
        {u"window-hours"_s, ReportCli::tr("With --live-at: a sliding window of N hours instead of since midnight."),
         ReportCli::tr("N")},
        {u"restart-ends-members"_s,
         ReportCli::tr("Servers do not keep queue members over a restart (persistentmembers=no).")},
        {u"demo"_s, ReportCli::tr("Use the bundled three-server sample cluster.")},
        {u"queue"_s, ReportCli::tr("Only calls of queue NAME (repeatable; default: all)."), ReportCli::tr("name")},
        {u"agent"_s, ReportCli::tr("Only agent NAME in the agent table (repeatable; default: all)."),
         ReportCli::tr("name")},
    });
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(BadArguments, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return Success;
    }

    const auto parsed = parseOptions(parser);
    if (const auto* error = std::get_if<QString>(&parsed))
        return fail(BadArguments, *error);
    const Options& options = std::get<Options>(parsed);

    const auto failureCode = [](const qw::ReportRunner::Failure& failure) {
        return failure.kind == qw::ReportRunner::Failure::Kind::BadSource ? BadArguments : SourceUnreadable;
    };

    if (options.liveAt) {
        const qint64 at = *options.liveAt;
        const qw::LocalCalendar calendar(options.report.timeZone, at - 86400, at + 86400);
        const qint64 windowStart = options.windowHours ? at - *options.windowHours * 3600 : calendar.startOfDay(at);
        const auto live
            = qw::ReportRunner::live(options.spec, options.bindings, windowStart, at, options.report.slThreshold);
        if (const auto* failure = std::get_if<qw::ReportRunner::Failure>(&live))
            return fail(failureCode(*failure), failure->message);
        return writeOutput(options.output,
                           QJsonDocument(qw::liveToJson(std::get<qw::LiveReadout>(live).snapshot,
                                                        std::get<qw::LiveReadout>(live).health))
                               .toJson(QJsonDocument::Indented));
    }

    const bool showProgress = stderrIsTerminal();
    const auto progress = [showProgress](double fraction, qint64 events) {
        if (showProgress)
            QTextStream(stderr) << '\r'
                                << ReportCli::tr("Reading: %1 % (%2 events)").arg(int(fraction * 100)).arg(events);
    };
    const qw::ReportRequest request {options.spec, options.bindings, options.report};
    const auto result = qw::ReportRunner::run(request, progress);
    if (showProgress)
        QTextStream(stderr) << "\r\x1b[K";
    if (const auto* failure = std::get_if<qw::ReportRunner::Failure>(&result))
        return fail(failureCode(*failure), failure->message);
    const qw::Report& report = std::get<qw::Report>(result);
    if (options.format == u"pdf")
        return writePdf(options, report);
    if (options.format == u"csv") // the window's CSV export writes with the same writer
        return writeOutput(options.output,
                           qw::reportTableCsv(options.report.withCalls ? qw::ReportTables::callList(report)
                                                                       : qw::ReportTables::queueKpis(report),
                                              options.report.timeZone));
    return writeOutput(
        options.output,
        QJsonDocument(qw::reportToJson(report, options.report.withCalls)).toJson(QJsonDocument::Indented));
}
