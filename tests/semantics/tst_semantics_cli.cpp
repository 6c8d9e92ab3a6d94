// The command line (report-json.md, fine-print 1, 2, 23): exit code 2 for bad arguments and specs
// with a message naming the problem, 3 for sources that cannot be read, --output, CSV, ISO times
// in a zone (including a DST overlap and gap), --help.
#include "reportrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 T0 = 1800000000; // 2027-01-15 08:00:00 UTC
constexpr qint64 To = T0 + 3600;

QStringList callLines()
{
    return {ql(T0, u"s1|support|NONE|ENTERQUEUE||0611111111|1"_s),
            ql(T0 + 10, u"s1|support|Agent/101|CONNECT|10|s1.1|3"_s), // wait 10
            ql(T0 + 100, u"s2|support|NONE|ENTERQUEUE||0622222222|1"_s),
            ql(T0 + 130, u"s1|support|Agent/101|COMPLETEAGENT|10|120|1"_s), // talk 120
            ql(T0 + 130, u"s2|support|NONE|ABANDON|1|1|30"_s), // wait 30
            ql(T0 + 200, u"s3|sales|NONE|ENTERQUEUE||0633333333|1"_s),
            ql(T0 + 230, u"s3|sales|Agent/102|CONNECT|30|s3.1|4"_s), // wait 30
            ql(T0 + 290, u"s3|sales|Agent/102|COMPLETECALLER|30|60|1"_s)}; // talk 60
}

// The CSV rows as maps column -> value, after checking the header has `columns`.
QList<QMap<QString, QString>> csvRecords(const QString& text, const QStringList& columns, QString* problem)
{
    const QList<QStringList> rows = parseCsv(text);
    if (rows.isEmpty()) {
        *problem = u"no CSV header"_s;
        return {};
    }
    const QStringList header = rows.first();
    for (const QString& column : columns) {
        if (!header.contains(column))
            *problem += u"column "_s + column + u" missing from header: "_s + header.join(u',') + u'\n';
    }
    QList<QMap<QString, QString>> records;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows[i].size() == 1 && rows[i].first().isEmpty())
            continue;
        QMap<QString, QString> record;
        for (qsizetype c = 0; c < header.size() && c < rows[i].size(); ++c)
            record.insert(header[c], rows[i][c]);
        records << record;
    }
    return records;
}
} // namespace

class TestSemanticsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void badArguments_data();
    void badArguments();
    void unreadableSources_data();
    void unreadableSources();
    void outputFile();
    void csvPerQueue();
    void csvCalls();
    void isoTimes_data();
    void isoTimes();
};

void TestSemanticsCli::help()
{
    const ReportRun run = runReport({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString& option : {u"--partition"_s, u"--source"_s, u"--from"_s, u"--to"_s, u"--tz"_s, u"--sl"_s,
                                  u"--format"_s, u"--output"_s, u"--calls"_s, u"--live-at"_s, u"--window-hours"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option + u" not in --help:\n"_s + run.out));
}

void TestSemanticsCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions"); // empty: only a non-empty message is required
    const QStringList period {u"--from"_s, QString::number(T0), u"--to"_s, QString::number(To)};
    const auto withPeriod = [&period](const QStringList& arguments) {
        return arguments + period;
    };
    // Specs (semantics.md section 1, fine-print 1, 2).
    QTest::addRow("upper-case prefix") << withPeriod({u"--source"_s, u"SQL:A"_s}) << u"SQL"_s;
    QTest::addRow("space after the prefix") << withPeriod({u"--source"_s, u"cluster: A"_s}) << u" A"_s;
    QTest::addRow("dash flag on sql:") << withPeriod({u"--source"_s, u"sql:A-"_s}) << u"A-"_s;
    QTest::addRow("file: path ending in a dash")
        << withPeriod({u"--source"_s, u"file:/tmp/queue_log-"_s}) << u"queue_log-"_s;
    QTest::addRow("file: with an empty base name") << withPeriod({u"--source"_s, u"file:/tmp/"_s}) << QString();
    QTest::addRow("partition name of 21 characters")
        << withPeriod({u"--source"_s, u"sql:ABCDEFGHIJKLMNOPQRSTU"_s}) << u"ABCDEFGHIJKLMNOPQRSTU"_s;
    QTest::addRow("character outside the set") << withPeriod({u"--source"_s, u"sql:A!"_s}) << u"A!"_s;
    QTest::addRow("partition twice") << withPeriod({u"--source"_s, u"cluster:A|B|A"_s}) << u"A"_s;
    QTest::addRow("empty partition name") << withPeriod({u"--source"_s, u"cluster:A||B"_s}) << QString();
    QTest::addRow("trimming is not done") << withPeriod({u"--source"_s, u"sql:A "_s}) << QString();
    // Options.
    QTest::addRow("bad --from") << QStringList {u"--source"_s,  u"sql:A"_s, u"--from"_s,
                                                u"yesterday"_s, u"--to"_s,  QString::number(To)}
                                << u"yesterday"_s;
    QTest::addRow("unknown zone") << withPeriod({u"--source"_s, u"sql:A"_s, u"--tz"_s, u"Mars/Olympus"_s})
                                  << u"Mars/Olympus"_s;
    QTest::addRow("bad --sl") << withPeriod({u"--source"_s, u"sql:A"_s, u"--sl"_s, u"abc"_s}) << u"--sl"_s;
    QTest::addRow("bad --format") << withPeriod({u"--source"_s, u"sql:A"_s, u"--format"_s, u"xml"_s}) << u"xml"_s;
    QTest::addRow("bad --live-at") << QStringList {u"--source"_s, u"sql:A"_s, u"--live-at"_s, u"soon"_s} << u"soon"_s;
    QTest::addRow("unknown option") << withPeriod({u"--source"_s, u"sql:A"_s, u"--frobnicate"_s}) << u"frobnicate"_s;
}

void TestSemanticsCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    LogSet logs; // A and B exist, so only the argument under test can be wrong
    logs.add(u"A"_s, callLines());
    logs.add(u"B"_s, callLines());
    QStringList all = arguments;
    if (!all.contains(u"--tz"_s))
        all << u"--tz"_s << u"UTC"_s;
    const ReportRun run = runReport(all + logs.partitionArguments());
    QVERIFY2(run.exitCode == 2, qPrintable(run.summary()));
    QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(run.summary()));
    QVERIFY2(run.err.contains(mentions), qPrintable(u"stderr does not mention '"_s + mentions + u"': "_s + run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestSemanticsCli::unreadableSources_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("missing partition file")
        << QStringList {u"--source"_s, u"sql:A"_s, u"--partition"_s, u"A=/nonexistent/A.queue_log"_s}
        << u"/nonexistent/A.queue_log"_s;
    QTest::addRow("missing file: source")
        << QStringList {u"--source"_s, u"file:/nonexistent/queue_log"_s} << u"/nonexistent/queue_log"_s;
    QTest::addRow("one of two partitions missing")
        << QStringList {u"--source"_s, u"cluster:A|B"_s, u"--partition"_s, u"B=/nonexistent/B.queue_log"_s}
        << u"/nonexistent/B.queue_log"_s; // A is added by the test
    QTest::addRow("database down") << QStringList {u"--db"_s, u"mysql://qw@127.0.0.1:1/qm?connect-timeout=2"_s,
                                                   u"--source"_s, u"sql:A"_s}
                                   << u"127.0.0.1:1"_s;
}

void TestSemanticsCli::unreadableSources()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QStringList all = arguments
        + QStringList {u"--from"_s, QString::number(T0), u"--to"_s, QString::number(To), u"--tz"_s, u"UTC"_s};
    if (arguments.contains(u"cluster:A|B"_s))
        all << u"--partition"_s << u"A="_s + writeQueueLog(dir, u"A.queue_log"_s, callLines());
    const ReportRun run = runReport(all);
    QVERIFY2(run.exitCode == 3, qPrintable(run.summary()));
    QVERIFY2(run.err.contains(mentions), qPrintable(u"stderr does not mention '"_s + mentions + u"': "_s + run.err));
}

void TestSemanticsCli::outputFile()
{
    LogSet logs;
    logs.add(u"A"_s, callLines());
    const ReportRun toStdout = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(toStdout);
    const QString path = logs.filePath(u"report.json"_s);
    const ReportRun toFile = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s, u"--output"_s, path});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.summary()));
    // CONTRACT: with --output the report goes to the file only; stdout carries no JSON.
    QVERIFY2(toFile.out.trimmed().isEmpty(), qPrintable(toFile.out));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QW_COMPARE_JSON(QJsonValue(document.object()), QJsonValue(toStdout.json));
    QW_CHECK_FIELDS(document.object(), {{u"totals.offered"_s, 3}, {u"totals.answered"_s, 2}});
}

void TestSemanticsCli::csvPerQueue()
{
    LogSet logs;
    logs.add(u"A"_s, callLines());
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--format"_s, u"csv"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QString problem;
    // CONTRACT: the queue name is in a column "queue"; unanswered_by_cause is flattened as
    // abandon,timeout,exitempty,exitwithkey,other; the other columns are named like the KPI keys,
    // with their unit when they have one (README "CSV"): durations _s, ratios _pct.
    const auto records = csvRecords(run.out,
                                    {u"queue"_s,
                                     u"offered"_s,
                                     u"answered"_s,
                                     u"unanswered"_s,
                                     u"abandon"_s,
                                     u"timeout"_s,
                                     u"exitempty"_s,
                                     u"exitwithkey"_s,
                                     u"other"_s,
                                     u"answered_within_sl"_s,
                                     u"unanswered_within_sl"_s,
                                     u"service_level_pct"_s,
                                     u"sl_answered_pct"_s,
                                     u"sl2_pct"_s,
                                     u"avg_wait_answered_s"_s,
                                     u"max_wait_answered_s"_s,
                                     u"avg_talk_s"_s,
                                     u"total_talk_s"_s,
                                     u"avg_wait_unanswered_s"_s,
                                     u"transfers"_s,
                                     u"ring_no_answer"_s},
                                    &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + run.out));
    QCOMPARE(records.size(), 2); // one line per queue
    for (const auto& record : records) {
        if (record.value(u"queue"_s) == u"support"_s) {
            QCOMPARE(record.value(u"offered"_s).toDouble(), 2.0); // s1, s2
            QCOMPARE(record.value(u"answered"_s).toDouble(), 1.0);
            QCOMPARE(record.value(u"abandon"_s).toDouble(), 1.0);
            QCOMPARE(record.value(u"timeout"_s).toDouble(), 0.0);
            QCOMPARE(record.value(u"total_talk_s"_s).toDouble(), 120.0);
            QCOMPARE(record.value(u"answered_within_sl"_s).toDouble(), 1.0); // 10 <= 20
            // SL = 1 / (2 - 0) = 50 %; the abandon waited 30 s > 20, so it counts against.
            QCOMPARE(record.value(u"service_level_pct"_s), u"50.0"_s);
            QCOMPARE(record.value(u"avg_wait_unanswered_s"_s), u"30.0"_s);
        } else {
            QCOMPARE(record.value(u"queue"_s), u"sales"_s);
            QCOMPARE(record.value(u"offered"_s).toDouble(), 1.0);
            QCOMPARE(record.value(u"unanswered"_s).toDouble(), 0.0);
            QCOMPARE(record.value(u"total_talk_s"_s).toDouble(), 60.0);
            QCOMPARE(record.value(u"answered_within_sl"_s).toDouble(), 0.0); // 30 > 20
            QCOMPARE(record.value(u"service_level_pct"_s), u"0.0"_s); // 0 / (1 - 0)
            QCOMPARE(record.value(u"avg_wait_unanswered_s"_s), QString()); // nothing to average: empty
        }
    }
}

void TestSemanticsCli::csvCalls()
{
    LogSet logs;
    logs.add(u"A"_s, callLines());
    const QString path = logs.filePath(u"calls.csv"_s);
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--format"_s, u"csv"_s, u"--calls"_s, u"--output"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QString problem;
    // Times in epoch seconds and as local text in --tz; durations in seconds (_s).
    const auto records = csvRecords(QString::fromUtf8(file.readAll()),
                                    {u"server"_s, u"call_id"_s, u"queue"_s, u"enter"_s, u"enter_local"_s, u"outcome"_s,
                                     u"wait_s"_s, u"talk_s"_s, u"agent"_s, u"transferred"_s, u"caller"_s},
                                    &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(records.size(), 3); // one line per call
    for (const auto& record : records) {
        QCOMPARE(record.value(u"server"_s), u"A"_s);
        const QString id = record.value(u"call_id"_s);
        if (id == u"s1"_s) {
            QCOMPARE(record.value(u"outcome"_s), u"answered"_s);
            QCOMPARE(record.value(u"enter"_s).toDouble(), double(T0));
            QCOMPARE(record.value(u"enter_local"_s), u"2027-01-15 08:00:00"_s); // UTC
            QCOMPARE(record.value(u"wait_s"_s).toDouble(), 10.0);
            QCOMPARE(record.value(u"talk_s"_s).toDouble(), 120.0);
            QCOMPARE(record.value(u"agent"_s), u"Agent/101"_s);
            QCOMPARE(record.value(u"transferred"_s), u"false"_s);
            QCOMPARE(record.value(u"caller"_s), u"0611111111"_s);
        } else if (id == u"s2"_s) {
            QCOMPARE(record.value(u"outcome"_s), u"abandon"_s);
            QCOMPARE(record.value(u"wait_s"_s).toDouble(), 30.0);
            QCOMPARE(record.value(u"talk_s"_s), QString()); // no talk: empty
        } else {
            QCOMPARE(id, u"s3"_s);
            QCOMPARE(record.value(u"queue"_s), u"sales"_s);
            QCOMPARE(record.value(u"agent"_s), u"Agent/102"_s);
        }
    }
}

void TestSemanticsCli::isoTimes_data()
{
    QTest::addColumn<QString>("tz");
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("epoch");
    QTest::addRow("UTC") << u"UTC"_s << u"2027-01-15T08:00:00"_s << T0;
    QTest::addRow("Rome in winter, UTC+1") << u"Europe/Rome"_s << u"2027-01-15T09:00:00"_s << T0;
    QTest::addRow("Rome in summer, UTC+2") << u"Europe/Rome"_s << u"2027-07-01T12:00:00"_s << qint64(1814436000);
    QTest::addRow("New York in winter, UTC-5") << u"America/New_York"_s << u"2027-01-15T03:00:00"_s << T0;
    QTest::addRow("epoch is not shifted") << u"Europe/Rome"_s << QString::number(T0) << T0;
    // 02:30 on 2027-10-31 happens twice in Rome: the earlier reading is 02:30 CEST = 00:30 UTC.
    QTest::addRow("DST overlap") << u"Europe/Rome"_s << u"2027-10-31T02:30:00"_s << qint64(1824942600);
    // CONTRACT: 02:30 on 2027-03-28 does not exist in Rome. "The earlier reading" is read as the
    // earlier of the two instants it could mean: 02:30 at +02:00 = 00:30 UTC (at +01:00 it would be
    // 01:30 UTC).
    QTest::addRow("DST gap") << u"Europe/Rome"_s << u"2027-03-28T02:30:00"_s << qint64(1806193800);
}

void TestSemanticsCli::isoTimes()
{
    QFETCH(QString, tz);
    QFETCH(QString, from);
    QFETCH(qint64, epoch);
    LogSet logs;
    logs.add(u"A"_s, callLines());
    const ReportRun run = runReport(QStringList {u"--source"_s, u"sql:A"_s, u"--from"_s, from, u"--to"_s,
                                                 QString::number(epoch + 86400), u"--tz"_s, tz}
                                    + logs.partitionArguments());
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(run.json.value(u"period"_s), {{u"from"_s, epoch}, {u"to"_s, epoch + 86400}, {u"tz"_s, tz}});
}

QTEST_GUILESS_MAIN(TestSemanticsCli)
#include "tst_semantics_cli.moc"
