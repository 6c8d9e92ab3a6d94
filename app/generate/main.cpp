// queuewatch-generate: writes a simulated multi-server call centre as queue_log files, one per
// partition, for demos, tests and load trials.
#include "generation/callcentregenerator.h"
#include "sources/sourcespec.h"

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

constexpr qsizetype FlushThreshold = 1 << 20;

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

std::optional<qint64> parseCount(const QString& text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// One output file, written in large blocks; every write result is checked, so a full disk is
// an error and never a silently short file.
struct Output
{
    QFile file;
    QByteArray buffer;
    qint64 rows = 0;

    bool flush()
    {
        if (buffer.isEmpty())
            return true;
        const qint64 written = file.write(buffer);
        const bool complete = written == buffer.size();
        buffer.clear();
        return complete;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"queuewatch-generate"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        GenerateCli::tr("Writes a simulated Asterisk call-centre cluster as queue_log files, "
                        "one per partition. The same arguments always give the same files."));
    parser.addHelpOption();
    parser.addVersionOption();
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
    const QCommandLineOption systemNameOption(
        u"system-name"_s,
        GenerateCli::tr(
            "Write call ids with a system name prefix (pbx-a-1795495865.0), as with Asterisk's systemname."));
    const QCommandLineOption outputOption(
        u"output-dir"_s, GenerateCli::tr("Directory for the files DIR/<partition>.queue_log (created if missing)."),
        GenerateCli::tr("dir"));
    parser.addOptions({seedOption, fromOption, toOption, partitionsOption, queuesOption, agentsOption, callsOption,
                       restartsOption, systemNameOption, outputOption});
    // parse() first: process() would end an unknown option with status 1, not 2. Once parsing
    // succeeds, process() only answers --help, --help-all and --version.
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(BadArguments, parser.errorText());
    parser.process(QCoreApplication::arguments());

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
    config.systemNamePrefix = parser.isSet(systemNameOption);

    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return fail(BadArguments, GenerateCli::tr("--output-dir is required; see --help."));
    const QDir dir(parser.value(outputOption));
    if (!QDir().mkpath(dir.path()))
        return fail(WriteFailed,
                    GenerateCli::tr("Cannot create the directory %1.").arg(QDir::toNativeSeparators(dir.path())));

    std::vector<std::unique_ptr<Output>> outputs;
    for (const QString& partition : config.partitions) {
        auto output = std::make_unique<Output>();
        output->file.setFileName(dir.filePath(partition + u".queue_log"_s));
        if (!output->file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(WriteFailed,
                        GenerateCli::tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(output->file.fileName()), output->file.errorString()));
        outputs.push_back(std::move(output));
    }

    qw::CallCentreGenerator generator(config);
    qw::QueueLogEvent event;
    while (generator.next(event)) {
        Output& output = *outputs[std::size_t(generator.lastPartitionIndex())];
        output.buffer += event.toLine().toUtf8();
        output.buffer += '\n';
        ++output.rows;
        if (output.buffer.size() >= FlushThreshold && !output.flush())
            return fail(WriteFailed,
                        GenerateCli::tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(output.file.fileName()), output.file.errorString()));
    }

    QStringList counts;
    qint64 total = 0;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        Output& output = *outputs[i];
        // QFile buffers too: its flush is where a full disk shows up last.
        if (!output.flush() || !output.file.flush() || output.file.error() != QFileDevice::NoError)
            return fail(WriteFailed,
                        GenerateCli::tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(output.file.fileName()), output.file.errorString()));
        output.file.close();
        if (output.file.error() != QFileDevice::NoError)
            return fail(WriteFailed,
                        GenerateCli::tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(output.file.fileName()), output.file.errorString()));
        counts << GenerateCli::tr("%1 %2 rows").arg(config.partitions.at(qsizetype(i))).arg(output.rows);
        total += output.rows;
    }
    QTextStream(stderr) << "queuewatch-generate: "
                        << GenerateCli::tr("wrote %1 rows (%2) into %3")
                               .arg(total)
                               .arg(counts.join(u", "_s), QDir::toNativeSeparators(dir.path()))
                        << '\n';
    return Success;
}
