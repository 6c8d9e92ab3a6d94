// queuewatch-generate writing into a database: the rows in the table are the rows of the files
// written in the same run, line for line, for MariaDB and SQLite.
#include "database/databaseconnection.h"
#include "readers/partitionreader.h"
#include "support/fixtures.h"
#include "support/testmariadb.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGenerateCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableMatchesFiles_data();
    void tableMatchesFiles();
    void unreachableDatabaseFails();
};

void TestGenerateCli::tableMatchesFiles_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addRow("mariadb") << u"mysql"_s;
    QTest::addRow("sqlite") << u"sqlite"_s;
}

void TestGenerateCli::tableMatchesFiles()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    qw::test::TestMariaDb server;
    qw::DatabaseUrl url = qw::DatabaseUrl::sqlite(dir.filePath(u"generated.sqlite"_s));
    if (driver == u"mysql") {
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        url = server.url();
    }
    QProcess generate;
    generate.start(qw::test::binaryPath(u"queuewatch-generate"_s),
                   {u"--seed"_s, u"11"_s, u"--from"_s, u"2026-11-02T08:00:00"_s, u"--to"_s, u"2026-11-02T12:00:00"_s,
                    u"--partitions"_s, u"A,B"_s, u"--calls-per-day"_s, u"3000"_s, u"--output-dir"_s, dir.path(),
                    u"--db"_s, url.toDisplayString()});
    QVERIFY(generate.waitForFinished(120000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

    qw::DatabaseConnection connection(url);
    QVERIFY2(connection.open(), qPrintable(connection.errorString()));
    for (const QString& partition : {u"A"_s, u"B"_s}) {
        const qw::EventBatch fromFile
            = qw::test::readQueueLogFile(dir.filePath(partition + u".queue_log"_s), partition);
        QVERIFY(fromFile.size() > 500);
        qw::PartitionReader reader(connection, partition);
        qw::EventBatch fromTable;
        QCOMPARE(reader.readRange(0, qw::PartitionReader::EndOfTime,
                                  [&fromTable](qw::EventBatch& batch) {
                                      fromTable.append(batch);
                                      return true;
                                  }),
                 qw::ReadStatus::Finished);
        QCOMPARE(fromTable.size(), fromFile.size());
        for (qsizetype i = 0; i < fromFile.size(); ++i)
            QCOMPARE(fromTable[i].toLine(), fromFile[i].toLine());
    }
}

void TestGenerateCli::unreachableDatabaseFails()
{
    QProcess generate;
    generate.start(qw::test::binaryPath(u"queuewatch-generate"_s),
                   {u"--from"_s, u"2026-11-02"_s, u"--db"_s, u"mysql://qw@127.0.0.1:1/qm?connect-timeout=2"_s});
    QVERIFY(generate.waitForFinished(60000));
    QCOMPARE(generate.exitCode(), 3);
    QVERIFY(generate.readAllStandardError().contains("127.0.0.1:1"));
}

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "tst_generatecli.moc"
