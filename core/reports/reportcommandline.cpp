#include "reports/reportcommandline.h"

#include "reports/definitionfile.h"
#include "reports/outputguard.h"
#include "time/zonetime.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace qw {

std::variant<ReportRequest, QString> ReportInvocation::request() const
{
    auto built = definition.toRequest(bindings, now);
    if (auto* request = std::get_if<ReportRequest>(&built)) {
        // The PDF's bucket tables and unanswered-call list are built from the call list.
        request->options.withCalls = withCalls || format == u"pdf";
        request->options.restartEndsMembers = restartEndsMembers;
    }
    return built;
}

LiveSettings ReportInvocation::liveSettings() const
{
    LiveSettings live;
    live.spec = std::get<SourceSpec>(SourceSpec::parse(definition.sourceSpec)); // checked by read()
    live.bindings = bindings;
    live.bindings.tableZone = definition.zone();
    live.pollIntervalMs = everySeconds * 1000;
    live.window = window;
    live.window.zone = definition.zone();
    live.slThreshold = definition.slThreshold;
    live.restartEndsMembers = restartEndsMembers;
    return live;
}

void ReportCommandLine::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"definition"_s,
         tr("Run a report definition saved by the report wizard; the options below override its source, "
            "period, zone, threshold and filters."),
         tr("file")},
        {u"source"_s, tr("What to read: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH."), tr("spec")},
        {u"db"_s,
         tr("Database: mysql://user@host:port/database or sqlite:PATH. The password comes from the "
            "QUEUEWATCH_DB_PASSWORD environment variable."),
         tr("url")},
        {u"partition"_s,
         tr("Read partition NAME from a queue_log file, or from an Asterisk realtime queue_log table: "
            "NAME=mysql://USER@HOST:PORT/DATABASE?table=TABLE&tz=ZONE or NAME=sqlite:PATH?table=TABLE "
            "(password from QUEUEWATCH_DB_PASSWORD; without tz the report's zone). Repeatable."),
         tr("NAME=SOURCE")},
        {u"member-names"_s,
         tr("A JSON file mapping each server's queue-member interfaces to their member names (for servers "
            "with log_membername_as_agent = no, Asterisk's default): {\"A\": {\"Local/101@agents/n\": \"Anna\"}}."),
         tr("file")},
        {u"period"_s,
         tr("A named period: today (the default), yesterday, this-week, last-week, this-month, last-month."),
         tr("name")},
        {u"from"_s, tr("Start of the period: ISO date/time in --tz, or epoch seconds."), tr("time")},
        {u"to"_s, tr("End of the period (excluded). Default: the end of the day of --from."), tr("time")},
        {u"now"_s,
         tr("The moment the report is made, as --from: agent time still open stops there, and named "
            "periods are counted from it. Default: the wall clock."),
         tr("time")},
        {u"tz"_s, tr("Time zone of dates and hours (IANA name). Default: the system's."), tr("zone")},
        {u"sl"_s, tr("Service-level threshold in seconds (default 20)."), tr("seconds")},
        {u"format"_s, tr("json (default), csv, or pdf (the whole report as a document; needs --output)."), tr("format"),
         u"json"_s},
        {u"output"_s, tr("Write to FILE instead of standard output (replaced whole, never half-written)."), tr("file")},
        {u"calls"_s, tr("List every call (JSON), or write the call list instead of the queue table (CSV).")},
        {u"live-at"_s, tr("Print the live state at TIME instead of a report."), tr("time")},
        {u"follow"_s,
         tr("Keep printing the live state, one JSON line per poll (or replace --output at each poll), "
            "until stopped (SIGTERM, SIGINT).")},
        {u"every"_s, tr("With --follow: seconds between polls (default 5)."), tr("seconds")},
        {u"window-hours"_s,
         tr("With --live-at or --follow: a sliding window of the last N hours (starting on a quarter hour) "
            "instead of since midnight."),
         tr("N")},
        {u"restart-ends-members"_s, tr("Servers do not keep queue members over a restart (persistentmembers=no).")},
        {u"demo"_s, tr("Use the bundled three-server sample cluster.")},
        {u"queue"_s, tr("Only calls of queue NAME (repeatable; default: all)."), tr("name")},
        {u"agent"_s, tr("Only agent NAME in the agent table (repeatable; default: all)."), tr("name")},
    });
}

namespace {

using Problem = QString;

// A number option within [min, max], or the message naming it.
std::variant<qint64, Problem> numberOption(const QCommandLineParser& parser, const QString& name, qint64 min,
                                           qint64 max, const QString& unit)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return ReportCommandLine::tr("--%1 takes a number of %2 from %3 to %4.").arg(name, unit).arg(min).arg(max);
    return value;
}

std::optional<Problem> readSource(const QCommandLineParser& parser, ReportInvocation& run, bool definitionGiven)
{
    const bool demo = parser.isSet(u"demo"_s);
    if (!definitionGiven)
        run.definition.sourceSpec.clear();
    if (parser.isSet(u"source"_s))
        run.definition.sourceSpec = parser.value(u"source"_s);
    if (demo) {
        for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
            run.bindings.partitionFiles.insert(name, u":/sample/"_s + name + u".queue_log"_s);
        if (run.definition.sourceSpec.isEmpty())
            run.definition.sourceSpec = u"cluster:A|B|C"_s;
    }
    if (run.definition.sourceSpec.isEmpty())
        return ReportCommandLine::tr("No source given: use --source SPEC (or --demo for the bundled sample).");
    const auto spec = SourceSpec::parse(run.definition.sourceSpec);
    if (const auto* error = std::get_if<SourceSpec::Error>(&spec))
        return error->message;

    if (parser.isSet(u"db"_s)) {
        const auto url = DatabaseUrl::parse(parser.value(u"db"_s));
        if (const auto* error = std::get_if<QString>(&url))
            return *error;
        run.bindings.database = std::get<DatabaseUrl>(url);
    }
    if (parser.isSet(u"member-names"_s)) {
        auto names = MemberNames::readFile(parser.value(u"member-names"_s));
        if (const auto* error = std::get_if<QString>(&names))
            return *error;
        run.bindings.memberNames = std::get<MemberNames>(std::move(names));
    }
    for (const QString& value : parser.values(u"partition"_s)) {
        if (const auto error = run.bindings.addPartition(value))
            return *error;
    }
    return std::nullopt;
}

std::optional<Problem> readPeriod(const QCommandLineParser& parser, ReportInvocation& run, bool definitionGiven,
                                  qint64 wallClock)
{
    ReportDefinition& definition = run.definition;
    if (parser.isSet(u"tz"_s))
        definition.timeZone = parser.value(u"tz"_s);
    if (!definition.hasKnownZone() || !definition.zone().isValid())
        return ReportCommandLine::tr("Unknown time zone \"%1\": use an IANA name such as Europe/Rome or UTC.")
            .arg(definition.timeZone);
    const QTimeZone zone = definition.zone();

    const auto timeOption = [&](const QString& name) -> std::variant<std::optional<qint64>, Problem> {
        if (!parser.isSet(name))
            return std::optional<qint64>();
        const auto time = parseTimeArgument(parser.value(name), zone);
        if (!time)
            return ReportCommandLine::tr("--%1 \"%2\" is not a time: use epoch seconds or an ISO date/time such as "
                                         "2026-11-02T09:00:00.")
                .arg(name, parser.value(name));
        return time;
    };
    std::optional<qint64> times[4];
    const QString names[4] = {u"from"_s, u"to"_s, u"live-at"_s, u"now"_s};
    for (int i = 0; i < 4; ++i) {
        auto parsed = timeOption(names[i]);
        if (const auto* problem = std::get_if<Problem>(&parsed))
            return *problem;
        times[i] = std::get<std::optional<qint64>>(parsed);
    }
    const auto& [from, to, liveAt, now] = times;
    // The moment the report is made: agent time stops there, and named periods count from it.
    // --now re-runs an old report as it was (and makes tests independent of the wall clock).
    run.now = now.value_or(wallClock);
    run.liveAt = liveAt.value_or(run.now);

    if (parser.isSet(u"period"_s)) {
        const auto preset = PeriodPresets::fromKey(parser.value(u"period"_s));
        if (!preset || *preset == PeriodPreset::Custom)
            return ReportCommandLine::tr("Unknown --period \"%1\": use today, yesterday, this-week, last-week, "
                                         "this-month or last-month, or --from and --to.")
                .arg(parser.value(u"period"_s));
        definition.preset = *preset;
    }
    if (from && to && *to <= *from)
        return ReportCommandLine::tr("--to must be later than --from.");
    if (from || to) {
        definition.setCustomPeriod(from, to, run.now);
    } else if (parser.isSet(u"demo"_s) && !definitionGiven && !parser.isSet(u"period"_s)) {
        const qint64 day = *parseTimeArgument(QLatin1StringView(ReportCommandLine::DemoDay), zone);
        definition.setCustomPeriod(day, std::nullopt, run.now); // the sample's day
    }
    return std::nullopt;
}

std::optional<Problem> readFilters(const QCommandLineParser& parser, ReportInvocation& run)
{
    if (parser.isSet(u"sl"_s)) {
        const auto sl
            = numberOption(parser, u"sl"_s, 0, ReportDefinition::MaxSlThreshold, ReportCommandLine::tr("seconds"));
        if (const auto* problem = std::get_if<Problem>(&sl))
            return *problem;
        run.definition.slThreshold = std::get<qint64>(sl);
    }
    if (parser.isSet(u"queue"_s))
        run.definition.queues.clear();
    for (const QString& queue : parser.values(u"queue"_s))
        run.definition.queues.append(queue.trimmed());
    if (parser.isSet(u"agent"_s))
        run.definition.agents.clear();
    for (const QString& agent : parser.values(u"agent"_s))
        run.definition.agents.append(agent.trimmed());
    run.withCalls = parser.isSet(u"calls"_s);
    run.restartEndsMembers = parser.isSet(u"restart-ends-members"_s);
    return std::nullopt;
}

std::optional<Problem> readMode(const QCommandLineParser& parser, ReportInvocation& run)
{
    const bool liveAt = parser.isSet(u"live-at"_s);
    const bool follow = parser.isSet(u"follow"_s);
    if (liveAt && follow)
        return ReportCommandLine::tr("--live-at and --follow exclude each other: --follow prints the state now, "
                                     "again and again.");
    run.mode = follow ? ReportInvocation::Mode::Follow
                      : (liveAt ? ReportInvocation::Mode::LiveAt : ReportInvocation::Mode::Report);
    if (parser.isSet(u"window-hours"_s)) {
        const auto hours
            = numberOption(parser, u"window-hours"_s, 1, LiveWindow::MaxSlidingHours, ReportCommandLine::tr("hours"));
        if (const auto* problem = std::get_if<Problem>(&hours))
            return *problem;
        run.window.slidingHours = int(std::get<qint64>(hours));
    }
    if (parser.isSet(u"every"_s)) {
        if (!follow)
            return ReportCommandLine::tr("--every goes with --follow.");
        const auto every
            = numberOption(parser, u"every"_s, 1, ReportCommandLine::MaxEverySeconds, ReportCommandLine::tr("seconds"));
        if (const auto* problem = std::get_if<Problem>(&every))
            return *problem;
        run.everySeconds = int(std::get<qint64>(every));
    }

    run.format = parser.value(u"format"_s);
    if (run.format != u"json" && run.format != u"csv" && run.format != u"pdf")
        return ReportCommandLine::tr("Unknown --format \"%1\": use json, csv or pdf.").arg(run.format);
    if (run.mode != ReportInvocation::Mode::Report && run.format != u"json")
        return ReportCommandLine::tr("A live state is written as JSON only: leave out --format %1.").arg(run.format);
    run.output = parser.value(u"output"_s);
    if (run.format == u"pdf" && (run.output.isEmpty() || run.output == u"-"))
        return ReportCommandLine::tr("--format pdf needs --output FILE.");
    return std::nullopt;
}

} // namespace

std::variant<ReportInvocation, QString> ReportCommandLine::read(const QCommandLineParser& parser, qint64 wallClock)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().first());

    ReportInvocation run;
    const bool definitionGiven = parser.isSet(u"definition"_s);
    if (definitionGiven) {
        auto definition = DefinitionFile::read(parser.value(u"definition"_s));
        if (const auto* error = std::get_if<QString>(&definition))
            return *error;
        run.definition = std::get<ReportDefinition>(std::move(definition));
    }
    if (auto problem = readSource(parser, run, definitionGiven))
        return *problem;
    if (auto problem = readPeriod(parser, run, definitionGiven, wallClock))
        return *problem;
    if (auto problem = readFilters(parser, run))
        return *problem;
    if (auto problem = readMode(parser, run))
        return *problem;
    // Writing the report over what it reads would destroy the data, and say nothing.
    if (!run.output.isEmpty() && run.output != u"-") {
        const SourceSpec spec = std::get<SourceSpec>(SourceSpec::parse(run.definition.sourceSpec));
        if (const auto problem = OutputGuard::problemWith(run.output, spec, run.bindings))
            return u"--output "_s + *problem;
    }
    // Everything the definition says is checked here, so a bad one is refused before any reading.
    if (run.mode == ReportInvocation::Mode::Report) {
        const auto request = run.request();
        if (const auto* problem = std::get_if<QString>(&request))
            return *problem;
    }
    return run;
}

} // namespace qw
