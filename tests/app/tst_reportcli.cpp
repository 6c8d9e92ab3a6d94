// queuewatch-report as a user runs it: the bundled demo, output files, and every way the
// command line can be wrong. The numbers themselves are checked by the semantics suites.
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
using Run = qw::test::ProgramRun;

Run runReport(const QStringList& arguments)
{
    return qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s), arguments);
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
    void demoReportsTheBundledCluster();
    void demoLiveState();
    void liveStateSaysHowCurrentEachPartitionIs();
    void outputFileIsWrittenWhole();
    void unwritableOutputIsAClearError();
    void progressStaysOffWhenStderrIsNotATerminal();
    void badArguments_data();
    void badArguments();
    void unreadableSources_data();
    void unreadableSources();
    void passwordNeverInStderr_data();
    void passwordNeverInStderr();
    void outputThatIsAnInputIsRefused_data();
    void outputThatIsAnInputIsRefused();
    void sqliteMissingFileCreatesNothing();
    void definitionRunsWithOverrides();
    void badDefinitionSaysWhere_data();
    void badDefinitionSaysWhere();
    void reportProgramNeedsNoWidgets();
};

void TestReportCli::demoReportsTheBundledCluster()
{
    const Run run = runReport({u"--demo"_s, u"--tz"_s, u"UTC"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"source"_s).toString(), u"cluster:A|B|C"_s);
    QCOMPARE(json.value(u"servers"_s).toObject().keys(), (QStringList {u"A"_s, u"B"_s, u"C"_s}));
    QCOMPARE(json.value(u"by_hour"_s).toArray().size(), 24);
    // The sample is a day of traffic: every server took calls and the totals add up.
    const QJsonObject totals = json.value(u"totals"_s).toObject();
    QVERIFY(totals.value(u"offered"_s).toInt() > 1000);
    QCOMPARE(totals.value(u"offered"_s).toInt(),
             totals.value(u"answered"_s).toInt() + totals.value(u"unanswered"_s).toInt());
    qint64 byServer = 0;
    for (const QJsonValue& server : json.value(u"servers"_s).toObject())
        byServer += server.toObject().value(u"offered"_s).toInt();
    QCOMPARE(byServer, qint64(totals.value(u"offered"_s).toInt()));
}

void TestReportCli::demoLiveState()
{
    const Run run = runReport({u"--demo"_s, u"--tz"_s, u"UTC"_s, u"--live-at"_s, u"2026-11-02T11:00:00"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"window_start"_s).toInteger(), qint64(1793577600)); // 2026-11-02T00:00Z
    QVERIFY(!json.value(u"agents"_s).toObject().isEmpty());
    QVERIFY(json.value(u"queues"_s).toObject().contains(u"support"_s));
}

void TestReportCli::liveStateSaysHowCurrentEachPartitionIs()
{
    // A keeps writing; B's last rows are half an hour old while one of its calls is still
    // talking (a server that stopped writing); C finished its only call long ago (just quiet).
    const qint64 at = 1793613600; // 2026-11-02T10:00Z
    QTemporaryDir dir;
    const auto write = [&dir](const QString& name, const QList<QByteArray>& lines) {
        QFile file(dir.filePath(name + u".queue_log"_s));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (const QByteArray& line : lines)
            file.write(line + '\n');
        return true;
    };
    const auto line = [](qint64 time, const char* rest) -> QByteArray {
        return QByteArray::number(time) + rest;
    };
    QVERIFY(write(u"A"_s,
                  {line(at - 600, "|a1|support|NONE|ENTERQUEUE||0611|1"),
                   line(at - 590, "|a1|support|Agent/1|CONNECT|10|a1|2"),
                   line(at - 20, "|a1|support|Agent/1|COMPLETECALLER|10|570|1")}));
    QVERIFY(write(u"B"_s,
                  {line(at - 1900, "|b1|support|NONE|ENTERQUEUE||0622|1"),
                   line(at - 1800, "|b1|support|Agent/2|CONNECT|100|b1|2")}));
    QVERIFY(write(
        u"C"_s,
        {line(at - 7200, "|c1|sales|NONE|ENTERQUEUE||0633|1"), line(at - 7100, "|c1|sales|NONE|ABANDON|1|1|100")}));
    QStringList arguments {u"--source"_s, u"cluster:A|B|C"_s, u"--tz"_s, u"UTC"_s};
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        arguments << u"--partition"_s << u"%1=%2"_s.arg(name, dir.filePath(name + u".queue_log"_s));

    const auto partitionsAt = [&arguments](qint64 when) {
        const Run run = runReport(QStringList(arguments) << u"--live-at"_s << QString::number(when));
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object().value(u"partitions"_s).toObject()
                                 : QJsonObject {{u"failed"_s, run.err}};
    };
    QJsonObject partitions = partitionsAt(at);
    QCOMPARE(partitions.keys(), (QStringList {u"A"_s, u"B"_s, u"C"_s}));
    const auto field = [&partitions](const char* partition, const char* name) {
        return partitions.value(QLatin1StringView(partition)).toObject().value(QLatin1StringView(name));
    };
    QCOMPARE(field("A", "state").toString(), u"ok"_s);
    QCOMPARE(field("A", "newest_row").toInteger(), at - 20);
    QCOMPARE(field("A", "open_calls").toInteger(), 0);
    QCOMPARE(field("B", "state").toString(), u"silent"_s);
    QCOMPARE(field("B", "newest_row").toInteger(), at - 1800);
    QCOMPARE(field("B", "open_calls").toInteger(), 1);
    QCOMPARE(field("B", "since").toInteger(), at - 1800 + 300); // silent once 5 minutes passed without a row
    QCOMPARE(field("C", "state").toString(), u"quiet"_s);
    QCOMPARE(field("C", "newest_row").toInteger(), at - 7100);
    QCOMPARE(field("C", "last_read").toInteger(), at);

    // Asked before A's first row, B is still current and A has nothing yet: rows after the
    // moment asked about are not "newest".
    partitions = partitionsAt(at - 1700);
    QVERIFY(field("A", "newest_row").isNull());
    QCOMPARE(field("A", "state").toString(), u"quiet"_s);
    QCOMPARE(field("B", "state").toString(), u"ok"_s);

    // An hour later with B still talking and A silent too, every server at once: the data is behind.
    QVERIFY(write(u"A"_s,
                  {line(at - 600, "|a1|support|NONE|ENTERQUEUE||0611|1"),
                   line(at - 590, "|a1|support|Agent/1|CONNECT|10|a1|2")}));
    partitions = partitionsAt(at + 3600);
    QCOMPARE(field("A", "state").toString(), u"behind"_s);
    QCOMPARE(field("B", "state").toString(), u"behind"_s);
    QCOMPARE(field("B", "since").toInteger(), at - 590 + 300); // behind since the newest row of all went old
}

void TestReportCli::outputFileIsWrittenWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_s);
    const Run run = runReport(QStringList {u"--source"_s, u"cluster:A|B|C"_s, u"--tz"_s, u"UTC"_s, u"--from"_s,
                                           u"2026-11-24"_s, u"--format"_s, u"csv"_s, u"--output"_s, path}
                              + fixtureArguments());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.first().startsWith("queue,offered,answered,unanswered"));
    QCOMPARE(lines.size(), 4); // billing, sales, support
}

void TestReportCli::unwritableOutputIsAClearError()
{
    const Run run = runReport({u"--demo"_s, u"--output"_s, u"/nonexistent-dir/report.json"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"/nonexistent-dir/report.json"_s), qPrintable(run.err));
#ifdef Q_OS_LINUX
    const Run full = runReport({u"--demo"_s, u"--output"_s, u"-"_s}); // standard output works
    QCOMPARE(full.exitCode, 0);
#endif
}

void TestReportCli::progressStaysOffWhenStderrIsNotATerminal()
{
    const Run run = runReport({u"--demo"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
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
    QTest::addRow("to before from") << QStringList {u"--demo"_s, u"--from"_s, u"2000"_s, u"--to"_s, u"1000"_s}
                                    << u"--to"_s;
    QTest::addRow("unknown zone") << QStringList {u"--demo"_s, u"--tz"_s, u"Mars/Olympus"_s} << u"Mars/Olympus"_s;
    QTest::addRow("bad sl") << QStringList {u"--demo"_s, u"--sl"_s, u"-5"_s} << u"--sl"_s;
    QTest::addRow("bad format") << QStringList {u"--demo"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
    QTest::addRow("bad window") << QStringList {u"--demo"_s, u"--live-at"_s, u"0"_s, u"--window-hours"_s, u"0"_s}
                                << u"--window-hours"_s;
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

void TestReportCli::passwordNeverInStderr_data()
{
    // Malformed database URLs that carry a password: whatever is wrong, neither program prints it
    // (the loader's standard error goes to the journal).
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("secrets");
    const QStringList whole {u"S3cr3tPw"_s};
    QTest::addRow("well formed") << u"mysql://qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("unknown scheme") << u"postgres://qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("single slash") << u"mysql:/qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("no colon after the scheme") << u"mysql//qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("no scheme") << u"qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("bad port") << u"mysql://qm:S3cr3tPw@db:99999/qm"_s << whole;
    QTest::addRow("no host") << u"mysql://qm:S3cr3tPw@/qm"_s << whole;
    QTest::addRow("no database") << u"mysql://qm:S3cr3tPw@db"_s << whole;
    QTest::addRow("space in host") << u"mysql://qm:S3cr3tPw@d b/qm"_s << whole;
    QTest::addRow("unknown option") << u"mysql://qm:S3cr3tPw@db/qm?frob=1"_s << whole;
    QTest::addRow("slash in password") << u"mysql://qm:S3cr/3tPw@db/qm"_s << QStringList {u"S3cr/3tPw"_s, u"3tPw"_s};
    QTest::addRow("at sign in password") << u"mysql://qm:S3cr@3tPw@db/qm"_s << QStringList {u"S3cr@3tPw"_s, u"3tPw"_s};
    QTest::addRow("hash in password") << u"mysql://qm:S3cr#3tPw@db/qm"_s << QStringList {u"S3cr#3tPw"_s, u"3tPw"_s};
    QTest::addRow("bad percent escape") << u"mysql://qm:S3c%zzPw@db/qm"_s << QStringList {u"S3c%zzPw"_s, u"zzPw"_s};
    QTest::addRow("password as the port") << u"mysql://qm:S3cr3tPw/qm"_s << whole;
    QTest::addRow("sqlite with a server") << u"sqlite://qm:S3cr3tPw@db/file.db"_s << whole;
}

void TestReportCli::passwordNeverInStderr()
{
    QFETCH(QString, url);
    QFETCH(QStringList, secrets);
    QTemporaryDir dir;
    const QString log = dir.filePath(u"queue_log"_s);
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1793606400|c1|support|NONE|ENTERQUEUE||0611111111|1\n");
    file.close();
    const Run report = runReport({u"--db"_s, url, u"--source"_s, u"sql:A"_s});
    const Run loader = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-loader"_s),
                                            {u"--db"_s, url, u"--partition"_s, u"A"_s, u"--once"_s, log}, 30000);
    QCOMPARE(report.exitCode, 2);
    QVERIFY(loader.exitCode != 0);
    for (const Run* run : {&report, &loader}) {
        QVERIFY2(!run->err.trimmed().isEmpty(), "a message says what is wrong");
        for (const QString& secret : secrets) {
            QVERIFY2(!run->err.contains(secret), qPrintable(run->err));
            QVERIFY2(!run->out.contains(secret.toUtf8()), run->out.constData());
        }
    }
}

void TestReportCli::outputThatIsAnInputIsRefused_data()
{
    QTest::addColumn<QString>("how"); // how --output names the input
    QTest::addRow("the partition file") << u"same"_s;
    QTest::addRow("through a symbolic link") << u"symlink"_s;
    QTest::addRow("through a hard link") << u"hardlink"_s;
    QTest::addRow("a path with ..") << u"dotdot"_s;
    QTest::addRow("the file: source") << u"file-source"_s;
    QTest::addRow("the SQLite database") << u"sqlite"_s;
}

void TestReportCli::outputThatIsAnInputIsRefused()
{
    QFETCH(QString, how);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
    const QString log = dir.filePath(u"A.queue_log"_s);
    const QByteArray bytes = "1793606400|c1|support|NONE|ENTERQUEUE||0611111111|1\n"
                             "1793606430|c1|support|NONE|ABANDON|1|1|30\n";
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    QStringList arguments {u"--source"_s, u"sql:A"_s, u"--partition"_s, u"A="_s + log, u"--from"_s,  u"2026-11-02"_s,
                           u"--tz"_s,     u"UTC"_s,   u"--format"_s,    u"csv"_s,      u"--output"_s};
    QString protectedFile = log;
    if (how == u"same") {
        arguments << log;
    } else if (how == u"symlink") {
        QVERIFY(QFile::link(log, dir.filePath(u"link.csv"_s)));
        arguments << dir.filePath(u"link.csv"_s);
    } else if (how == u"hardlink") {
#ifdef Q_OS_UNIX
        QVERIFY(::link(QFile::encodeName(log).constData(), QFile::encodeName(dir.filePath(u"hard.csv"_s)).constData())
                == 0);
        arguments << dir.filePath(u"hard.csv"_s);
#else
        QSKIP("hard links are made with POSIX link() here");
#endif
    } else if (how == u"dotdot") {
        arguments << dir.filePath(u"sub/../A.queue_log"_s);
    } else if (how == u"file-source") {
        arguments = QStringList {u"--source"_s, u"file:"_s + log, u"--from"_s,   u"2026-11-02"_s,
                                 u"--tz"_s,     u"UTC"_s,         u"--output"_s, log};
    } else {
        // A SQLite database (made by the generator, as a loader would): the report must not write over it.
        const QString database = dir.filePath(u"ql.sqlite"_s);
        const Run made = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-generate"_s),
                                              {u"--from"_s, u"2026-11-02"_s, u"--to"_s, u"2026-11-03"_s,
                                               u"--calls-per-day"_s, u"20"_s, u"--db"_s, u"sqlite:"_s + database});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        protectedFile = database;
        arguments = QStringList {u"--source"_s,   u"sql:A"_s, u"--db"_s, u"sqlite:"_s + database, u"--from"_s,
                                 u"2026-11-02"_s, u"--tz"_s,  u"UTC"_s,  u"--output"_s,           database};
    }
    QFile before(protectedFile);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();

    const Run run = runReport(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--output"_s) && run.err.contains(u"overwrite"_s), qPrintable(run.err));
    QFile after(protectedFile);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original); // the input is as it was
}

void TestReportCli::sqliteMissingFileCreatesNothing()
{
    QTemporaryDir dir;
    for (const QString& path : {dir.filePath(u"missing.sqlite"_s), dir.filePath(u"no-dir/missing.sqlite"_s)}) {
        const Run run = runReport({u"--db"_s, u"sqlite:"_s + path, u"--source"_s, u"sql:A"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"no such file"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList()); // nothing at all
}

void TestReportCli::definitionRunsWithOverrides()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"daily.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // The demo's day, as the wizard would save it: a custom period, queues, a threshold.
    file.write(R"({"format": 1, "title": "Support only", "source": "cluster:A|B-|C", "period": "custom",
                  "from": 1793577600, "to": 1793664000, "time_zone": "UTC", "queues": ["support"],
                  "agents": [], "sl_threshold": 15})");
    file.close();
    const QStringList same {u"--demo"_s,     u"--source"_s, u"cluster:A|B-|C"_s, u"--from"_s,
                            u"1793577600"_s, u"--to"_s,     u"1793664000"_s,     u"--tz"_s,
                            u"UTC"_s,        u"--queue"_s,  u"support"_s,        u"--sl"_s,
                            u"15"_s,         u"--now"_s,    u"1800000000"_s};
    // The same moment for both runs: the JSON names it.
    const Run fromFile = runReport({u"--demo"_s, u"--definition"_s, path, u"--now"_s, u"1800000000"_s});
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
    const Run fromOptions = runReport(same);
    QVERIFY2(fromOptions.exitCode == 0, qPrintable(fromOptions.err));
    QCOMPARE(fromFile.out, fromOptions.out);
    const QJsonObject json = QJsonDocument::fromJson(fromFile.out).object();
    QCOMPARE(json.value(u"queues"_s).toObject().keys(), QStringList {u"support"_s});
    QCOMPARE(json.value(u"sl_threshold"_s).toInteger(), 15);
    QVERIFY(json.value(u"totals"_s).toObject().value(u"offered"_s).toInteger() > 100);

    // Options override the file: another period, another format, an output file.
    const QString csv = dir.filePath(u"morning.csv"_s);
    const Run overridden = runReport({u"--demo"_s, u"--definition"_s, path, u"--from"_s, u"2026-11-02T08:00:00"_s,
                                      u"--to"_s, u"2026-11-02T12:00:00"_s, u"--format"_s, u"csv"_s, u"--output"_s, csv,
                                      u"--now"_s, u"1800000000"_s});
    QVERIFY2(overridden.exitCode == 0, qPrintable(overridden.err));
    const Run expected
        = runReport(QStringList(same).mid(0, 3)
                    + QStringList {u"--from"_s, u"2026-11-02T08:00:00"_s, u"--to"_s, u"2026-11-02T12:00:00"_s,
                                   u"--tz"_s, u"UTC"_s, u"--queue"_s, u"support"_s, u"--sl"_s, u"15"_s, u"--format"_s,
                                   u"csv"_s, u"--now"_s, u"1800000000"_s});
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected.out);
}

void TestReportCli::badDefinitionSaysWhere_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("not JSON") << QByteArray("{\n  \"format\": 1,\n  \"source\" \"sql:A\"\n}") << u"line 3, column"_s;
    QTest::addRow("threshold out of range")
        << QByteArray("{\n  \"format\": 1,\n  \"source\": \"sql:A\",\n  \"period\": \"today\",\n"
                      "  \"sl_threshold\": -5\n}")
        << u"daily.json:5: \"sl_threshold\""_s;
    QTest::addRow("unknown period") << QByteArray("{\"format\": 1,\n\"source\": \"sql:A\",\n\"period\": \"fortnight\"}")
                                    << u"daily.json:3: \"period\""_s;
    QTest::addRow("bad source") << QByteArray("{\"format\": 1,\n\"source\": \"SQL:A\", \"period\": \"today\"}")
                                << u"daily.json:2: \"source\""_s;
    QTest::addRow("another format") << QByteArray("{\"format\": 9}") << u"daily.json:1: \"format\""_s;
    QTest::addRow("an array") << QByteArray("[]") << u"JSON object"_s;
}

void TestReportCli::badDefinitionSaysWhere()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"daily.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Run run = runReport({u"--definition"_s, path, u"--db"_s, u"sqlite:"_s + dir.filePath(u"none"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const Run missing = runReport({u"--definition"_s, dir.filePath(u"missing.json"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"missing.json"_s), qPrintable(missing.err));
}

void TestReportCli::reportProgramNeedsNoWidgets()
{
#ifdef Q_OS_LINUX
    // Built to run on a server: the report program (PDFs included) loads no widget or chart library.
    QProcess ldd;
    ldd.start(u"ldd"_s, {qw::test::binaryPath(u"queuewatch-report"_s)});
    QVERIFY(ldd.waitForFinished(30000));
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(u"libQt6Core"_s), qPrintable(libraries));
    for (const QString& forbidden : {u"libQt6Widgets"_s, u"libQt6Charts"_s, u"libQt6PrintSupport"_s})
        QVERIFY2(!libraries.contains(forbidden), qPrintable(forbidden + u" in:\n"_s + libraries));
#else
    QSKIP("ldd is a Linux tool");
#endif
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
