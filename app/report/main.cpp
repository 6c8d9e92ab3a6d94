// queuewatch-report: reads a source spec and prints what it holds. This first version counts
// events per partition and verb; the report engine grows from here.
#include "database/databaseurl.h"
#include "sources/sourceopener.h"
#include "sources/sourcespec.h"

#include <cstdio>
#include <limits>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode
{
    Success = 0,
    BadArguments = 2,
    SourceUnreadable = 3
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

// Epoch seconds, or an ISO 8601 date/time (UTC unless it carries an offset).
std::optional<qint64> parseTime(const QString& text)
{
    bool isNumber = false;
    const qint64 epoch = text.toLongLong(&isNumber);
    if (isNumber && epoch >= 0)
        return epoch;
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toSecsSinceEpoch();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"queuewatch-report"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCli::tr("Reads queue_log partitions named by a source spec and counts their "
                                                   "events per partition and verb."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sourceOption(u"source"_s,
                                          ReportCli::tr("The source: sql:A, cluster:A|B-|C, clustrw:A|B, file:PATH."),
                                          ReportCli::tr("spec"));
    const QCommandLineOption dbOption(
        u"db"_s,
        ReportCli::tr("Database URL: mysql://user@host:port/database or sqlite:PATH. The password comes from the "
                      "QUEUEWATCH_DB_PASSWORD environment variable."),
        ReportCli::tr("url"));
    const QCommandLineOption partitionOption(
        u"partition"_s,
        ReportCli::tr("Read partition NAME from a queue_log file instead of the database (repeatable)."),
        ReportCli::tr("NAME=PATH"));
    const QCommandLineOption fromOption(u"from"_s, ReportCli::tr("Start of the period (epoch or ISO date/time, UTC)."),
                                        ReportCli::tr("time"));
    const QCommandLineOption toOption(u"to"_s, ReportCli::tr("End of the period, excluded."), ReportCli::tr("time"));
    const QCommandLineOption demoOption(u"demo"_s, ReportCli::tr("Read the bundled three-server sample cluster."));
    parser.addOptions({sourceOption, dbOption, partitionOption, fromOption, toOption, demoOption});
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

    if (!parser.positionalArguments().isEmpty())
        return fail(BadArguments,
                    ReportCli::tr("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().first()));

    qw::SourceBindings bindings;
    QString specText = parser.value(sourceOption);
    if (parser.isSet(demoOption)) {
        for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
            bindings.partitionFiles.insert(name, u":/sample/"_s + name + u".queue_log"_s);
        if (specText.isEmpty())
            specText = u"cluster:A|B|C"_s;
    }
    if (specText.isEmpty())
        return fail(BadArguments, ReportCli::tr("No source given: use --source SPEC, or --demo."));

    const auto spec = qw::SourceSpec::parse(specText);
    if (const auto* error = std::get_if<qw::SourceSpec::Error>(&spec))
        return fail(BadArguments, error->message);

    if (parser.isSet(dbOption)) {
        auto url = qw::DatabaseUrl::parse(parser.value(dbOption));
        if (const auto* error = std::get_if<QString>(&url))
            return fail(BadArguments, *error);
        bindings.database = std::get<qw::DatabaseUrl>(url);
    }
    for (const QString& value : parser.values(partitionOption)) {
        const auto parsed = qw::SourceOpener::parsePartitionFile(value);
        if (const auto* error = std::get_if<QString>(&parsed))
            return fail(BadArguments, *error);
        const auto& [name, path] = std::get<std::pair<QString, QString>>(parsed);
        bindings.partitionFiles.insert(name, path);
    }

    qint64 from = 0;
    qint64 to = std::numeric_limits<qint64>::max();
    for (const auto& [option, target] : {std::pair {&fromOption, &from}, std::pair {&toOption, &to}}) {
        if (!parser.isSet(*option))
            continue;
        const auto time = parseTime(parser.value(*option));
        if (!time)
            return fail(BadArguments,
                        ReportCli::tr("\"%1\" is not a time: use epoch seconds or an ISO date/time.")
                            .arg(parser.value(*option)));
        *target = *time;
    }

    auto opened = qw::SourceOpener::open(std::get<qw::SourceSpec>(spec), bindings);
    if (const auto* error = std::get_if<QString>(&opened))
        return fail(BadArguments, *error);

    QTextStream out(stdout);
    int status = Success;
    for (const auto& source : std::get<qw::PartitionSources>(opened)) {
        QMap<QString, qint64> verbs;
        qint64 total = 0;
        const qw::ReadStatus read = source->read(from, to, [&](const qw::EventBatch& batch) {
            for (const qw::QueueLogEvent& event : batch)
                ++verbs[event.verb];
            total += batch.size();
            return true;
        });
        if (read == qw::ReadStatus::Failed) {
            fail(SourceUnreadable, source->errorString());
            status = SourceUnreadable;
            continue;
        }
        out << ReportCli::tr("Partition %1 (%2): %3 events").arg(source->partition(), source->origin()).arg(total)
            << '\n';
        for (auto it = verbs.cbegin(); it != verbs.cend(); ++it)
            out << u"  %1 %2"_s.arg(it.key(), -20).arg(it.value(), 8) << '\n';
        const qw::ParseProblemLog problems = source->problems();
        if (!problems.isEmpty()) {
            out << ReportCli::tr("  %1 malformed lines skipped").arg(problems.count()) << '\n';
            for (const qw::ParseProblem& problem : problems.firstProblems())
                QTextStream(stderr) << "queuewatch-report: " << source->partition() << ": " << problem.message()
                                    << '\n';
        }
    }
    return status;
}
