// The monitor needs to read queue_log and nothing else: a MariaDB user with SELECT on that one
// table (no other table, no writes) runs reports, the live state and the wizard's catalog,
// and gets the same figures as an all-powerful user.
#include "live/livemonitor.h"
#include "reports/catalogloader.h"
#include "support/fixtures.h"
#include "support/testmariadb.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Run = qw::test::ProgramRun;

class TestLeastPrivilege : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsWithSelectOnly();
    void liveStateWithSelectOnly();
    void catalogWithSelectOnly();
    void loaderNamesTheGrantItLacks();
    void monitorOnReadOnlyReplica(); // last: it makes the server read-only

private:
    QString readerUrl() const { return u"mysql://reader@127.0.0.1:%1/queuewatch_test"_s.arg(m_server.port()); }
    QString rootUrl() const { return m_server.url().toDisplayString(); }
    Run report(const QString& url, const QStringList& arguments) const;
    // The loader as `user` (password `password`) loading one line into a new partition D.
    Run loadOneLine(const QString& user, const QByteArray& password) const;

    qw::test::TestMariaDb m_server;
};

void TestLeastPrivilege::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    // Three real servers' logs, loaded by the loader as its own (privileged) user.
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s}) {
        const Run loaded
            = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-loader"_s),
                                   {u"--db"_s, rootUrl(), u"--partition"_s, name, u"--once"_s,
                                    QStringLiteral(QUEUEWATCH_RESOURCES_SAMPLE_DIR) + u'/' + name + u".queue_log"_s},
                                   60000);
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
    }
    QVERIFY(m_server.execute(u"CREATE USER 'reader'@'%' IDENTIFIED BY 'only-select';"
                             u"GRANT SELECT ON queuewatch_test.queue_log TO 'reader'@'%';"_s));
}

Run TestLeastPrivilege::report(const QString& url, const QStringList& arguments) const
{
    qputenv("QUEUEWATCH_DB_PASSWORD", url.contains(u"reader@"_s) ? QByteArray("only-select") : QByteArray());
    const Run run = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s),
                                         QStringList {u"--db"_s, url} + arguments, 120000);
    qunsetenv("QUEUEWATCH_DB_PASSWORD");
    return run;
}

Run TestLeastPrivilege::loadOneLine(const QString& user, const QByteArray& password) const
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"queue_log"_s);
    QFile file(log);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("1793606400|c1|support|NONE|ENTERQUEUE||0611111111|1\n");
    file.close();
    qputenv("QUEUEWATCH_DB_PASSWORD", password);
    const Run loader
        = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-loader"_s),
                               {u"--db"_s, u"mysql://%1@127.0.0.1:%2/queuewatch_test"_s.arg(user).arg(m_server.port()),
                                u"--partition"_s, u"D"_s, u"--once"_s, log},
                               60000);
    qunsetenv("QUEUEWATCH_DB_PASSWORD");
    return loader;
}

void TestLeastPrivilege::reportsWithSelectOnly()
{
    const QStringList arguments {u"--source"_s, u"cluster:A|B|C"_s,       u"--tz"_s, u"UTC"_s,
                                 u"--from"_s,   u"2026-11-01"_s,          u"--to"_s, u"2026-12-01"_s,
                                 u"--now"_s,    u"2026-12-01T00:00:00Z"_s};
    const Run asRoot = report(rootUrl(), arguments);
    QVERIFY2(asRoot.exitCode == 0, qPrintable(asRoot.err));
    const Run asReader = report(readerUrl(), arguments);
    QVERIFY2(asReader.exitCode == 0, qPrintable(asReader.err));
    QVERIFY(asRoot.out.contains("\"offered\""));
    QCOMPARE(asReader.out, asRoot.out);
}

void TestLeastPrivilege::liveStateWithSelectOnly()
{
    const QStringList arguments {u"--source"_s, u"cluster:A|B|C"_s, u"--tz"_s,
                                 u"UTC"_s,      u"--live-at"_s,     u"2026-11-02T12:00:00Z"_s};
    const Run asRoot = report(rootUrl(), arguments);
    QVERIFY2(asRoot.exitCode == 0, qPrintable(asRoot.err));
    const Run asReader = report(readerUrl(), arguments);
    QVERIFY2(asReader.exitCode == 0, qPrintable(asReader.err));
    QCOMPARE(asReader.out, asRoot.out);
    QVERIFY(asRoot.out.contains("\"agents\""));
}

void TestLeastPrivilege::catalogWithSelectOnly()
{
    // The wizard's list of servers and their names, as the reader.
    auto url = std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(readerUrl()));
    url.setSessionPassword(u"only-select"_s);
    qw::SourceBindings bindings;
    bindings.database = url;
    qw::CatalogLoader loader(bindings);
    QSignalSpy partitions(&loader, &qw::CatalogLoader::partitionsLoaded);
    QSignalSpy failures(&loader, &qw::CatalogLoader::failed);
    loader.loadPartitions();
    QTRY_VERIFY_WITH_TIMEOUT(!partitions.isEmpty() || !failures.isEmpty(), 60000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(1).toString()));
    QCOMPARE(partitions.first().first().value<qw::PartitionInfoList>().size(), 3);
}

void TestLeastPrivilege::loaderNamesTheGrantItLacks()
{
    // The same user as a loader: refused for good (status 3), and told which grant is missing.
    const Run loader = loadOneLine(u"reader"_s, "only-select");
    QCOMPARE(loader.exitCode, 3);
    QVERIFY2(loader.err.contains(u"GRANT INSERT"_s) || loader.err.contains(u"GRANT SELECT, INSERT"_s),
             qPrintable(loader.err));
}

void TestLeastPrivilege::monitorOnReadOnlyReplica()
{
    // Supervisors on a replica: read_only=1, as a replica is. The reader's figures are those of
    // a writable server, the live poller reads it, and a loader pointed there by mistake is
    // refused with a message that sends it to the primary.
    const QStringList arguments {u"--source"_s, u"cluster:A|B|C"_s, u"--tz"_s,
                                 u"UTC"_s,      u"--live-at"_s,     u"2026-11-02T12:00:00Z"_s};
    const Run writable = report(readerUrl(), arguments);
    QVERIFY2(writable.exitCode == 0, qPrintable(writable.err));
    QVERIFY(m_server.execute(u"CREATE USER 'loader'@'%' IDENTIFIED BY 'loads';"
                             u"GRANT INSERT, CREATE ON queuewatch_test.queue_log TO 'loader'@'%';"
                             u"GRANT SELECT, INSERT, UPDATE, CREATE ON queuewatch_test.queuewatch_loader_state "
                             u"TO 'loader'@'%';"
                             u"SET GLOBAL read_only = 1;"_s));
    const Run readOnly = report(readerUrl(), arguments);
    QVERIFY2(readOnly.exitCode == 0, qPrintable(readOnly.err));
    QCOMPARE(readOnly.out, writable.out);

    auto url = std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(readerUrl()));
    url.setSessionPassword(u"only-select"_s);
    qw::LiveSettings settings;
    settings.spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"cluster:A|B|C"_s));
    settings.bindings.database = url;
    settings.pollIntervalMs = 500;
    qw::LiveMonitor monitor(settings);
    QList<qw::LiveUpdate> updates;
    connect(&monitor, &qw::LiveMonitor::updated, this, [&updates](const qw::LiveUpdate& update) { updates << update; });
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(updates.size() >= 2, 30000);
    for (const qw::PartitionHealth& health : updates.last().health)
        QVERIFY2(health.state != qw::PartitionHealth::State::Error, qPrintable(health.error));

    const Run loader = loadOneLine(u"loader"_s, "loads");
    QCOMPARE(loader.exitCode, 3);
    QVERIFY2(loader.err.contains(u"read-only"_s) && loader.err.contains(u"primary"_s), qPrintable(loader.err));
}

QTEST_GUILESS_MAIN(TestLeastPrivilege)
#include "tst_leastprivilege.moc"
