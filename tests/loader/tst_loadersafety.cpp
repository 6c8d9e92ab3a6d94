// queuewatch-loader failing safely, against a real MariaDB. What retrying cannot mend (a missing
// grant, a wrong password, a read-only server) stops it at once with a message naming the fix
// and exit status 3, with and without --once, and spends no auto-increment id. A row the table
// refuses (a CHECK constraint, a value too long for its column) is set aside in the
// rejected-lines file with its line number and the server's reason while every other line is
// stored, exactly once; a rejected-lines file that cannot be written stops it (status 4) before
// anything is loaded. Outages are still retried: tst_loader kills the database under it.
#include "database/databaseconnection.h"
#include "loaderkit.h"
#include "support/testmariadb.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using qw::test::appendTo;
using qw::test::expectedRows;
using qw::test::linesOf;
using qw::test::queueLogLine;

namespace {

constexpr const char* Password = "pw-4-tests";
constexpr const char* State = "queuewatch_loader_state";

// One set-aside line as the file keeps it: the comment and the line.
struct Rejected
{
    QByteArray comment;
    QByteArray line;
};

QList<Rejected> rejectedIn(const QString& path)
{
    QList<Rejected> all;
    const QList<QByteArray> lines = linesOf(path);
    for (qsizetype i = 0; i + 1 < lines.size(); i += 2)
        all.append({lines[i], lines[i + 1]});
    if (lines.size() % 2 != 0)
        all.append({lines.last(), "<missing>"});
    return all;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLoaderSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingGrantStops_data();
    void missingGrantStops();
    void wrongPasswordStops();
    void readOnlyServerStops();
    void readOnlyWhileRunningStops();
    void refusedLinesSetAside_data();
    void refusedLinesSetAside();
    void valueTooLongIsSetAsideNotCut();
    void unwritableRejectedFileStops();

private:
    QString url(const QString& user, const QString& database = QLatin1StringView(qw::test::TestMariaDb::DatabaseName));
    bool createUser(const QString& user, const QStringList& grants);
    qint64 autoIncrement();
    bool waitForCount(const QString& partition, qint64 count, int timeoutMs);

    qw::test::TestMariaDb m_server;
    QTemporaryDir m_dir;
};

void TestLoaderSafety::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    // Both tables exist, as they do once a loader with CREATE has run (or the DBA made them).
    const QString file = m_dir.filePath(u"first.queue_log"_s);
    QVERIFY(appendTo(file, queueLogLine(1'790'000'000, u"f1"_s, "ENTERQUEUE", u"|5550100|1"_s)));
    auto loader = qw::test::startLoader(url(u"root"_s), u"F"_s, file, {u"--once"_s});
    QVERIFY(loader->waitForFinished(60000));
    QCOMPARE(loader->exitCode(), 0);
    QCOMPARE(qw::test::partitionCount(m_server.url(), u"F"_s), qint64(1));
}

QString TestLoaderSafety::url(const QString& user, const QString& database)
{
    return u"mysql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_server.port()).arg(database);
}

bool TestLoaderSafety::createUser(const QString& user, const QStringList& grants)
{
    QString sql = u"CREATE USER '%1'@'%' IDENTIFIED BY '%2';\n"_s.arg(user, QLatin1StringView(Password));
    for (const QString& grant : grants)
        sql += u"GRANT "_s + grant + u" TO '"_s + user + u"'@'%';\n"_s;
    return m_server.execute(sql);
}

qint64 TestLoaderSafety::autoIncrement()
{
    // The next id queue_log would hand out; ANALYZE makes information_schema read it afresh.
    qw::DatabaseConnection connection(m_server.url());
    if (!connection.open())
        return -1;
    QSqlQuery query(connection.database());
    if (!query.exec(u"ANALYZE TABLE queue_log"_s))
        return -1;
    while (query.next()) { }
    if (!query.exec(u"SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    u"AND TABLE_NAME = 'queue_log'"_s)
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool TestLoaderSafety::waitForCount(const QString& partition, qint64 count, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (qw::test::partitionCount(m_server.url(), partition) >= count)
            return true;
        QThread::msleep(100);
    }
    return false;
}

void TestLoaderSafety::missingGrantStops_data()
{
    QTest::addColumn<QStringList>("grants");
    QTest::addColumn<QString>("missing"); // as the message must name it
    QTest::addColumn<QString>("table");
    const QString db = QLatin1StringView(qw::test::TestMariaDb::DatabaseName);
    const QString queueLog = db + u".queue_log"_s;
    const QString state = db + u'.' + QLatin1StringView(State);
    QTest::newRow("INSERT on queue_log") << QStringList {u"SELECT ON "_s + queueLog,
                                                         u"SELECT, INSERT, UPDATE ON "_s + state}
                                         << u"INSERT"_s << u"queue_log"_s;
    // Nothing at all on queue_log: the user cannot even see it, so it would have to create it.
    QTest::newRow("nothing on queue_log")
        << QStringList {u"SELECT, INSERT, UPDATE ON "_s + state} << u"INSERT, CREATE"_s << u"queue_log"_s;
    QTest::newRow("SELECT on the state") << QStringList {u"INSERT ON "_s + queueLog, u"INSERT, UPDATE ON "_s + state}
                                         << u"SELECT"_s << QString::fromLatin1(State);
    QTest::newRow("INSERT on the state") << QStringList {u"INSERT ON "_s + queueLog, u"SELECT, UPDATE ON "_s + state}
                                         << u"INSERT"_s << QString::fromLatin1(State);
    // The case that used to load the whole backlog and roll it back, four times a second.
    QTest::newRow("UPDATE on the state") << QStringList {u"INSERT ON "_s + queueLog, u"SELECT, INSERT ON "_s + state}
                                         << u"UPDATE"_s << QString::fromLatin1(State);
}

void TestLoaderSafety::missingGrantStops()
{
    QFETCH(QStringList, grants);
    QFETCH(QString, missing);
    QFETCH(QString, table);
    static int users = 0;
    const QString user = u"grant%1"_s.arg(++users);
    QVERIFY2(createUser(user, grants), qPrintable(m_server.errorString()));
    const QString partition = u"G%1"_s.arg(users);
    const QString file = m_dir.filePath(partition + u".queue_log"_s);
    QByteArray bytes;
    for (int i = 0; i < 2000; ++i)
        bytes += queueLogLine(1'790'000'000 + i, u"g%1"_s.arg(i), "ENTERQUEUE", u"|5550100|1"_s);
    QVERIFY(appendTo(file, bytes));

    const qint64 before = autoIncrement();
    QVERIFY(before > 0);
    const QString grant = u"GRANT %1 ON `%2`.`%3` TO '%4'@'%'"_s.arg(
        missing, QLatin1StringView(qw::test::TestMariaDb::DatabaseName), table, user);
    for (const QStringList& extra : {QStringList {u"--once"_s}, QStringList {}}) {
        auto loader = qw::test::startLoader(url(user), partition, file, extra, QLatin1StringView(Password));
        // A few seconds are plenty: the old loader was still retrying after hours.
        QVERIFY2(loader->waitForFinished(10000), "the loader did not stop by itself");
        const QString log = QString::fromUtf8(loader->readAllStandardError());
        QCOMPARE(loader->exitCode(), 3);
        QVERIFY2(log.contains(u"lacks %1 on %2"_s.arg(missing, table)), qPrintable(log));
        QVERIFY2(log.contains(grant), qPrintable(log));
        QVERIFY2(!log.contains(u"Retrying"_s), qPrintable(log));
    }
    QCOMPARE(autoIncrement(), before); // no row was even tried
    QCOMPARE(qw::test::partitionCount(m_server.url(), partition), qint64(0));
}

void TestLoaderSafety::wrongPasswordStops()
{
    QVERIFY2(createUser(u"wrongpw"_s, {u"ALL ON queuewatch_test.*"_s}), qPrintable(m_server.errorString()));
    const QString file = m_dir.filePath(u"wrongpw.queue_log"_s);
    QVERIFY(appendTo(file, queueLogLine(1'790'000'000, u"w1"_s, "ENTERQUEUE", u"|5550100|1"_s)));
    for (const QStringList& extra : {QStringList {u"--once"_s}, QStringList {}}) {
        auto loader = qw::test::startLoader(url(u"wrongpw"_s), u"WP"_s, file, extra, u"not-the-password"_s);
        QVERIFY2(loader->waitForFinished(10000), "the loader did not stop by itself");
        const QString log = QString::fromUtf8(loader->readAllStandardError());
        QCOMPARE(loader->exitCode(), 3);
        QVERIFY2(log.contains(u"refuses the user wrongpw"_s) && log.contains(u"QUEUEWATCH_DB_PASSWORD"_s),
                 qPrintable(log));
    }
}

void TestLoaderSafety::readOnlyServerStops()
{
    // All privileges on the database, but not the global one that writes past read_only.
    QVERIFY2(createUser(u"readonly"_s, {u"ALL ON queuewatch_test.*"_s}), qPrintable(m_server.errorString()));
    const QString file = m_dir.filePath(u"readonly.queue_log"_s);
    QByteArray bytes;
    for (int i = 0; i < 2000; ++i)
        bytes += queueLogLine(1'790'000'000 + i, u"ro%1"_s.arg(i), "ENTERQUEUE", u"|5550100|1"_s);
    QVERIFY(appendTo(file, bytes));
    const qint64 before = autoIncrement();
    QVERIFY(m_server.execute(u"SET GLOBAL read_only = 1;"_s));
    const auto writable = qScopeGuard([this] { m_server.execute(u"SET GLOBAL read_only = 0;"_s); });
    for (const QStringList& extra : {QStringList {u"--once"_s}, QStringList {}}) {
        auto loader = qw::test::startLoader(url(u"readonly"_s), u"RO"_s, file, extra, QLatin1StringView(Password));
        QVERIFY2(loader->waitForFinished(10000), "the loader did not stop by itself");
        const QString log = QString::fromUtf8(loader->readAllStandardError());
        QCOMPARE(loader->exitCode(), 3);
        QVERIFY2(log.contains(u"read-only"_s) && log.contains(u"primary"_s), qPrintable(log));
    }
    QCOMPARE(autoIncrement(), before);
    QCOMPARE(qw::test::partitionCount(m_server.url(), u"RO"_s), qint64(0));
}

void TestLoaderSafety::readOnlyWhileRunningStops()
{
    // The server turns read-only under a loader that was storing: it stops, keeps what was
    // committed, and the next start after read-only is lifted stores the rest, once.
    QVERIFY2(createUser(u"turnsro"_s, {u"ALL ON queuewatch_test.*"_s}), qPrintable(m_server.errorString()));
    const QString file = m_dir.filePath(u"turnsro.queue_log"_s);
    const auto write = [&file](int from, int count) {
        QByteArray bytes;
        for (int i = from; i < from + count; ++i)
            bytes += queueLogLine(1'790'000'000 + i, u"t%1"_s.arg(i), "ENTERQUEUE", u"|5550100|1"_s);
        return appendTo(file, bytes);
    };
    QVERIFY(write(0, 300));
    auto loader = qw::test::startLoader(url(u"turnsro"_s), u"TR"_s, file, {}, QLatin1StringView(Password));
    QVERIFY(waitForCount(u"TR"_s, 300, 30000));
    QVERIFY(m_server.execute(u"SET GLOBAL read_only = 1;"_s));
    auto writable = qScopeGuard([this] { m_server.execute(u"SET GLOBAL read_only = 0;"_s); });
    QVERIFY(write(300, 200));
    QVERIFY2(loader->waitForFinished(10000), "the loader did not stop by itself");
    const QString log = QString::fromUtf8(loader->readAllStandardError());
    QCOMPARE(loader->exitCode(), 3);
    QVERIFY2(log.contains(u"read-only"_s), qPrintable(log));
    QCOMPARE(qw::test::partitionCount(m_server.url(), u"TR"_s), qint64(300));

    writable.dismiss();
    QVERIFY(m_server.execute(u"SET GLOBAL read_only = 0;"_s));
    auto again = qw::test::startLoader(url(u"turnsro"_s), u"TR"_s, file, {u"--once"_s}, QLatin1StringView(Password));
    QVERIFY(again->waitForFinished(30000));
    QCOMPARE(again->exitCode(), 0);
    QVERIFY(qw::test::partitionRows(m_server.url(), u"TR"_s) == expectedRows(linesOf(file)));
}

void TestLoaderSafety::refusedLinesSetAside_data()
{
    QTest::addColumn<bool>("loadData"); // LOAD DATA LOCAL (refusals come as warnings) or INSERT
    QTest::addColumn<bool>("defaultPath"); // FILE.rejected, or --rejected
    QTest::newRow("LOAD DATA, FILE.rejected") << true << true;
    QTest::newRow("INSERT, --rejected") << false << false;
}

void TestLoaderSafety::refusedLinesSetAside()
{
    QFETCH(bool, loadData);
    QFETCH(bool, defaultPath);
    QVERIFY(m_server.execute(u"ALTER TABLE queue_log ADD CONSTRAINT no_badverb CHECK (verb <> 'BADVERB');"_s));
    const auto dropCheck
        = qScopeGuard([this] { m_server.execute(u"ALTER TABLE queue_log DROP CONSTRAINT no_badverb;"_s); });
    if (!loadData)
        QVERIFY(m_server.execute(u"SET GLOBAL local_infile = 0;"_s));
    const auto localInfile = qScopeGuard([this] { m_server.execute(u"SET GLOBAL local_infile = 1;"_s); });

    // 3000 lines; the table refuses the first, two neighbours in the middle, one more and the
    // last; line 500 is not a queue_log line at all (kept out, but not "refused").
    const QList<int> refused {1, 1234, 1235, 2000, 3000};
    const QString partition = loadData ? u"RL"_s : u"RI"_s;
    const QString file = m_dir.filePath(partition + u".queue_log"_s);
    const QString rejected = defaultPath ? file + u".rejected"_s : m_dir.filePath(partition + u"-set-aside.txt"_s);
    QByteArray bytes;
    QList<QByteArray> stored;
    for (int number = 1; number <= 3000; ++number) {
        QByteArray l;
        if (number == 500)
            l = "not a queue_log line\n";
        else
            l = queueLogLine(1'790'000'000 + number, u"r%1"_s.arg(number),
                             refused.contains(number) ? "BADVERB" : "ENTERQUEUE", u"|5550100|1"_s);
        bytes += l;
        if (!refused.contains(number))
            stored.append(l.chopped(1));
    }
    QVERIFY(appendTo(file, bytes));
    const QList<QByteArray> lines = linesOf(file);

    const QStringList extra
        = defaultPath ? QStringList {u"--once"_s} : QStringList {u"--once"_s, u"--rejected"_s, rejected};
    auto loader = qw::test::startLoader(url(u"root"_s), partition, file, extra);
    QVERIFY2(loader->waitForFinished(60000), "the loader did not finish");
    const QString log = QString::fromUtf8(loader->readAllStandardError());
    QCOMPARE(loader->exitCode(), 0);
    for (int number : refused)
        QVERIFY2(log.contains(u"Line %1 of %2 is refused"_s.arg(number).arg(file)), qPrintable(log));
    QVERIFY2(log.contains(u"5 lines refused by the database"_s), qPrintable(log));
    // No outage was seen, so none is reported, nor any recovery from one.
    QVERIFY2(!log.contains(u"Cannot store rows"_s) && !log.contains(u"is back"_s), qPrintable(log));

    const QList<Rejected> aside = rejectedIn(rejected);
    QCOMPARE(aside.size(), refused.size());
    for (qsizetype i = 0; i < refused.size(); ++i) {
        const int number = refused[i];
        const QByteArray head = "# line " + QByteArray::number(number) + " of " + file.toUtf8() + ", ";
        QVERIFY2(aside[i].comment.startsWith(head), aside[i].comment.constData());
        QVERIFY2(aside[i].comment.contains("no_badverb"), aside[i].comment.constData());
        QCOMPARE(aside[i].line, lines[number - 1]); // the line exactly as it was
    }
    QVERIFY(qw::test::partitionRows(m_server.url(), partition) == expectedRows(stored));
    QCOMPARE(qw::test::partitionCount(m_server.url(), partition), qint64(3000 - 5 - 1));

    // The bookmark is past them: a second run adds nothing, here or there.
    const QByteArray before = readAll(rejected);
    auto second = qw::test::startLoader(url(u"root"_s), partition, file, extra);
    QVERIFY(second->waitForFinished(60000));
    QCOMPARE(second->exitCode(), 0);
    QCOMPARE(qw::test::partitionCount(m_server.url(), partition), qint64(3000 - 5 - 1));
    QCOMPARE(readAll(rejected), before);
}

void TestLoaderSafety::valueTooLongIsSetAsideNotCut()
{
    // An existing table with a narrower column than the loader's: LOAD DATA LOCAL would cut the
    // value to fit with only a warning. The line is set aside whole instead.
    QVERIFY(m_server.execute(u"CREATE DATABASE narrow_qm; CREATE TABLE narrow_qm.queue_log ("
                             u"`partition` VARCHAR(20) NOT NULL DEFAULT '', time_id INT UNSIGNED NOT NULL DEFAULT 0, "
                             u"call_id VARCHAR(200) NOT NULL DEFAULT '', queue VARCHAR(50) NOT NULL DEFAULT '', "
                             u"agent VARCHAR(30) NOT NULL DEFAULT '', verb VARCHAR(30) NOT NULL DEFAULT '', "
                             u"data1 VARCHAR(5) NOT NULL DEFAULT '', data2 VARCHAR(200) NOT NULL DEFAULT '', "
                             u"data3 VARCHAR(200) NOT NULL DEFAULT '', data4 VARCHAR(200) NOT NULL DEFAULT '', "
                             u"data5 VARCHAR(200) NOT NULL DEFAULT '', serverid VARCHAR(10) NOT NULL DEFAULT '', "
                             u"unique_row_count INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;"_s));
    const QString file = m_dir.filePath(u"narrow.queue_log"_s);
    const QByteArray first = queueLogLine(1'790'000'000, u"n1"_s, "CONNECT", u"12345|n1.1|2"_s);
    const QByteArray tooLong = queueLogLine(1'790'000'001, u"n1"_s, "COMPLETECALLER", u"123456|60|1"_s);
    const QByteArray last = queueLogLine(1'790'000'002, u"n2"_s, "ENTERQUEUE", u"|5550100|1"_s);
    QVERIFY(appendTo(file, first + tooLong + last));
    auto loader = qw::test::startLoader(url(u"root"_s, u"narrow_qm"_s), u"N"_s, file, {u"--once"_s});
    QVERIFY(loader->waitForFinished(60000));
    const QString log = QString::fromUtf8(loader->readAllStandardError());
    QCOMPARE(loader->exitCode(), 0);
    const QList<Rejected> aside = rejectedIn(file + u".rejected"_s);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(aside[0].comment.startsWith("# line 2 of ") && aside[0].comment.contains("data1"),
             aside[0].comment.constData());
    QCOMPARE(aside[0].line, tooLong.chopped(1));
    const auto narrow = std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(url(u"root"_s, u"narrow_qm"_s)));
    QVERIFY(qw::test::partitionRows(narrow, u"N"_s) == expectedRows({first.chopped(1), last.chopped(1)}));
}

void TestLoaderSafety::unwritableRejectedFileStops()
{
    // Nowhere to set a refused line aside: the loader does not start, rather than lose one later.
    const QString file = m_dir.filePath(u"nowhere.queue_log"_s);
    QVERIFY(appendTo(file, queueLogLine(1'790'000'000, u"u1"_s, "ENTERQUEUE", u"|5550100|1"_s)));
    const QString rejected = m_dir.filePath(u"no/such/folder/lines.rejected"_s);
    for (const QStringList& extra : {QStringList {u"--once"_s}, QStringList {}}) {
        auto loader
            = qw::test::startLoader(url(u"root"_s), u"U"_s, file, extra + QStringList {u"--rejected"_s, rejected});
        QVERIFY2(loader->waitForFinished(10000), "the loader did not stop by itself");
        const QString log = QString::fromUtf8(loader->readAllStandardError());
        QCOMPARE(loader->exitCode(), 4);
        QVERIFY2(log.contains(rejected), qPrintable(log));
    }
    QCOMPARE(qw::test::partitionCount(m_server.url(), u"U"_s), qint64(0));
}

QTEST_GUILESS_MAIN(TestLoaderSafety)
#include "tst_loadersafety.moc"
