// Benchmark of live polling: how long one poll takes to pick up 100 new rows when the
// queue_log table already holds 100,000 rows, and when it holds 10,000,000.
//
//   bench_livepoll [--large N]      (default 10,000,000; the small table has 100,000 rows)
//
// Each size gets its own throwaway MariaDB loaded with generated rows for partitions A, B and C.
// The poller runs in this thread with an injected clock; after three warm-up polls, 21 polls of
// 100 new rows each are timed and the median is printed, with the part spent reading rows. Polls read by key after a
// cursor, so the reading should not grow with the table (target: ratio <= 1.2). The rest of a
// poll (applying rows, the snapshot) follows the open calls and agents, not the table.
#include "benchdata.h"
#include "database/databaseconnection.h"
#include "live/livepoller.h"
#include "readers/partitioncursor.h"
#include "support/testmariadb.h"
#include "writers/queuelogtablewriter.h"

#include <algorithm>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Median milliseconds of the polls that each find 100 new rows; nullopt on failure.
struct PollTimes
{
    double pollMs = 0;
    double readMs = 0;
};

std::optional<PollTimes> medianPollMs(qint64 rowsPerPartition)
{
    const qw::GeneratorConfig config = qw::bench::benchmarkCluster();
    qw::test::TestMariaDb server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot start MariaDB: %s\n", qPrintable(server.errorString()));
        return std::nullopt;
    }
    QTemporaryDir dir;
    const auto loaded = qw::bench::loadGeneratedRows(server, config, rowsPerPartition, dir.filePath(u"rows.tsv"_s));
    if (!loaded.ok)
        return std::nullopt;
    server.execute(u"ANALYZE TABLE queue_log;"_s);
    // The new rows start well after the generated ones, so the five minutes each poll re-reads
    // for late rows hold the same rows whatever the size of the table or the hour it ends at.
    qint64 newest = *std::max_element(loaded.lastTime.cbegin(), loaded.lastTime.cend())
        + qw::PartitionCursor::DefaultLateRowWindow + 700;

    qint64 now = newest + 1;
    qw::LiveSettings settings;
    settings.spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"cluster:A|B|C"_s));
    settings.bindings.database = server.url();
    settings.window.zone = QTimeZone::utc();
    settings.pollIntervalMs = 3600 * 1000;
    qw::LivePoller poller(settings, [&now] { return now; });
    qint64 lastReadUs = 0;
    qint64 lastEvents = 0;
    QObject::connect(&poller, &qw::LivePoller::updated, [&](const qw::LiveUpdate& update) {
        lastReadUs = update.readMicroseconds;
        lastEvents = update.eventsThisPoll;
    });
    QElapsedTimer first;
    first.start();
    poller.start(); // the first poll reads the whole window
    out() << u"  first poll (the window since midnight: %1 events) %2 ms\n"_s.arg(lastEvents).arg(first.elapsed());

    qw::DatabaseConnection connection(server.url());
    if (!connection.open())
        return std::nullopt;
    qw::QueueLogTableWriter writer(connection);
    std::vector<double> times;
    std::vector<double> readTimes;
    constexpr int WarmUp = 3;
    constexpr int Timed = 21;
    for (int poll = 0; poll < WarmUp + Timed; ++poll) {
        qw::EventBatch rows;
        for (int i = 0; i < 100; ++i) {
            qw::QueueLogEvent e;
            e.partition = config.partitions.at(i % 3);
            e.time = ++newest;
            e.callId = u"bench-%1-%2"_s.arg(poll).arg(i);
            e.queue = u"support"_s;
            e.agent = u"NONE"_s;
            e.verb = u"ENTERQUEUE"_s;
            e.data[1] = u"5550100"_s;
            e.data[2] = u"1"_s;
            rows.append(e);
        }
        if (!writer.append(rows))
            return std::nullopt;
        now = newest + 1;
        QElapsedTimer timer;
        timer.start();
        poller.pollNow();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (lastEvents != 100) {
            std::fprintf(stderr, "a poll found %lld rows, not 100\n", static_cast<long long>(lastEvents));
            return std::nullopt;
        }
        if (poll < WarmUp)
            continue; // the server may still be busy after the bulk load
        times.push_back(ms);
        readTimes.push_back(double(lastReadUs) / 1000.0);
    }
    std::sort(times.begin(), times.end());
    std::sort(readTimes.begin(), readTimes.end());
    return PollTimes {times[times.size() / 2], readTimes[readTimes.size() / 2]};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption largeOption(u"large"_s, u"Rows in the large table."_s, u"N"_s, u"10000000"_s);
    const QCommandLineOption smallOption(u"small"_s, u"Rows in the small table."_s, u"N"_s, u"100000"_s);
    parser.addOptions({largeOption, smallOption});
    parser.process(app);

    const qint64 small = parser.value(smallOption).toLongLong();
    const qint64 large = parser.value(largeOption).toLongLong();
    out() << "Table of " << small << " rows:\n";
    out().flush();
    const auto smallTimes = medianPollMs(small / 3);
    if (!smallTimes)
        return 1;
    out() << u"  poll of 100 new rows: %1 ms, of which reading %2 ms (medians of 21)\n"_s
                 .arg(smallTimes->pollMs, 0, 'f', 2)
                 .arg(smallTimes->readMs, 0, 'f', 2);
    out() << "Table of " << large << " rows:\n";
    out().flush();
    const auto largeTimes = medianPollMs(large / 3);
    if (!largeTimes)
        return 1;
    out() << u"  poll of 100 new rows: %1 ms, of which reading %2 ms (medians of 21)\n"_s
                 .arg(largeTimes->pollMs, 0, 'f', 2)
                 .arg(largeTimes->readMs, 0, 'f', 2);
    out() << u"Ratio large / small: whole poll %1, reading %2\n"_s
                 .arg(largeTimes->pollMs / smallTimes->pollMs, 0, 'f', 2)
                 .arg(largeTimes->readMs / smallTimes->readMs, 0, 'f', 2);
    return 0;
}
