// queuewatch-generate: writes a simulated multi-server call centre as queue_log files (one per
// partition) and/or into a queue_log table, for demos, tests and load trials.
#include "database/databaseconnection.h"
#include "database/schema.h"
#include "generation/callcentregenerator.h"
#include "program/program.h"
#include "sources/sourcespec.h"
#include "time/zonetime.h"
#include "writers/queuelogfilewriter.h"
#include "writers/queuelogtablewriter.h"

#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <QTimeZone>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode
{
    Success = 0,
    BadArguments = 2,
    WriteFailed = 3
};

// The translation context of this program's own messages.
class GenerateCli
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCli)
};

int fail(int code, const QString& message)
{
    QTextStream(stderr) << "queuewatch-generate: " << message << '\n';
    return code;
}

// Epoch seconds, or an ISO 8601 date/time (UTC unless it carries an offset).
std::optional<qint64> parseTime(const QString& text)
{
    return qw::parseTimeArgument(text, QTimeZone::utc());
}

std::optional<qint64> parseCount(const QString& text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

constexpr qsizetype RowsPerTransaction = 5000;
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qw::setUpProgram(app, u"queuewatch-generate"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        GenerateCli::tr("Writes a simulated Asterisk call-centre cluster as queue_log files, "
                        "one per partition. The same arguments always give the same files."));
    qw::addCommonOptions(parser);
    const QCommandLineOption seedOption(u"seed"_s, GenerateCli::tr("Random seed (default 1)."),
                                        GenerateCli::tr("number"), u"1"_s);
    const QCommandLineOption fromOption(
        u"from"_s,
        GenerateCli::tr("Start of the period: ISO 8601 date/time in UTC (2026-11-02T00:00:00) or epoch seconds."),
        GenerateCli::tr("time"));
    const QCommandLineOption toOption(u"to"_s,
                                      GenerateCli::tr("End of the period, excluded (default: one day after --from)."),
                                      GenerateCli::tr("time"));
    const QCommandLineOption partitionsOption(
        u"partitions"_s, GenerateCli::tr("Comma-separated partition (server) names (default A,B,C)."),
        GenerateCli::tr("names"), u"A,B,C"_s);
    const QCommandLineOption queuesOption(
        u"queues"_s,
        GenerateCli::tr("Comma-separated queue names, the same on every server (default support,sales,billing)."),
        GenerateCli::tr("names"), u"support,sales,billing"_s);
    const QCommandLineOption agentsOption(u"agents"_s, GenerateCli::tr("Agents per server (default 10)."),
                                          GenerateCli::tr("count"), u"10"_s);
    const QCommandLineOption callsOption(u"calls-per-day"_s,
                                         GenerateCli::tr("Calls per day per server (default 2000)."),
                                         GenerateCli::tr("count"), u"2000"_s);
    const QCommandLineOption restartsOption(
        u"restarts-per-day"_s,
        GenerateCli::tr("Asterisk restarts per day per server, half of them crashes (default 0.2)."),
        GenerateCli::tr("rate"), u"0.2"_s);
    const QCommandLineOption occupancyOption(
        u"occupancy"_s,
        GenerateCli::tr("How busy agents are in the busiest hour, from 0.05 to 0.95 (default 0.55): talk times "
                        "are sized to it. Lower gives shorter waits and a higher service level."),
        GenerateCli::tr("share"), u"0.55"_s);
    const QCommandLineOption systemNameOption(
        u"system-name"_s,
        GenerateCli::tr(
            "Write call ids with a system name prefix (pbx-a-1795495865.0), as with Asterisk's systemname."));
    const QCommandLineOption outputOption(
        u"output-dir"_s, GenerateCli::tr("Directory for the files DIR/<partition>.queue_log (created if missing)."),
        GenerateCli::tr("dir"));
    const QCommandLineOption dbOption(
        u"db"_s,
        GenerateCli::tr("Also (or instead) append the rows to the queue_log table of this database: "
                        "mysql://user@host:port/database or sqlite:PATH (the table is created if missing; the "
                        "password comes from QUEUEWATCH_DB_PASSWORD)."),
        GenerateCli::tr("url"));
    parser.addOptions({seedOption, fromOption, toOption, partitionsOption, queuesOption, agentsOption, callsOption,
                       restartsOption, occupancyOption, systemNameOption, outputOption, dbOption});
    if (const auto done = qw::readCommandLine(parser, u"queuewatch-generate"_s, BadArguments))
        return *done;

    if (!parser.positionalArguments().isEmpty())
        return fail(
            BadArguments,
            GenerateCli::tr("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().first()));

    qw::GeneratorConfig config;
    bool seedOk = false;
    config.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk)
        return fail(
            BadArguments,
            GenerateCli::tr("--seed needs a non-negative whole number, not \"%1\".").arg(parser.value(seedOption)));

    if (!parser.isSet(fromOption))
        return fail(BadArguments, GenerateCli::tr("--from is required; see --help."));
    const std::optional<qint64> from = parseTime(parser.value(fromOption));
    if (!from)
        return fail(BadArguments,
                    GenerateCli::tr("--from: \"%1\" is neither an ISO 8601 date/time nor epoch seconds.")
                        .arg(parser.value(fromOption)));
    config.from = *from;
    if (parser.isSet(toOption)) {
        const std::optional<qint64> to = parseTime(parser.value(toOption));
        if (!to)
            return fail(BadArguments,
                        GenerateCli::tr("--to: \"%1\" is neither an ISO 8601 date/time nor epoch seconds.")
                            .arg(parser.value(toOption)));
        config.to = *to;
    } else {
        config.to = config.from + 86400;
    }
    if (config.to <= config.from)
        return fail(BadArguments, GenerateCli::tr("--to must be later than --from."));

    config.partitions = parser.value(partitionsOption).split(u',');
    for (qsizetype i = 0; i < config.partitions.size(); ++i) {
        const QString& name = config.partitions.at(i);
        if (!qw::SourceSpec::isValidPartitionName(name))
            return fail(
                BadArguments,
                GenerateCli::tr("\"%1\" is not a valid partition name: use 1 to 20 letters, digits, '_' or '.'.")
                    .arg(name));
        if (config.partitions.indexOf(name) != i)
            return fail(BadArguments, GenerateCli::tr("Partition \"%1\" is named twice.").arg(name));
    }

    config.queues = parser.value(queuesOption).split(u',');
    if (config.queues.size() > 64)
        return fail(BadArguments, GenerateCli::tr("At most 64 queues, not %1.").arg(config.queues.size()));
    for (qsizetype i = 0; i < config.queues.size(); ++i) {
        const QString& name = config.queues.at(i);
        if (name.isEmpty() || name.contains(u'|') || name.contains(u'\n') || name == u"NONE"_s)
            return fail(BadArguments, GenerateCli::tr("\"%1\" is not a usable queue name.").arg(name));
        if (config.queues.indexOf(name) != i)
            return fail(BadArguments, GenerateCli::tr("Queue \"%1\" is named twice.").arg(name));
    }

    const std::optional<qint64> agents = parseCount(parser.value(agentsOption), 0, 10000);
    if (!agents)
        return fail(BadArguments,
                    GenerateCli::tr("--agents needs a whole number from 0 to 10000, not \"%1\".")
                        .arg(parser.value(agentsOption)));
    config.agentsPerPartition = int(*agents);
    const std::optional<qint64> calls = parseCount(parser.value(callsOption), 0, 10'000'000);
    if (!calls)
        return fail(BadArguments,
                    GenerateCli::tr("--calls-per-day needs a whole number from 0 to 10000000, not \"%1\".")
                        .arg(parser.value(callsOption)));
    config.callsPerDayPerPartition = int(*calls);
    bool rateOk = false;
    config.restartsPerDay = parser.value(restartsOption).toDouble(&rateOk);
    if (!rateOk || config.restartsPerDay < 0 || config.restartsPerDay > 1000)
        return fail(BadArguments,
                    GenerateCli::tr("--restarts-per-day needs a number from 0 to 1000, not \"%1\".")
                        .arg(parser.value(restartsOption)));
    bool occupancyOk = false;
    config.peakOccupancy = parser.value(occupancyOption).toDouble(&occupancyOk);
    if (!occupancyOk || !(config.peakOccupancy >= 0.05 && config.peakOccupancy <= 0.95))
        return fail(BadArguments,
                    GenerateCli::tr("--occupancy needs a number from 0.05 to 0.95, not \"%1\".")
                        .arg(parser.value(occupancyOption)));
    config.systemNamePrefix = parser.isSet(systemNameOption);

    const bool toFiles = parser.isSet(outputOption) && !parser.value(outputOption).isEmpty();
    if (!toFiles && !parser.isSet(dbOption))
        return fail(BadArguments, GenerateCli::tr("Say where to write: --output-dir DIR and/or --db URL; see --help."));
    std::optional<qw::DatabaseUrl> url;
    if (parser.isSet(dbOption)) {
        const auto parsed = qw::DatabaseUrl::parse(parser.value(dbOption));
        if (const auto* error = std::get_if<QString>(&parsed))
            return fail(BadArguments, *error);
        url = std::get<qw::DatabaseUrl>(parsed);
    }

    std::vector<std::unique_ptr<qw::QueueLogFileWriter>> files;
    const QDir dir(toFiles ? parser.value(outputOption) : QString());
    if (toFiles) {
        if (!QDir().mkpath(dir.path()))
            return fail(WriteFailed,
                        GenerateCli::tr("Cannot create the directory %1.").arg(QDir::toNativeSeparators(dir.path())));
        for (const QString& partition : config.partitions) {
            files.push_back(std::make_unique<qw::QueueLogFileWriter>(dir.filePath(partition + u".queue_log"_s)));
            if (!files.back()->open())
                return fail(WriteFailed, files.back()->errorString());
        }
    }
    std::unique_ptr<qw::DatabaseConnection> connection;
    std::unique_ptr<qw::QueueLogTableWriter> table;
    if (url) {
        connection = std::make_unique<qw::DatabaseConnection>(*url);
        QString error;
        if (!connection->open())
            return fail(WriteFailed, connection->errorString());
        if (!qw::Schema::create(*connection, &error))
            return fail(WriteFailed, error);
        table = std::make_unique<qw::QueueLogTableWriter>(*connection);
    }

    qw::CallCentreGenerator generator(config);
    qw::QueueLogEvent event;
    qw::EventBatch pending;
    std::vector<qint64> rows(std::size_t(config.partitions.size()), 0);
    const auto flushTable = [&] {
        const bool ok = !table || table->append(pending);
        pending.clear();
        return ok;
    };
    while (generator.next(event)) {
        const std::size_t partition = std::size_t(generator.lastPartitionIndex());
        ++rows[partition];
        if (toFiles && !files[partition]->append(event))
            return fail(WriteFailed, files[partition]->errorString());
        if (table) {
            pending.append(event);
            if (pending.size() >= RowsPerTransaction && !flushTable())
                return fail(WriteFailed, table->errorString());
        }
    }
    if (!flushTable())
        return fail(WriteFailed, table->errorString());
    for (const auto& file : files) {
        if (!file->close())
            return fail(WriteFailed, file->errorString());
    }

    QStringList counts;
    qint64 total = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        counts << GenerateCli::tr("%1 %2 rows").arg(config.partitions.at(qsizetype(i))).arg(rows[i]);
        total += rows[i];
    }
    QStringList targets;
    if (toFiles)
        targets << QDir::toNativeSeparators(dir.path());
    if (url)
        targets << url->toDisplayString();
    QTextStream(stderr) << "queuewatch-generate: "
                        << GenerateCli::tr("wrote %1 rows (%2) into %3")
                               .arg(total)
                               .arg(counts.join(u", "_s), targets.join(GenerateCli::tr(" and ")))
                        << '\n';
    return Success;
}
