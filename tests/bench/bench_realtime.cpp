// Benchmark of Asterisk realtime queue_log tables read directly: does memory stay flat as the
// table grows?
//
//   bench_realtime [--rows N]   (default 1,000,000; a table a tenth that size is read too)
//
// Starts a throwaway MariaDB, fills two realtime tables (DATETIME(6) time, data1..data5, an id)
// with the same call pattern, N/10 and N rows, and runs queuewatch-report over the whole of
// each, printing its time, rows per second and peak memory. Flat memory: the big table's peak
// is about the small one's. Also times the wizard's names of the month on each table (one
// DISTINCT query), in this process.
#include "benchprocess.h"
#include "database/databaseconnection.h"
#include "sources/realtimebinding.h"
#include "support/fixtures.h"
#include "support/testmariadb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// `calls` calls, one every 2 s from 2026-11-02 00:00 (server time), each three rows in time order:
// ENTERQUEUE, CONNECT after a wait of 0-29 s, COMPLETECALLER after a talk of 30-209 s.
QString fillSql(const QString& table, qint64 calls)
{
    return uR"(DROP TABLE IF EXISTS %1;
CREATE TABLE %1 (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, time DATETIME(6) NULL,
  callid VARCHAR(80) NOT NULL DEFAULT '', queuename VARCHAR(40) NOT NULL DEFAULT '',
  agent VARCHAR(80) NOT NULL DEFAULT '', event VARCHAR(40) NOT NULL DEFAULT '',
  data1 VARCHAR(100) NOT NULL DEFAULT '', data2 VARCHAR(100) NOT NULL DEFAULT '',
  data3 VARCHAR(100) NOT NULL DEFAULT '', data4 VARCHAR(100) NOT NULL DEFAULT '',
  data5 VARCHAR(100) NOT NULL DEFAULT '');
INSERT INTO %1 (time, callid, queuename, agent, event, data1, data2, data3)
SELECT t, c, q, a, e, d1, d2, d3 FROM (
  SELECT TIMESTAMP'2026-11-02 00:00:00' + INTERVAL seq * 2 SECOND AS t, 0 AS o, CONCAT('c', seq) AS c,
         ELT(1 + seq % 3, 'sales', 'support', 'billing') AS q, 'NONE' AS a, 'ENTERQUEUE' AS e, '' AS d1,
         CONCAT('06', seq) AS d2, '1' AS d3 FROM seq_1_to_%2
  UNION ALL
  SELECT TIMESTAMP'2026-11-02 00:00:00' + INTERVAL (seq * 2 + seq % 30) SECOND, 1, CONCAT('c', seq),
         ELT(1 + seq % 3, 'sales', 'support', 'billing'), CONCAT('Agent/', 100 + seq % 40), 'CONNECT',
         seq % 30, CONCAT(seq, '.1'), '2' FROM seq_1_to_%2
  UNION ALL
  SELECT TIMESTAMP'2026-11-02 00:00:00' + INTERVAL (seq * 2 + seq % 30 + 30 + seq % 180) SECOND, 2,
         CONCAT('c', seq), ELT(1 + seq % 3, 'sales', 'support', 'billing'), CONCAT('Agent/', 100 + seq % 40),
         'COMPLETECALLER', seq % 30, 30 + seq % 180, '1' FROM seq_1_to_%2
) AS generated ORDER BY t, o;
)"_s.arg(table)
        .arg(calls);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Rows of the big table (the small one has a tenth)."_s, u"N"_s, u"1000000"_s});
    parser.process(app);
    const qint64 rows = std::max<qint64>(3000, parser.value(u"rows"_s).toLongLong());

    qw::test::TestMariaDb server;
    if (!server.start()) {
        out() << "cannot start MariaDB: " << server.errorString() << Qt::endl;
        return 1;
    }
    out() << "Asterisk realtime table read by queuewatch-report (DATETIME(6), data1..5, id), whole table\n";
    out() << "  rows        seconds   rows/s      peak memory\n";
    for (const qint64 size : {rows / 10, rows}) {
        const QString table = u"rt_%1"_s.arg(size);
        if (!server.execute(fillSql(table, size / 3))) {
            out() << "cannot fill the table: " << server.errorString() << Qt::endl;
            return 1;
        }
        const QString url = u"B=mysql://root@127.0.0.1:%1/%2?table=%3&tz=UTC"_s.arg(server.port())
                                .arg(QLatin1StringView(qw::test::TestMariaDb::DatabaseName), table);
        const qw::bench::ProcessCost cost = qw::bench::bestOf(
            {{qw::test::binaryPath(u"queuewatch-report"_s),
              {u"--source"_s, u"sql:B"_s, u"--partition"_s, url, u"--tz"_s, u"UTC"_s, u"--from"_s, u"2026-11-01"_s,
               u"--to"_s, u"2026-12-01"_s, u"--now"_s, u"2026-12-01T00:00:00Z"_s, u"--output"_s, u"/dev/null"_s}}},
            false, 1);
        if (!cost.ok) {
            out() << "queuewatch-report failed on " << table << Qt::endl;
            return 1;
        }
        // The wizard's queue and agent lists for the same month.
        const auto parsed = qw::RealtimeTable::parse(url.sliced(2));
        if (!std::holds_alternative<qw::RealtimeTable>(parsed)) {
            out() << "bad table URL: " << std::get<QString>(parsed) << Qt::endl;
            return 1;
        }
        qw::RealtimeTableBinding binding(std::get<qw::RealtimeTable>(parsed), u"B"_s, QTimeZone::utc());
        qw::DatabaseConnection connection(std::get<qw::RealtimeTable>(parsed).url);
        QElapsedTimer clock;
        clock.start();
        const auto names = binding.namesIn(1793491200, 1796083200, &connection); // November 2026, UTC
        const double namesSeconds = double(clock.nsecsElapsed()) / 1e9;
        if (!std::holds_alternative<qw::PartitionNames>(names)) {
            out() << "names failed: " << std::get<QString>(names) << Qt::endl;
            return 1;
        }
        out() << u"  %1 %2 %3 %4 MB   names: %5 s (%6 queues, %7 agents)\n"_s.arg(size / 3 * 3, -11)
                     .arg(cost.seconds, -9, 'f', 2)
                     .arg(double(size / 3 * 3) / cost.seconds, -11, 'f', 0)
                     .arg(double(cost.peakKb) / 1024.0, 0, 'f', 1)
                     .arg(namesSeconds, 0, 'f', 2)
                     .arg(std::get<qw::PartitionNames>(names).queues.size())
                     .arg(std::get<qw::PartitionNames>(names).agents.size());
        out().flush();
    }
    return 0;
}
