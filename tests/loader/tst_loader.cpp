// queuewatch-loader against a real MariaDB: every scenario ends with the partition compared with
// the file(s) line for line (same lines, same count, same order). A backlog survives the
// database and the loader being killed again and again; rotation by rename and by
// copy-and-truncate while lines keep coming; a partial last line; identical and late lines; bad
// lines kept out; two partitions at once; and a MyISAM table is called out.
#include "database/databaseurl.h"
#include "loaderkit.h"
#include "support/fixtures.h"
#include "support/testmariadb.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using qw::test::appendTo;
using qw::test::expectedRows;
using qw::test::linesOf;

namespace {

QByteArray line(qint64 time, const QString& callId, const char* verb, const QString& data = {})
{
    return qw::test::queueLogLine(time, callId, verb, data);
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backlogSurvivesKills();
    void rotationWhileLinesKeepComing();
    void partialLastLineCompletedLater();
    void identicalLateAndBadLines();
    void awkwardTextBothWays();
    void overlongLineSkipped();
    void twoPartitionsAtOnce();
    void myIsamIsCalledOut();
    void sqliteToo();

private:
    QProcess* startLoader(const QString& partition, const QString& file, const QStringList& extra = {},
                          const QString& db = {});
    int runOnce(const QString& partition, const QString& file, QString* log = nullptr);
    QList<QStringList> tableRows(const QString& partition, const std::optional<qw::DatabaseUrl>& database = {});
    qint64 tableCount(const QString& partition);
    bool waitForCount(const QString& partition, qint64 count, int timeoutMs);

    qw::test::TestMariaDb m_server;
    QTemporaryDir m_dir;
    std::list<std::unique_ptr<QProcess>> m_loaders;
};

void TestLoader::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

QProcess* TestLoader::startLoader(const QString& partition, const QString& file, const QStringList& extra,
                                  const QString& db)
{
    const QString url = db.isEmpty() ? u"mysql://root@127.0.0.1:%1/queuewatch_test"_s.arg(m_server.port()) : db;
    m_loaders.push_back(qw::test::startLoader(url, partition, file, extra));
    return m_loaders.back().get();
}

int TestLoader::runOnce(const QString& partition, const QString& file, QString* log)
{
    QProcess* loader = startLoader(partition, file, {u"--once"_s});
    if (!loader->waitForFinished(180000))
        return -1;
    if (log)
        *log = QString::fromUtf8(loader->readAllStandardError());
    return loader->exitCode();
}

QList<QStringList> TestLoader::tableRows(const QString& partition, const std::optional<qw::DatabaseUrl>& database)
{
    return qw::test::partitionRows(database.value_or(m_server.url()), partition);
}

qint64 TestLoader::tableCount(const QString& partition)
{
    return qw::test::partitionCount(m_server.url(), partition);
}

bool TestLoader::waitForCount(const QString& partition, qint64 count, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (tableCount(partition) >= count)
            return true;
        QThread::msleep(100);
    }
    return false;
}

void TestLoader::backlogSurvivesKills()
{
    // A million lines: a month of three busy servers' calls, as one server's backlog.
    const QString dir = m_dir.filePath(u"backlog"_s);
    QProcess generate;
    generate.start(qw::test::binaryPath(u"queuewatch-generate"_s),
                   {u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-01"_s, u"--partitions"_s, u"K"_s,
                    u"--calls-per-day"_s, u"10500"_s, u"--agents"_s, u"40"_s, u"--output-dir"_s, dir});
    QVERIFY(generate.waitForFinished(180000));
    QCOMPARE(generate.exitCode(), 0);
    const QString file = dir + u"/K.queue_log"_s;
    const QList<QByteArray> lines = linesOf(file);
    QVERIFY2(lines.size() >= 1'000'000, qPrintable(QString::number(lines.size())));

    // Kill the loader, then the database, then the loader again... while the upload runs.
    qint64 seen = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess* loader = startLoader(u"K"_s, file);
        QVERIFY2(waitForCount(u"K"_s, seen + 20000, 120000), "the upload did not move on");
        seen = tableCount(u"K"_s);
        if (round % 2 == 0) {
            loader->kill(); // SIGKILL: no chance to tidy up
            loader->waitForFinished();
        } else {
            m_server.kill();
            QThread::msleep(300);
            QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
            QVERIFY2(waitForCount(u"K"_s, seen + 20000, 120000), "no recovery after the database restarted");
            seen = tableCount(u"K"_s);
            loader->kill();
            loader->waitForFinished();
            // One line for the outage and one for the recovery, however many retries it took.
            const QString log = QString::fromUtf8(loader->readAllStandardError());
            QCOMPARE(log.count(u"Cannot store rows"_s), 1);
            QCOMPARE(log.count(u"The database is back"_s), 1);
        }
    }
    QString log;
    QCOMPARE(runOnce(u"K"_s, file, &log), 0);
    QVERIFY2(log.contains(u"Resuming"_s), qPrintable(log));
    const QList<QStringList> stored = tableRows(u"K"_s);
    QCOMPARE(stored.size(), lines.size());
    QVERIFY(stored == expectedRows(lines));
}

void TestLoader::rotationWhileLinesKeepComing()
{
    const QString dir = m_dir.filePath(u"rotate"_s);
    QDir().mkpath(dir);
    const QString file = dir + u"/queue_log"_s;
    QList<QByteArray> written;
    const auto write = [&](int count) {
        QByteArray bytes;
        for (int i = 0; i < count; ++i) {
            const QByteArray l
                = line(1'790'000'000 + written.size(), u"r%1"_s.arg(written.size()), "ENTERQUEUE", u"|5550100|1"_s);
            bytes += l;
            written.append(l.chopped(1));
        }
        QVERIFY(appendTo(file, bytes));
    };
    write(500);
    startLoader(u"R"_s, file);
    for (int step = 0; step < 20; ++step) {
        write(50);
        QThread::msleep(30);
    }
    // logrotate's default: rename, then Asterisk opens a new file.
    QVERIFY(QFile::rename(file, file + u".1"_s));
    write(300);
    for (int step = 0; step < 10; ++step) {
        write(40);
        QThread::msleep(30);
    }
    // copytruncate: copy, then empty the file in place; Asterisk keeps writing to it.
    QVERIFY(QFile::copy(file, file + u"-20261124"_s));
    {
        QFile truncate(file);
        QVERIFY(truncate.open(QIODevice::ReadWrite));
        QVERIFY(truncate.resize(0));
    }
    for (int step = 0; step < 10; ++step) {
        write(40);
        QThread::msleep(30);
    }
    QVERIFY2(waitForCount(u"R"_s, written.size(), 60000), qPrintable(QString::number(tableCount(u"R"_s))));
    QThread::msleep(300); // nothing more may come
    QVERIFY(tableRows(u"R"_s) == expectedRows(written));
}

void TestLoader::partialLastLineCompletedLater()
{
    const QString file = m_dir.filePath(u"partial.queue_log"_s);
    QVERIFY(appendTo(file, line(1'790'000'000, u"p1"_s, "ENTERQUEUE", u"|5550100|1"_s)));
    QVERIFY(appendTo(file, "1790000005|p1|support|Agent/1|CONN"));
    QCOMPARE(runOnce(u"P"_s, file), 0);
    QCOMPARE(tableCount(u"P"_s), qint64(1)); // the half-written line waits
    QVERIFY(appendTo(file, "ECT|5|p1.1|2\n"));
    QCOMPARE(runOnce(u"P"_s, file), 0);
    QCOMPARE(runOnce(u"P"_s, file), 0); // and a run with nothing new adds nothing
    QVERIFY(tableRows(u"P"_s) == expectedRows(linesOf(file)));
    QCOMPARE(tableCount(u"P"_s), qint64(2));
}

void TestLoader::identicalLateAndBadLines()
{
    const QString file = m_dir.filePath(u"mixed.queue_log"_s);
    QByteArray bytes;
    bytes += line(1'790'000'100, u"m1"_s, "ENTERQUEUE", u"|5550100|1"_s);
    const QByteArray same = line(1'790'000'101, u"m1"_s, "RINGNOANSWER", u"1000"_s);
    bytes += same + same + same; // three identical lines in one second: all kept
    bytes += line(1'790'000'050, u"m0"_s, "ABANDON", u"1|1|10"_s); // late: older than what is stored
    bytes += "this is not a queue_log line\n";
    bytes += "1790000200|m2|support\n"; // too few fields
    bytes += line(1'790'000'300, u"m2"_s, "ENTERQUEUE", u"|5550101|1"_s);
    QVERIFY(appendTo(file, bytes));
    QString log;
    QCOMPARE(runOnce(u"M"_s, file, &log), 0);
    QVERIFY2(log.contains(u"line 6"_s) && log.contains(u"line 7"_s), qPrintable(log));
    QVERIFY2(log.contains(u"2 bad lines"_s), qPrintable(log));
    const QList<QStringList> stored = tableRows(u"M"_s);
    QCOMPARE(stored.size(), 6);
    QVERIFY(stored == expectedRows(linesOf(file)));
}

void TestLoader::awkwardTextBothWays()
{
    // Quotes, backslashes, tabs, a NUL-looking escape and non-ASCII text, through LOAD DATA
    // (the fast path) and through escaped INSERTs (when the server refuses LOCAL INFILE).
    QByteArray bytes;
    bytes += line(1'790'000'000, u"a1"_s, "ENTERQUEUE", u"|+39 'quoted' \\0 \"x\"|1"_s);
    bytes += "1790000001|a1|support|Agent/Zoë|CONNECT|5|tab\there|back\\slash\\n|\xc3\xa9\xe2\x82\xac\n";
    bytes += line(1'790'000'002, u"a1'; DROP TABLE queue_log; --"_s, "COMPLETECALLER", u"5|10|1"_s);
    const QString fast = m_dir.filePath(u"awkward-fast.queue_log"_s);
    QVERIFY(appendTo(fast, bytes));
    QCOMPARE(runOnce(u"W1"_s, fast), 0);
    QVERIFY(tableRows(u"W1"_s) == expectedRows(linesOf(fast)));

    QVERIFY(m_server.execute(u"SET GLOBAL local_infile = 0;"_s));
    const QString slow = m_dir.filePath(u"awkward-slow.queue_log"_s);
    QVERIFY(appendTo(slow, bytes));
    const int exit = runOnce(u"W2"_s, slow);
    QVERIFY(m_server.execute(u"SET GLOBAL local_infile = 1;"_s));
    QCOMPARE(exit, 0);
    QVERIFY(tableRows(u"W2"_s) == expectedRows(linesOf(slow)));
    QCOMPARE(tableCount(u"W2"_s), qint64(3));
}

void TestLoader::overlongLineSkipped()
{
    // 200 KB without a newline is not a queue_log line: skipped, the lines around it stored.
    const QString file = m_dir.filePath(u"overlong.queue_log"_s);
    QVERIFY(appendTo(file, line(1'790'000'000, u"v1"_s, "ENTERQUEUE", u"|5550100|1"_s)));
    QVERIFY(appendTo(file, QByteArray(200 * 1024, 'x') + '\n'));
    QVERIFY(appendTo(file, line(1'790'000'001, u"v1"_s, "ABANDON", u"1|1|1"_s)));
    QString log;
    QCOMPARE(runOnce(u"V"_s, file, &log), 0);
    QVERIFY2(log.contains(u"Line 2 is longer than"_s), qPrintable(log));
    const QList<QStringList> stored = tableRows(u"V"_s);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.last().value(4), u"ABANDON"_s);
    QCOMPARE(runOnce(u"V"_s, file), 0); // and the bookmark is past it
    QCOMPARE(tableCount(u"V"_s), qint64(2));
}

void TestLoader::twoPartitionsAtOnce()
{
    const QString dir = m_dir.filePath(u"two"_s);
    QProcess generate;
    generate.start(qw::test::binaryPath(u"queuewatch-generate"_s),
                   {u"--from"_s, u"2026-11-02"_s, u"--partitions"_s, u"T1,T2"_s, u"--output-dir"_s, dir});
    QVERIFY(generate.waitForFinished(60000));
    QProcess* first = startLoader(u"T1"_s, dir + u"/T1.queue_log"_s, {u"--once"_s});
    QProcess* second = startLoader(u"T2"_s, dir + u"/T2.queue_log"_s, {u"--once"_s});
    QVERIFY(first->waitForFinished(120000));
    QVERIFY(second->waitForFinished(120000));
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(second->exitCode(), 0);
    QVERIFY(tableRows(u"T1"_s) == expectedRows(linesOf(dir + u"/T1.queue_log"_s)));
    QVERIFY(tableRows(u"T2"_s) == expectedRows(linesOf(dir + u"/T2.queue_log"_s)));
}

void TestLoader::myIsamIsCalledOut()
{
    QVERIFY(m_server.execute(u"CREATE DATABASE old_qm; CREATE TABLE old_qm.queue_log ("
                             u"`partition` VARCHAR(20) NOT NULL DEFAULT '', time_id INT UNSIGNED NOT NULL DEFAULT 0, "
                             u"call_id VARCHAR(200) NOT NULL DEFAULT '', queue VARCHAR(50) NOT NULL DEFAULT '', "
                             u"agent VARCHAR(30) NOT NULL DEFAULT '', verb VARCHAR(30) NOT NULL DEFAULT '', "
                             u"data1 VARCHAR(200) NOT NULL DEFAULT '', data2 VARCHAR(200) NOT NULL DEFAULT '', "
                             u"data3 VARCHAR(200) NOT NULL DEFAULT '', data4 VARCHAR(200) NOT NULL DEFAULT '', "
                             u"data5 VARCHAR(200) NOT NULL DEFAULT '', serverid VARCHAR(10) NOT NULL DEFAULT '', "
                             u"unique_row_count INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=MyISAM;"_s));
    const QString file = m_dir.filePath(u"old.queue_log"_s);
    QVERIFY(appendTo(file, line(1'790'000'000, u"o1"_s, "ENTERQUEUE", u"|5550100|1"_s)));
    QProcess* loader
        = startLoader(u"O"_s, file, {u"--once"_s}, u"mysql://root@127.0.0.1:%1/old_qm"_s.arg(m_server.port()));
    QVERIFY(loader->waitForFinished(60000));
    QCOMPARE(loader->exitCode(), 0);
    const QString log = QString::fromUtf8(loader->readAllStandardError());
    QVERIFY2(log.contains(u"MyISAM"_s) && log.contains(u"ENGINE=InnoDB"_s), qPrintable(log));
}

void TestLoader::sqliteToo()
{
    const QString file = m_dir.filePath(u"lite.queue_log"_s);
    QByteArray bytes;
    for (int i = 0; i < 50; ++i)
        bytes += line(1'790'000'000 + i / 3, u"s%1"_s.arg(i / 2), "ENTERQUEUE", u"|5550100|1"_s);
    QVERIFY(appendTo(file, bytes));
    const QString database = m_dir.filePath(u"lite.sqlite"_s);
    for (int run = 0; run < 2; ++run) { // the second run finds nothing new
        QProcess* loader = startLoader(u"S"_s, file, {u"--once"_s}, u"sqlite:"_s + database);
        QVERIFY(loader->waitForFinished(60000));
        QCOMPARE(loader->exitCode(), 0);
    }
    const QList<QStringList> rows = tableRows(u"S"_s, qw::DatabaseUrl::sqlite(database));
    QVERIFY(rows == expectedRows(linesOf(file)));
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
