// Benchmark of the analysis engine and of a whole report against the mariadb client.
//
//   bench_engine [--rows N] [--engine-only]   (default 10,000,000 rows, split over A, B and C)
//
// Starts a throwaway MariaDB and loads N generated rows. Then prints:
//   1. the engine alone: events/s of ReportBuilder on events already in memory (one core);
//   2. end to end: queuewatch-report --db over the whole period, its time and peak memory;
//   3. three `mariadb --quick` clients fetching the same rows in parallel, and the ratio.
#include "benchdata.h"
#include "benchprocess.h"
#include "pipeline/eventrewriter.h"
#include "reports/reportbuilder.h"
#include "support/testmariadb.h"

#include <chrono>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double seconds(std::chrono::steady_clock::duration duration)
{
    return std::chrono::duration<double>(duration).count();
}

// Replays the generated cluster (the same rows that were loaded) through the report builder in
// chunks, timing only the builder. Returns events applied and seconds spent in the builder.
std::pair<qint64, double> engineAlone(const qw::GeneratorConfig& config, qint64 rowsPerPartition,
                                      const qw::ReportOptions& options, const qw::SourceSpec& spec)
{
    constexpr qsizetype Chunk = 500000;
    qw::CallCentreGenerator generator(config);
    std::vector<qw::EventRewriter> rewriters;
    for (qsizetype i = 0; i < spec.partitions().size(); ++i)
        rewriters.emplace_back(spec, int(i));
    std::vector<qint64> written(rewriters.size(), 0);
    qw::ReportBuilder builder(spec, options);
    qw::ClusterEventBatch chunk;
    chunk.reserve(Chunk);
    qint64 applied = 0;
    std::chrono::steady_clock::duration spent {};
    qw::QueueLogEvent event;
    bool more = true;
    while (more) {
        chunk.clear();
        const auto allWritten = [&] {
            return std::all_of(written.cbegin(), written.cend(), [&](qint64 n) { return n >= rowsPerPartition; });
        };
        while (chunk.size() < Chunk && !allWritten() && (more = generator.next(event))) {
            const std::size_t partition = std::size_t(generator.lastPartitionIndex());
            if (written[partition]++ >= rowsPerPartition || event.time >= qw::ReportBuilder::readTo(options))
                continue;
            qw::ClusterEvent rewritten;
            if (rewriters[partition].rewrite(std::move(event), rewritten))
                chunk.append(std::move(rewritten));
        }
        const auto start = std::chrono::steady_clock::now();
        for (const qw::ClusterEvent& e : chunk)
            builder.apply(e);
        spent += std::chrono::steady_clock::now() - start;
        applied += chunk.size();
        if (allWritten())
            break;
    }
    const auto start = std::chrono::steady_clock::now();
    const qw::Report report = builder.finish();
    spent += std::chrono::steady_clock::now() - start;
    out() << u"  (report: %1 calls offered, %2 agents)\n"_s.arg(report.totals.offered).arg(report.agents.size());
    return {applied, seconds(spent)};
}

qw::bench::Command cliFetch(const qw::test::TestMariaDb& server, const QString& partition, qint64 from, qint64 to)
{
    QStringList arguments = server.clientArguments();
    arguments.insert(1, u"--quick"_s); // after --no-defaults, which must come first
    arguments << u"-N"_s << u"-B"_s << u"-e"_s
              << u"SELECT time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5, unique_row_count "
                 "FROM queue_log WHERE `partition` = '%1' AND time_id >= %2 AND time_id < %3 "
                 "ORDER BY time_id, unique_row_count"_s.arg(partition)
                     .arg(from)
                     .arg(to);
    return {qw::test::TestMariaDb::findProgram(u"mariadb"_s), arguments};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows in all, split over A, B, C."_s, u"N"_s, u"10000000"_s);
    const QCommandLineOption engineOnlyOption(u"engine-only"_s, u"Measure the engine alone, without a database."_s);
    const QCommandLineOption holdOption(
        u"hold"_s, u"After loading, print the report's command and wait SECONDS (to profile it by hand)."_s,
        u"SECONDS"_s);
    parser.addOptions({rowsOption, engineOnlyOption, holdOption});
    parser.process(app);

    const qw::GeneratorConfig config = qw::bench::benchmarkCluster();
    const qint64 rowsPerPartition = parser.value(rowsOption).toLongLong() / config.partitions.size();
    const qw::SourceSpec spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"cluster:A|B|C"_s));
    if (parser.isSet(engineOnlyOption)) {
        qw::ReportOptions options;
        options.from = config.from;
        options.to = config.to;
        const auto [events, engineSeconds] = engineAlone(config, rowsPerPartition, options, spec);
        out() << u"Engine alone: %1 events in %2 s = %3 M events/s\n"_s.arg(events)
                     .arg(engineSeconds, 0, 'f', 3)
                     .arg(double(events) / engineSeconds / 1e6, 0, 'f', 2);
        return 0;
    }
    qw::test::TestMariaDb server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot start MariaDB: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    out() << "Loading " << rowsPerPartition * config.partitions.size() << " generated rows (" << rowsPerPartition
          << " in each of A, B, C)...\n";
    out().flush();
    const auto loaded = qw::bench::loadGeneratedRows(server, config, rowsPerPartition, dir.filePath(u"rows.tsv"_s));
    if (!loaded.ok) {
        std::fprintf(stderr, "loading failed: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    server.execute(u"ANALYZE TABLE queue_log;"_s);

    // The whole period, ending 4 h before the first partition runs out so every stint ends.
    qw::ReportOptions options;
    options.from = config.from;
    options.to = *std::min_element(loaded.lastTime.cbegin(), loaded.lastTime.cend()) - qw::CallTracker::Horizon;
    out() << u"Report period: %1 days\n"_s.arg(double(options.to - options.from) / 86400.0, 0, 'f', 1);

    out() << "\nEngine alone (events in memory, one thread):\n";
    const auto [events, engineSeconds] = engineAlone(config, rowsPerPartition, options, spec);
    out() << u"  %1 events in %2 s = %3 M events/s\n"_s.arg(events)
                 .arg(engineSeconds, 0, 'f', 3)
                 .arg(double(events) / engineSeconds / 1e6, 0, 'f', 2);
    out().flush();

    const qint64 readFrom = qw::ReportBuilder::readFrom(options);
    const qint64 readTo = qw::ReportBuilder::readTo(options);
    out() << "\nEnd to end: queuewatch-report --db ... --source cluster:A|B|C over the period:\n";
    const qw::bench::Command report {QStringLiteral(QUEUEWATCH_REPORT_BINARY),
                                     {u"--db"_s, server.url().toDisplayString(), u"--source"_s, spec.toString(),
                                      u"--from"_s, QString::number(options.from), u"--to"_s,
                                      QString::number(options.to), u"--tz"_s, u"UTC"_s}};
    double serverBefore = server.serverCpuSeconds();
    if (parser.isSet(holdOption)) {
        out() << "  " << report.program << ' ' << report.arguments.join(u' ') << '\n';
        out().flush();
        QThread::sleep(parser.value(holdOption).toULong());
    }
    const auto reportCost = qw::bench::bestOf({report}, false);
    const double reportServerCpu = (server.serverCpuSeconds() - serverBefore) / 3;
    if (!reportCost.ok) {
        std::fprintf(stderr, "the report failed\n");
        return 1;
    }
    out() << u"  %1 s, peak memory %2 MB, CPU %3 s (best of 3); the server's CPU %4 s a run\n"_s
                 .arg(reportCost.seconds, 0, 'f', 2)
                 .arg(double(reportCost.peakKb) / 1024.0, 0, 'f', 1)
                 .arg(reportCost.cpuSeconds, 0, 'f', 2)
                 .arg(reportServerCpu, 0, 'f', 2);
    out().flush();

    out() << "\nThe same rows fetched by three `mariadb --quick -N -B` in parallel:\n";
    serverBefore = server.serverCpuSeconds();
    const auto cli
        = qw::bench::bestOf({cliFetch(server, u"A"_s, readFrom, readTo), cliFetch(server, u"B"_s, readFrom, readTo),
                             cliFetch(server, u"C"_s, readFrom, readTo)},
                            false);
    const double cliSeconds = cli.seconds;
    out() << u"  %1 s (largest client peak %2 MB, clients' CPU %3 s, best of 3); the server's CPU %4 s a run\n"_s
                 .arg(cliSeconds, 0, 'f', 2)
                 .arg(double(cli.peakKb) / 1024.0, 0, 'f', 1)
                 .arg(cli.cpuSeconds, 0, 'f', 2)
                 .arg((server.serverCpuSeconds() - serverBefore) / 3, 0, 'f', 2);
    out() << u"\nEnd-to-end report / CLI fetch: %1\n"_s.arg(reportCost.seconds / cliSeconds, 0, 'f', 2);
    return 0;
}
