// Input (semantics.md section 1, fine-print 1-3, queue_log.md): pipes inside fields, Asterisk
// 1.2/1.4 layouts, bad lines skipped and reported without failing, CRLF, a last line without
// newline, invalid UTF-8, and the partition name of a `file:` source.
#include "reportrun.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 T0 = 1800000000; // 2027-01-15 08:00:00 UTC
constexpr qint64 To = T0 + 3600;

// The CRLF scenario, as lines.
QStringList crlfScenario()
{
    return {ql(T0 - 3600, u"NONE|NONE|NONE|QUEUESTART|"_s),
            ql(T0, u"MANAGER|support|Agent/101|ADDMEMBER|"_s),
            ql(T0 + 10, u"NONE|support|Agent/101|PAUSE|Lunch"_s),
            ql(T0 + 20, u"c1|support|NONE|ENTERQUEUE||0611111111|1"_s),
            ql(T0 + 25, u"c1|support|NONE|ABANDON|1|1|5"_s),
            ql(T0 + 30, u"c2|support|NONE|ENTERQUEUE||0622222222|1"_s),
            ql(T0 + 40, u"c2|support|Agent/102|CONNECT|10|c2.1|3"_s),
            ql(T0 + 100, u"c2|support|Agent/102|COMPLETEAGENT|10|60|1"_s),
            ql(T0 + 310, u"NONE|support|Agent/101|UNPAUSE|"_s),
            ql(T0 + 400, u"c3|support|NONE|ENTERQUEUE||0633333333|1"_s),
            ql(T0 + 500, u"NONE|NONE|NONE|QUEUESTART"_s), // exactly five fields
            ql(T0 + 1000, u"MANAGER|support|Agent/101|REMOVEMEMBER|"_s)};
}

QByteArray joined(const QStringList& lines, const QByteArray& end)
{
    QByteArray bytes;
    for (const QString& line : lines)
        bytes += line.toUtf8() + end;
    return bytes;
}
} // namespace

class TestSemanticsInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pipesInFields();
    void asterisk14Layouts();
    void badLinesSkippedAndWarned_data();
    void badLinesSkippedAndWarned();
    void crlfLineEndings();
    void crOnlyLineEndings();
    void carriageReturnInsideAnLfLine();
    void lastLineWithoutNewline();
    void invalidUtf8IsNotFatal();
    void fileSourcePartitionName_data();
    void fileSourcePartitionName();
};

void TestSemanticsInput::pipesInFields()
{
    // No escaping in queue_log: a '|' inside a caller name or pause reason makes extra fields.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 + 10, u"i1|support|NONE|ENTERQUEUE||0611111111|1|Rossi | Mario|x"_s),
              ql(T0 + 20, u"i1|support|Agent/101|CONNECT|10|i1.1|3|extra|more|fields"_s),
              ql(T0 + 80, u"i1|support|Agent/101|COMPLETECALLER|10|60|1|x|y|z"_s),
              ql(T0 + 100, u"i2|support|NONE|ENTERQUEUE||0622222222|2|Bianchi|Srl|Ufficio|Acquisti"_s),
              ql(T0 + 152, u"i2|support|Agent/102|COMPLETEAGENT|12|40|2|foo|bar|baz"_s),
              ql(T0 + 200, u"i3|support|NONE|ENTERQUEUE||0633333333|1"_s),
              ql(T0 + 230, u"i3|support|NONE|ABANDON|1|1|30|a|b|c"_s),
              ql(T0 + 300, u"NONE|support|Agent/103|PAUSE|Lunch|with the team"_s),
              ql(T0 + 400, u"NONE|support|Agent/103|UNPAUSE||x|y"_s)});
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"i1"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 10}, {u"talk"_s, 60}}); // 20-10, 80-20
    // COMPLETEAGENT without CONNECT: data1 and data2 are still the 6th and 7th fields.
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"i2"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 12}, {u"talk"_s, 40}, {u"agent"_s, u"Agent/102"_s}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"i3"_s, u"support"_s), {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 30}});
    QW_CHECK_FIELDS(run.json.value(u"totals"_s), {{u"offered"_s, 3}, {u"answered"_s, 2}, {u"total_talk"_s, 100}});
    // CONTRACT: the pause reason is data1 only ("Lunch"); what followed the '|' is data2.
    QW_CHECK_FIELDS(entry(run.json, u"agents"_s, u"Agent/103"_s),
                    {{u"paused_time"_s, 100}, {u"paused_by_reason"_s, QJsonObject {{u"Lunch"_s, 100}}}});
}

void TestSemanticsInput::asterisk14Layouts()
{
    // Older field layouts (queue_log.md): ENTERQUEUE url|callerid without position, CONNECT with
    // holdtime|uniqueid (1.4) or holdtime only (1.2), TRANSFER exten|context|holdtime|calltime,
    // EXITWITHTIMEOUT position, EXITWITHKEY key|position, PAUSE/UNPAUSE without reason, agent
    // callback logins, and a QUEUESTART without the '|' after the verb.
    LogSet logs;
    logs.add(
        u"A"_s,
        {ql(T0, u"NONE|NONE|Agent/101|AGENTCALLBACKLOGIN|101@agents"_s),
         ql(T0 + 10, u"o1|support|NONE|ENTERQUEUE||0611111111"_s),
         ql(T0 + 18, u"o1|support|Agent/101|CONNECT|8|1800000010.5"_s),
         ql(T0 + 78, u"o1|support|Agent/101|COMPLETECALLER|8|60|1"_s),
         ql(T0 + 100, u"o2|support|NONE|ENTERQUEUE||0622222222"_s), ql(T0 + 105, u"o2|support|Agent/101|CONNECT|5"_s),
         ql(T0 + 135, u"o2|support|Agent/101|TRANSFER|2001|from-internal|5|30"_s),
         ql(T0 + 200, u"o3|support|NONE|ENTERQUEUE||0633333333"_s),
         ql(T0 + 230, u"o3|support|NONE|EXITWITHTIMEOUT|1"_s),
         ql(T0 + 300, u"o4|support|NONE|ENTERQUEUE||0644444444"_s), ql(T0 + 312, u"o4|support|NONE|EXITWITHKEY|5|1"_s),
         ql(T0 + 400, u"o5|support|NONE|ENTERQUEUE||0655555555"_s), ql(T0 + 402, u"o5|support|NONE|ABANDON|1|1|2"_s),
         ql(T0 + 500, u"NONE|support|Agent/101|PAUSE|"_s), ql(T0 + 800, u"NONE|support|Agent/101|UNPAUSE|"_s),
         ql(T0 + 900, u"NONE|NONE|Agent/101|AGENTCALLBACKLOGOFF|101@agents|900|CommandLogoff"_s),
         ql(T0 + 1000, u"o6|support|NONE|ENTERQUEUE||0666666666"_s), ql(T0 + 1100, u"NONE|NONE|NONE|QUEUESTART"_s)});
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"o1"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 8}, {u"talk"_s, 60}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"o2"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 5}, {u"talk"_s, 30}, {u"transferred"_s, true}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"o3"_s, u"support"_s), {{u"outcome"_s, u"timeout"_s}, {u"wait"_s, 30}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"o4"_s, u"support"_s),
                    {{u"outcome"_s, u"exitwithkey"_s}, {u"wait"_s, 12}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"o5"_s, u"support"_s), {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 2}});
    // The five-field QUEUESTART closes o6 while waiting: other, wait 1100 - 1000.
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"o6"_s, u"support"_s), {{u"outcome"_s, u"other"_s}, {u"wait"_s, 100}});
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 6},
                     {u"answered"_s, 2},
                     {u"unanswered"_s, 4},
                     {u"answered_within_sl"_s, 2}, // 8, 5
                     {u"unanswered_within_sl"_s, 2}, // 12, 2 (not 30, 100)
                     {u"service_level"_s, 0.5}, // 2 / (6 - 2)
                     {u"sl_answered"_s, 1},
                     {u"sl2"_s, 4.0 / 6}, // (2 + 2) / 6
                     {u"avg_wait_answered"_s, 6.5}, // (8 + 5) / 2
                     {u"max_wait_answered"_s, 8},
                     {u"total_talk"_s, 90}, // 60 + 30
                     {u"avg_talk"_s, 45},
                     {u"avg_wait_unanswered"_s, 36}, // (30 + 12 + 2 + 100) / 4
                     {u"transfers"_s, 1}});
    QW_CHECK_FIELDS(entry(run.json, u"agents"_s, u"Agent/101"_s),
                    {{u"answered"_s, 2},
                     {u"total_talk"_s, 90},
                     {u"logged_in_time"_s, 900}, // [0, 900)
                     {u"paused_time"_s, 300}, // [500, 800)
                     {u"paused_by_reason"_s, QJsonObject {{QString(), 300}}}}); // no reason: ""
}

void TestSemanticsInput::badLinesSkippedAndWarned_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<bool>("warned");
    // Each bad line would turn b1 into an abandon at 08:00:20 if it were read.
    QTest::addRow("letters in the epoch") << QByteArray("18000000x0|b1|support|NONE|ABANDON|1|1|10") << true;
    QTest::addRow("signed epoch") << QByteArray("+1800000020|b1|support|NONE|ABANDON|1|1|10") << true;
    QTest::addRow("negative epoch") << QByteArray("-1800000020|b1|support|NONE|ABANDON|1|1|10") << true;
    QTest::addRow("decimal epoch") << QByteArray("1800000020.5|b1|support|NONE|ABANDON|1|1|10") << true;
    QTest::addRow("space before the epoch") << QByteArray(" 1800000020|b1|support|NONE|ABANDON|1|1|10") << true;
    QTest::addRow("empty epoch") << QByteArray("|b1|support|NONE|ABANDON|1|1|10") << true;
    QTest::addRow("empty verb") << QByteArray("1800000020|b1|support|NONE||1|1|10") << true;
    QTest::addRow("empty verb, five fields") << QByteArray("1800000020|b1|support|NONE|") << true;
    QTest::addRow("four fields") << QByteArray("1800000020|b1|support|NONE") << true;
    QTest::addRow("free text") << QByteArray("this is not a queue_log line") << true;
    // Empty lines are skipped silently; a lone CR is stripped to an empty line (fine-print 3).
    QTest::addRow("empty line") << QByteArray() << false;
    QTest::addRow("lone CR") << QByteArray("\r") << false;
}

void TestSemanticsInput::badLinesSkippedAndWarned()
{
    QFETCH(QByteArray, bad);
    QFETCH(bool, warned);
    const QByteArray before = ql(T0 + 10, u"b1|support|NONE|ENTERQUEUE||0611111111|1"_s).toUtf8() + '\n';
    const QByteArray after = ql(T0 + 40, u"b1|support|NONE|EXITWITHTIMEOUT|1|1|30"_s).toUtf8() + '\n';
    LogSet clean;
    clean.addBytes(u"A"_s, before + after);
    LogSet dirty;
    dirty.addBytes(u"A"_s, before + bad + '\n' + after);
    const ReportRun baseline = clean.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(baseline);
    const ReportRun run = dirty.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run); // exit 0: a bad line is never fatal

    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 1);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"b1"_s, u"support"_s), {{u"outcome"_s, u"timeout"_s}, {u"wait"_s, 30}});
    // CONTRACT: report-json.md lists "bad lines skipped" among the warnings without fixing their
    // text; we check that a bad line adds warnings and an empty line adds none.
    if (warned)
        QVERIFY2(warningsOf(run.json).size() > warningsOf(baseline.json).size(),
                 qPrintable(warningsOf(run.json).join(u'\n')));
    else
        QCOMPARE(warningsOf(run.json).size(), warningsOf(baseline.json).size());
}

void TestSemanticsInput::crlfLineEndings()
{
    LogSet lf;
    lf.addBytes(u"A"_s, joined(crlfScenario(), "\n"));
    LogSet crlf;
    crlf.addBytes(u"A"_s, joined(crlfScenario(), "\r\n"));
    const ReportRun plain = lf.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(plain);
    const ReportRun run = crlf.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);

    for (const ReportRun* r : {&plain, &run}) {
        QW_CHECK_FIELDS(findCall(r->json, u"A"_s, u"c1"_s, u"support"_s),
                        {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 5}});
        QW_CHECK_FIELDS(findCall(r->json, u"A"_s, u"c2"_s, u"support"_s),
                        {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 10}, {u"talk"_s, 60}});
        // closed by the five-field QUEUESTART ("QUEUESTART\r" once the CR is stripped)
        QW_CHECK_FIELDS(findCall(r->json, u"A"_s, u"c3"_s, u"support"_s),
                        {{u"outcome"_s, u"other"_s}, {u"wait"_s, 100}});
        QW_CHECK_FIELDS(entry(r->json, u"agents"_s, u"Agent/101"_s),
                        {{u"logged_in_time"_s, 1000},
                         {u"paused_time"_s, 300}, // [10, 310)
                         {u"paused_by_reason"_s, QJsonObject {{u"Lunch"_s, 300}}}}); // not "Lunch\r"
    }
    // And the whole report is the same.
    QW_COMPARE_JSON(QJsonValue(run.json), QJsonValue(plain.json));
}

void TestSemanticsInput::crOnlyLineEndings()
{
    // Old Mac line ends (docs/decisions.md): a file whose first line ends with a lone CR is read
    // with CR as its line end, so it gives the same report as the LF file, with no bad line.
    LogSet lf;
    lf.addBytes(u"A"_s, joined(crlfScenario(), "\n"));
    LogSet cr;
    cr.addBytes(u"A"_s, joined(crlfScenario(), "\r"));
    const ReportRun plain = lf.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(plain);
    const ReportRun run = cr.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 3); // c1, c2, c3: not one line
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"c2"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 10}, {u"talk"_s, 60}});
    QW_CHECK_FIELDS(entry(run.json, u"agents"_s, u"Agent/101"_s),
                    {{u"logged_in_time"_s, 1000}, {u"paused_by_reason"_s, QJsonObject {{u"Lunch"_s, 300}}}});
    for (const QString& warning : warningsOf(run.json))
        QVERIFY2(!warning.contains(u"malformed"_s), qPrintable(warning));
    QW_COMPARE_JSON(QJsonValue(run.json), QJsonValue(plain.json));
}

void TestSemanticsInput::carriageReturnInsideAnLfLine()
{
    // In an LF file a CR inside a line is data: it does not cut the line in two (a caller id
    // cannot inject a queue_log line that way).
    LogSet logs;
    logs.addBytes(u"A"_s,
                  ql(T0 + 20, u"r1|support|NONE|ENTERQUEUE||06\r"_s).toUtf8() + QByteArray::number(T0 + 21)
                      + "|r9|support|Agent/1|CONNECT|1|x|1\n"
                      + ql(T0 + 30, u"r1|support|NONE|ABANDON|1|1|10"_s).toUtf8() + '\n');
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 1);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"r1"_s, u"support"_s),
                    {{u"outcome"_s, u"abandon"_s},
                     {u"wait"_s, 10},
                     {u"agent"_s, Null},
                     {u"caller"_s, QString(u"06\r"_s + QString::number(T0 + 21))}}); // data2 as written
    QVERIFY(run.json.value(u"agents"_s).toObject().isEmpty()); // the "CONNECT" was never an event
}

void TestSemanticsInput::lastLineWithoutNewline()
{
    LogSet logs;
    logs.addBytes(u"A"_s,
                  ql(T0 + 10, u"n1|support|NONE|ENTERQUEUE||0611111111|1"_s).toUtf8() + '\n'
                      + ql(T0 + 40, u"n1|support|NONE|ABANDON|1|1|30"_s).toUtf8());
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"n1"_s, u"support"_s), {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 30}});
}

void TestSemanticsInput::invalidUtf8IsNotFatal()
{
    LogSet logs;
    logs.addBytes(u"A"_s,
                  QByteArray("1800000010|u1|support|NONE|ENTERQUEUE||0611111111|1|Caf\xe9 \xff\xfe\n"
                             "1800000040|u1|support|NONE|ABANDON|1|1|30\n"
                             "1800000100|NONE|support|Agent/101|PAUSE|Pr\xe9ghiera\n"
                             "1800000200|NONE|support|Agent/101|UNPAUSE|\n"));
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"u1"_s, u"support"_s), {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 30}});
    QW_CHECK_FIELDS(entry(run.json, u"agents"_s, u"Agent/101"_s), {{u"paused_time"_s, 100}}); // [100, 200)
    // The reason is kept (with replacement characters): one entry, not a failure.
    QCOMPARE(keysOf(entry(run.json, u"agents"_s, u"Agent/101"_s).value(u"paused_by_reason"_s)).size(), 1);
}

void TestSemanticsInput::fileSourcePartitionName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("partition");
    // Fine-print 2: every character outside [A-Za-z0-9_.] becomes one '_'; cut to 20.
    QTest::addRow("dashes") << u"queue_log-2027-01-15"_s << u"queue_log_2027_01_15"_s;
    QTest::addRow("dots kept") << u"A.queue_log"_s << u"A.queue_log"_s;
    QTest::addRow("cut to 20") << u"my.long-queue_log-name-2027.txt"_s << u"my.long_queue_log_na"_s;
    QTest::addRow("spaces and plus") << u"pbx 1+2"_s << u"pbx_1_2"_s;
}

void TestSemanticsInput::fileSourcePartitionName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, partition);
    QTemporaryDir dir;
    const QString path = writeQueueLog(
        dir, fileName,
        {ql(T0 + 10, u"f1|support|NONE|ENTERQUEUE||0611111111|1"_s), ql(T0 + 40, u"f1|support|NONE|ABANDON|1|1|30"_s)});
    const QString spec = u"file:"_s + path;
    const ReportRun run = runReport({u"--source"_s, spec, u"--from"_s, QString::number(T0), u"--to"_s,
                                     QString::number(To), u"--tz"_s, u"UTC"_s, u"--calls"_s});
    QW_REQUIRE_OK(run);
    QCOMPARE(run.json.value(u"source"_s).toString(), spec); // the spec as given
    QCOMPARE(keysOf(run.json.value(u"servers"_s)), QStringList {partition});
    QW_CHECK_FIELDS(run.json, {{u"calls.0.server"_s, partition}, {u"calls.0.outcome"_s, u"abandon"_s}});
}

QTEST_GUILESS_MAIN(TestSemanticsInput)
#include "tst_semantics_input.moc"
