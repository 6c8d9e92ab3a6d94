// queuewatch-report as a user runs it: the bundled demo, files, the test MariaDB, and every
// way the command line can be wrong.
#include "database/databaseconnection.h"
#include "support/fixtures.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runReport(const QStringList& arguments)
{
    QProcess process;
    process.start(qw::test::binaryPath(u"queuewatch-report"_s), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = u"did not finish normally: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

using Counts = QMap<QString, QMap<QString, qint64>>; // partition -> verb -> events

// Reads the program's table back: "Partition A (...): N events" then "  VERB  count" lines.
Counts countsFromOutput(const QString& out)
{
    Counts counts;
    QString partition;
    static const QRegularExpression header(u"^Partition (\\S+) "_s);
    static const QRegularExpression row(u"^  (\\S+)\\s+(\\d+)$"_s);
    for (const QString& line : out.split(u'\n')) {
        if (const auto m = header.match(line); m.hasMatch())
            partition = m.captured(1);
        else if (const auto r = row.match(line); r.hasMatch())
            counts[partition][r.captured(1)] = r.captured(2).toLongLong();
    }
    return counts;
}

// The same counts worked out independently: the fifth '|'-separated field of each line.
QMap<QString, qint64> countsFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, qint64> counts;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() >= 5)
            ++counts[QString::fromUtf8(fields[4])];
    }
    return counts;
}

QStringList fixtureArguments()
{
    QStringList arguments;
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        arguments << u"--partition"_s
                  << u"%1=%2"_s.arg(name, qw::test::fixturePath(u"asterisk22-cluster/%1.queue_log"_s.arg(name)));
    return arguments;
}
} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoReadsTheBundledCluster();
    void countsMatchTheFiles();
    void databaseGivesTheSameCounts();
    void periodFilters();
    void badLinesAreReportedNotFatal();
    void badArguments_data();
    void badArguments();
    void unreadableSources_data();
    void unreadableSources();
};

void TestReportCli::demoReadsTheBundledCluster()
{
    const Run run = runReport({u"--demo"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Counts counts = countsFromOutput(run.out);
    QCOMPARE(counts.keys(), (QStringList {u"A"_s, u"B"_s, u"C"_s}));
    for (const auto& verbs : counts) {
        QVERIFY(verbs.value(u"ENTERQUEUE"_s) > 0);
        QVERIFY(verbs.value(u"CONNECT"_s) > 0);
    }
}

void TestReportCli::countsMatchTheFiles()
{
    const Run run = runReport(QStringList {u"--source"_s, u"cluster:A|B|C"_s} + fixtureArguments());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Counts counts = countsFromOutput(run.out);
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        QCOMPARE(counts.value(name),
                 countsFromFile(qw::test::fixturePath(u"asterisk22-cluster/%1.queue_log"_s.arg(name))));
}

void TestReportCli::databaseGivesTheSameCounts()
{
    qw::test::TestMariaDb server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    qw::DatabaseConnection connection(server.url());
    QVERIFY2(connection.open(), qPrintable(connection.errorString()));
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        QVERIFY(qw::test::insertEvents(
            connection,
            qw::test::readQueueLogFile(qw::test::fixturePath(u"asterisk22-cluster/%1.queue_log"_s.arg(name)), name)));

    const Run fromDb = runReport({u"--db"_s, server.url().toDisplayString(), u"--source"_s, u"cluster:A|B|C"_s});
    QVERIFY2(fromDb.exitCode == 0, qPrintable(fromDb.err));
    const Run fromFiles = runReport(QStringList {u"--source"_s, u"cluster:A|B|C"_s} + fixtureArguments());
    QCOMPARE(countsFromOutput(fromDb.out), countsFromOutput(fromFiles.out));
    QVERIFY(fromDb.out.contains(u"partition A of mysql://root@127.0.0.1"_s));

    // A file given for one partition wins over the database for that partition only.
    const Run mixed = runReport({u"--db"_s, server.url().toDisplayString(), u"--source"_s, u"sql:B"_s});
    QCOMPARE(countsFromOutput(mixed.out).value(u"B"_s), countsFromOutput(fromFiles.out).value(u"B"_s));
}

void TestReportCli::periodFilters()
{
    // A.queue_log starts at 1795495859 with QUEUESTART; ADDMEMBER lines follow at ...864.
    const Run run
        = runReport(QStringList {u"--source"_s, u"sql:A"_s, u"--from"_s, u"1795495859"_s, u"--to"_s, u"1795495864"_s}
                    + fixtureArguments());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(countsFromOutput(run.out).value(u"A"_s), (QMap<QString, qint64> {{u"QUEUESTART"_s, 1}}));

    const Run iso
        = runReport(QStringList {u"--source"_s, u"sql:A"_s, u"--to"_s, u"2026-01-01T00:00:00"_s} + fixtureArguments());
    QVERIFY(countsFromOutput(iso.out).value(u"A"_s).isEmpty());
}

void TestReportCli::badLinesAreReportedNotFatal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"X.queue_log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1|NONE|NONE|NONE|QUEUESTART|\nnot a line\n2|c|q|NONE|ENTERQUEUE||555|1\n");
    file.close();
    const Run run = runReport({u"--source"_s, u"file:"_s + path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(countsFromOutput(run.out).value(u"X.queue_log"_s).value(u"ENTERQUEUE"_s), qint64(1));
    QVERIFY2(run.err.contains(u"line 2"_s), qPrintable(run.err));
    QVERIFY(run.out.contains(u"1 malformed lines skipped"_s));
}

void TestReportCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("no source") << QStringList {} << u"--source"_s;
    QTest::addRow("duplicate partition") << QStringList {u"--source"_s, u"cluster:A|B|A"_s} << u"\"A\" appears twice"_s;
    QTest::addRow("unknown prefix") << QStringList {u"--source"_s, u"SQL:A"_s} << u"SQL:"_s;
    QTest::addRow("no backing") << QStringList {u"--source"_s, u"sql:A"_s} << u"\"A\" has nothing to read from"_s;
    QTest::addRow("bad partition option")
        << QStringList {u"--source"_s, u"sql:A"_s, u"--partition"_s, u"A"_s} << u"NAME=PATH"_s;
    QTest::addRow("password in url") << QStringList {u"--db"_s, u"mysql://u:pw@h/d"_s, u"--source"_s, u"sql:A"_s}
                                     << u"QUEUEWATCH_DB_PASSWORD"_s;
    QTest::addRow("bad time") << QStringList {u"--demo"_s, u"--from"_s, u"yesterday"_s} << u"yesterday"_s;
    QTest::addRow("unknown option") << QStringList {u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::addRow("stray argument") << QStringList {u"--demo"_s, u"extra"_s} << u"extra"_s;
}

void TestReportCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runReport(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestReportCli::unreadableSources_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("missing file") << QStringList {u"--source"_s, u"file:/nonexistent/queue_log"_s}
                                  << u"/nonexistent/queue_log"_s;
    QTest::addRow("database down") << QStringList {u"--db"_s, u"mysql://qw@127.0.0.1:1/qm?connect-timeout=2"_s,
                                                   u"--source"_s, u"sql:A"_s}
                                   << u"127.0.0.1:1"_s;
}

void TestReportCli::unreadableSources()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runReport(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
