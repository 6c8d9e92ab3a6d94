// queuewatch-loader: copies a server's queue_log into its partition of the queue_log table,
// every line once, and keeps following it (or stops once loaded, with --once).
#include "loader/queuelogloader.h"
#include "program/program.h"

#include <atomic>
#include <csignal>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

class LoaderCli
{
    Q_DECLARE_TR_FUNCTIONS(LoaderCli)
};

std::atomic<bool> stopRequested {false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void requestStop(int)
{
    stopRequested = true;
}

void logLine(const QString& message)
{
    // One line per message with a timestamp, on standard error (journald keeps it).
    QTextStream(stderr) << QDateTime::currentDateTime().toString(Qt::ISODateWithMs) << ' ' << message << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qw::setUpProgram(app, u"queuewatch-loader"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        LoaderCli::tr("Uploads an Asterisk queue_log into its partition of the queue_log table, every line once, "
                      "and keeps following it through log rotation. The password comes from QUEUEWATCH_DB_PASSWORD.\n"
                      "Outages are retried. A line the table refuses for good (a constraint, a value its column does "
                      "not take) is set aside in the rejected-lines file: a comment line (# line N of FILE, when, the "
                      "server's reason), then the line as it was.\n"
                      "Exit status: 0 done (or stopped by a signal), 1 the file cannot be read (with --once) or the "
                      "partition name is wrong, 2 bad arguments, 3 the database refuses the loader for good (a "
                      "missing grant, a read-only server, a missing table or column: the message says which), 4 the "
                      "rejected-lines file cannot be written."));
    qw::addCommonOptions(parser);
    parser.addOptions({
        {u"db"_s, LoaderCli::tr("Database: mysql://user@host:port/database or sqlite:PATH."), LoaderCli::tr("url")},
        {u"partition"_s, LoaderCli::tr("The partition (server name) the lines belong to, 1 to 20 characters."),
         LoaderCli::tr("name")},
        {u"once"_s, LoaderCli::tr("Upload what the file holds now, then exit.")},
        {u"rejected"_s,
         LoaderCli::tr("Where lines the database refuses are set aside (default: the queue_log file's path with "
                       ".rejected added)."),
         LoaderCli::tr("file")},
        {u"poll-interval"_s, LoaderCli::tr("Milliseconds between looks at the file (default 1000)."),
         LoaderCli::tr("ms"), u"1000"_s},
        {u"memory-limit"_s, LoaderCli::tr("MB of lines to hold while the database is away (default 64)."),
         LoaderCli::tr("MB"), u"64"_s},
    });
    parser.addPositionalArgument(u"file"_s, LoaderCli::tr("The queue_log file to upload."));
    if (const auto done = qw::readCommandLine(parser, u"queuewatch-loader"_s))
        return *done;

    const auto fail = [](const QString& message) {
        logLine(message);
        return 2;
    };
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(LoaderCli::tr("Give exactly one queue_log file (see --help)."));
    if (!parser.isSet(u"db"_s) || !parser.isSet(u"partition"_s))
        return fail(LoaderCli::tr("--db and --partition are required (see --help)."));
    const auto url = qw::DatabaseUrl::parse(parser.value(u"db"_s));
    if (const auto* error = std::get_if<QString>(&url))
        return fail(*error);

    qw::LoaderSettings settings;
    settings.database = std::get<qw::DatabaseUrl>(url);
    settings.partition = parser.value(u"partition"_s);
    settings.path = files.first();
    settings.once = parser.isSet(u"once"_s);
    settings.rejectedPath = parser.value(u"rejected"_s);
    bool ok = false;
    settings.pollIntervalMs = parser.value(u"poll-interval"_s).toInt(&ok);
    if (!ok || settings.pollIntervalMs < 10 || settings.pollIntervalMs > 600000)
        return fail(LoaderCli::tr("--poll-interval takes 10 to 600000 milliseconds."));
    const int memoryMb = parser.value(u"memory-limit"_s).toInt(&ok);
    if (!ok || memoryMb < 1 || memoryMb > 16384)
        return fail(LoaderCli::tr("--memory-limit takes 1 to 16384 MB."));
    settings.memoryLimitBytes = qsizetype(memoryMb) * 1024 * 1024;

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    qw::QueueLogLoader loader(settings, logLine);
    return loader.run(stopRequested);
}
