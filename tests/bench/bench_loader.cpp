// Benchmark of queuewatch-loader on a backlog (target: at least 0.7x the speed of LOAD DATA LOCAL
// INFILE of the same file, in the same run), and the loader's peak memory.
//
//   bench_loader [--lines N]   (default 5,000,000)
//
// A throwaway MariaDB is started; a generated queue_log of about N lines is uploaded by the
// loader (--once) into a fresh table, then loaded by the mariadb client's LOAD DATA LOCAL INFILE
// into another fresh table of the same shape. Both tables are checked to hold every line.
#include "benchprocess.h"
#include "support/fixtures.h"
#include "support/testmariadb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 countRows(qw::test::TestMariaDb& server, const QString& table)
{
    QProcess client;
    client.start(qw::test::TestMariaDb::findProgram(u"mariadb"_s),
                 server.clientArguments() + QStringList {u"-N"_s, u"-e"_s, u"SELECT COUNT(*) FROM "_s + table});
    client.waitForFinished(600000);
    return client.readAllStandardOutput().trimmed().toLongLong();
}

qint64 countLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd())
        lines += file.read(1 << 20).count('\n');
    return lines;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linesOption(u"lines"_s, u"About how many lines the backlog has."_s, u"N"_s, u"5000000"_s);
    parser.addOption(linesOption);
    parser.process(app);
    const qint64 wanted = std::max<qint64>(10000, parser.value(linesOption).toLongLong());

    qw::test::TestMariaDb server;
    if (!server.start()) {
        out() << "cannot start MariaDB: " << server.errorString() << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    // About 3.2 lines a call, with agent and pause events, over a month.
    const qint64 callsPerDay = std::max<qint64>(20, wanted * 10 / 31 / 32);
    QProcess generate;
    generate.start(qw::test::binaryPath(u"queuewatch-generate"_s),
                   {u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-01"_s, u"--partitions"_s, u"L"_s,
                    u"--calls-per-day"_s, QString::number(callsPerDay), u"--agents"_s, u"60"_s, u"--output-dir"_s,
                    dir.path()});
    if (!generate.waitForFinished(1800000) || generate.exitCode() != 0) {
        out() << "queuewatch-generate failed" << Qt::endl;
        return 1;
    }
    const QString file = dir.filePath(u"L.queue_log"_s);
    const qint64 lines = countLines(file);
    out() << u"Backlog: %L1 lines, %2 MB\n"_s.arg(lines).arg(QFile(file).size() / 1048576.0, 0, 'f', 0);

    if (!server.execute(u"CREATE DATABASE bench_loader; CREATE DATABASE bench_load_data;"_s))
        return 1;
    const QString base = u"mysql://root@127.0.0.1:%1/"_s.arg(server.port());
    const auto loader = qw::bench::runConcurrently(
        {{qw::test::binaryPath(u"queuewatch-loader"_s),
          {u"--db"_s, base + u"bench_loader"_s, u"--partition"_s, u"L"_s, u"--once"_s, file}}},
        false)[0];
    const qint64 loaded = countRows(server, u"bench_loader.queue_log"_s);

    if (!server.execute(u"CREATE TABLE bench_load_data.queue_log LIKE bench_loader.queue_log;"_s))
        return 1;
    const QString loadData = u"LOAD DATA LOCAL INFILE '%1' INTO TABLE bench_load_data.queue_log FIELDS TERMINATED BY "
                             u"'|' (time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5) "
                             u"SET `partition` = 'L'"_s.arg(file);
    const auto client = qw::bench::runConcurrently(
        {{qw::test::TestMariaDb::findProgram(u"mariadb"_s),
          server.clientArguments() + QStringList {u"--local-infile=1"_s, u"-e"_s, loadData}}},
        false)[0];
    const qint64 loadedByClient = countRows(server, u"bench_load_data.queue_log"_s);

    const double loaderRate = double(loaded) / loader.seconds;
    const double clientRate = double(loadedByClient) / client.seconds;
    out() << u"  queuewatch-loader:      %1 s (CPU %5 s), %L2 lines/s, %3 rows stored, peak memory %4 MB\n"_s
                 .arg(loader.seconds, 0, 'f', 2)
                 .arg(qint64(loaderRate))
                 .arg(loaded)
                 .arg(double(loader.peakKb) / 1024.0, 0, 'f', 1)
                 .arg(loader.cpuSeconds, 0, 'f', 1);
    out() << u"  LOAD DATA LOCAL INFILE: %1 s, %L2 lines/s, %3 rows stored\n"_s.arg(client.seconds, 0, 'f', 2)
                 .arg(qint64(clientRate))
                 .arg(loadedByClient);
    out() << u"  loader / LOAD DATA: %1x (target >= 0.7)\n"_s.arg(loaderRate / clientRate, 0, 'f', 2);
    out().flush();
    return loaded == lines && loader.ok ? 0 : 1;
}
