// Benchmark of the partition reader against the mariadb command-line client.
//
//   bench_partitionreader [--rows-per-partition N]      (default 1,000,000)
//
// Starts a throwaway MariaDB, loads N generated rows into each of three partitions (A, B, C)
// with LOAD DATA, then measures in separate processes, so that each peak memory is its own:
//   1. the reader on one partition, and `mariadb --quick -N -B` fetching the same rows;
//   2. the reader on three partitions in parallel (one thread and connection each), and three
//      `mariadb --quick` clients in parallel.
// Prints rows/s (best of three runs each), the ratio to the CLI and peak memory.
#include "benchdata.h"
#include "benchprocess.h"
#include "database/databaseconnection.h"
#include "readers/partitionreader.h"
#include "support/testmariadb.h"

#include <atomic>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QStringList Partitions {u"A"_s, u"B"_s, u"C"_s};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

long ownPeakKb()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

// Child mode: read the partitions given, each in its own thread with its own connection,
// and print the number of rows read.
int readPartitions(const QString& urlText, const QStringList& partitions)
{
    const auto url = std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(urlText));
    std::atomic<qint64> rows {0};
    std::atomic<bool> failed {false};
    std::vector<std::unique_ptr<QThread>> threads;
    for (const QString& partition : partitions) {
        threads.emplace_back(QThread::create([&, partition] {
            qw::DatabaseConnection connection(url);
            qw::PartitionReader reader(connection, partition);
            qint64 mine = 0;
            const auto status
                = reader.readRange(0, qw::PartitionReader::EndOfTime, [&mine](const qw::EventBatch& batch) {
                      mine += batch.size();
                      return true;
                  });
            if (status != qw::ReadStatus::Finished) {
                std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
                failed = true;
            }
            rows += mine;
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        thread->wait();
    std::printf("%lld\n", static_cast<long long>(rows.load()));
    return failed ? 1 : 0;
}

qw::bench::Command cliFetch(const qw::test::TestMariaDb& server, const QString& partition)
{
    QStringList arguments = server.clientArguments();
    arguments.insert(1, u"--quick"_s); // after --no-defaults, which must come first
    arguments << u"-N"_s << u"-B"_s << u"-e"_s
              << u"SELECT time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5, unique_row_count "
                 "FROM queue_log WHERE `partition` = '%1' ORDER BY time_id, unique_row_count"_s.arg(partition);
    return {qw::test::TestMariaDb::findProgram(u"mariadb"_s), arguments};
}

void report(const QString& what, qint64 rows, const qw::bench::ProcessCost& cost)
{
    out() << u"  %1 %2 rows in %3 s = %4 rows/s, peak memory %5 MB\n"_s.arg(what, -34)
                 .arg(rows)
                 .arg(cost.seconds, 0, 'f', 3)
                 .arg(double(rows) / cost.seconds, 0, 'f', 0)
                 .arg(double(cost.peakKb) / 1024.0, 0, 'f', 1);
    out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows-per-partition"_s, u"Rows loaded into each of A, B, C."_s, u"N"_s,
                                        u"1000000"_s);
    const QCommandLineOption readOption(u"read"_s, u"(child) read partitions P1,P2 of URL"_s, u"URL"_s);
    const QCommandLineOption partitionsOption(u"partitions"_s, u"(child) partitions"_s, u"LIST"_s);
    parser.addOptions({rowsOption, readOption, partitionsOption});
    parser.process(app);

    if (parser.isSet(readOption))
        return readPartitions(parser.value(readOption), parser.value(partitionsOption).split(u','));

    const qint64 rowsPerPartition = parser.value(rowsOption).toLongLong();
    qw::test::TestMariaDb server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot start MariaDB: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    out() << "Loading " << rowsPerPartition << " generated rows into each of partitions A, B, C...\n";
    out().flush();
    const double loadStart = qw::bench::wallSeconds();
    if (!qw::bench::loadGeneratedRows(server, qw::bench::benchmarkCluster(), rowsPerPartition,
                                      dir.filePath(u"rows.tsv"_s))
             .ok) {
        std::fprintf(stderr, "loading failed: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    out() << u"  loaded in %1 s\n"_s.arg(qw::bench::wallSeconds() - loadStart, 0, 'f', 1);
    server.execute(u"ANALYZE TABLE queue_log;"_s);

    const QString self = QCoreApplication::applicationFilePath();
    const QString url = server.url().toDisplayString();
    const auto readerCommand = [&](const QStringList& partitions) {
        return qw::bench::Command {self, {u"--read"_s, url, u"--partitions"_s, partitions.join(u',')}};
    };
    // Warm the server's buffer pool so both sides read from memory.
    qw::bench::runConcurrently({cliFetch(server, u"A"_s), cliFetch(server, u"B"_s), cliFetch(server, u"C"_s)}, false);

    out() << "\nOne partition (" << rowsPerPartition << " rows):\n";
    const auto reader1 = qw::bench::bestOf({readerCommand({u"A"_s})}, true);
    const auto cli1 = qw::bench::bestOf({cliFetch(server, u"A"_s)}, false);
    if (!reader1.ok || !cli1.ok || reader1.output.trimmed().toLongLong() != rowsPerPartition) {
        std::fprintf(stderr, "a single-partition read failed (reader output: %s)\n", qPrintable(reader1.output));
        return 1;
    }
    report(u"PartitionReader"_s, rowsPerPartition, reader1);
    report(u"mariadb --quick -N -B"_s, rowsPerPartition, cli1);
    out() << u"  reader / CLI speed: %1\n"_s.arg(cli1.seconds / reader1.seconds, 0, 'f', 2);

    const qint64 allRows = rowsPerPartition * Partitions.size();
    out() << "\nThree partitions in parallel (" << allRows << " rows):\n";
    const auto reader3 = qw::bench::bestOf({readerCommand(Partitions)}, true);
    const auto cliAll
        = qw::bench::bestOf({cliFetch(server, u"A"_s), cliFetch(server, u"B"_s), cliFetch(server, u"C"_s)}, false);
    if (!reader3.ok || !cliAll.ok || reader3.output.trimmed().toLongLong() != allRows) {
        std::fprintf(stderr, "the parallel read failed (output: %s)\n", qPrintable(reader3.output));
        return 1;
    }
    report(u"PartitionReader, 3 threads"_s, allRows, reader3);
    report(u"3 x mariadb --quick (largest peak)"_s, allRows, cliAll);
    out() << u"  reader / CLI speed: %1\n"_s.arg(cliAll.seconds / reader3.seconds, 0, 'f', 2);
    out() << u"\nBenchmark process itself: peak %1 MB\n"_s.arg(double(ownPeakKb()) / 1024.0, 0, 'f', 1);
    return 0;
}
