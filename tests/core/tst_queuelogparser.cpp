// The queue_log line parser and the line assembler: every verb layout Asterisk has written,
// and the ways real files go wrong.
#include "parsing/lineassembler.h"
#include "parsing/queuelogparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using qw::ParseProblem;
using qw::QueueLogEvent;
using qw::QueueLogParser;

class TestQueueLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verbLayouts_data();
    void verbLayouts();
    void badLines_data();
    void badLines();
    void emptyLinesAreSkippedSilently();
    void crlfIsStripped();
    void invalidUtf8IsReplacedNotFatal();
    void eightKilobyteLineIsKept();
    void overlongLineIsRejected();
    void epochOverflowIsBad();
    void toLineRoundTrips();
    void assemblerHoldsBackPartialLine();
    void assemblerFinishEmitsLastLine();
    void assemblerSplitsAcrossChunks();
    void assemblerBoundsMemoryOnEndlessLine();
};

void TestQueueLogParser::verbLayouts_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("callId");
    QTest::addColumn<QString>("queue");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QStringList>("data"); // data1..data5, as far as given

    // One row per layout of queue_log.md, with the Asterisk versions that wrote it.
    QTest::addRow("ENTERQUEUE 1.2-1.6") << "1366720340|1366720340.1|q1|NONE|ENTERQUEUE||5551234"_ba
                                        << qint64(1366720340) << u"1366720340.1"_s << u"q1"_s << u"NONE"_s
                                        << u"ENTERQUEUE"_s << QStringList {u""_s, u"5551234"_s};
    QTest::addRow("ENTERQUEUE 1.8+") << "1366720340|1366720340.1|q1|NONE|ENTERQUEUE||5551234|1"_ba << qint64(1366720340)
                                     << u"1366720340.1"_s << u"q1"_s << u"NONE"_s << u"ENTERQUEUE"_s
                                     << QStringList {u""_s, u"5551234"_s, u"1"_s};
    QTest::addRow("ENTERQUEUE 2025+ caller name")
        << "1|c|q|NONE|ENTERQUEUE|url|555|2|Jane Doe"_ba << qint64(1) << u"c"_s << u"q"_s << u"NONE"_s
        << u"ENTERQUEUE"_s << QStringList {u"url"_s, u"555"_s, u"2"_s, u"Jane Doe"_s};
    QTest::addRow("CONNECT 1.2") << "2|c|q|Agent/101|CONNECT|7"_ba << qint64(2) << u"c"_s << u"q"_s << u"Agent/101"_s
                                 << u"CONNECT"_s << QStringList {u"7"_s};
    QTest::addRow("CONNECT 1.4") << "2|c|q|Agent/101|CONNECT|7|1366720341.2"_ba << qint64(2) << u"c"_s << u"q"_s
                                 << u"Agent/101"_s << u"CONNECT"_s << QStringList {u"7"_s, u"1366720341.2"_s};
    QTest::addRow("CONNECT 1.6+") << "2|c|q|Agent/101|CONNECT|7|1366720341.2|3"_ba << qint64(2) << u"c"_s << u"q"_s
                                  << u"Agent/101"_s << u"CONNECT"_s << QStringList {u"7"_s, u"1366720341.2"_s, u"3"_s};
    QTest::addRow("COMPLETECALLER") << "3|c|q|Agent/101|COMPLETECALLER|7|120|1"_ba << qint64(3) << u"c"_s << u"q"_s
                                    << u"Agent/101"_s << u"COMPLETECALLER"_s << QStringList {u"7"_s, u"120"_s, u"1"_s};
    QTest::addRow("COMPLETEAGENT") << "3|c|q|SIP/200|COMPLETEAGENT|7|120|1"_ba << qint64(3) << u"c"_s << u"q"_s
                                   << u"SIP/200"_s << u"COMPLETEAGENT"_s << QStringList {u"7"_s, u"120"_s, u"1"_s};
    QTest::addRow("TRANSFER 1.2") << "4|c|q|Agent/1|TRANSFER|200|default"_ba << qint64(4) << u"c"_s << u"q"_s
                                  << u"Agent/1"_s << u"TRANSFER"_s << QStringList {u"200"_s, u"default"_s};
    QTest::addRow("TRANSFER 1.4") << "4|c|q|Agent/1|TRANSFER|200|default|5|60"_ba << qint64(4) << u"c"_s << u"q"_s
                                  << u"Agent/1"_s << u"TRANSFER"_s
                                  << QStringList {u"200"_s, u"default"_s, u"5"_s, u"60"_s};
    QTest::addRow("TRANSFER 1.6.1-11") << "4|c|q|Agent/1|TRANSFER|200|default|5|60|2"_ba << qint64(4) << u"c"_s
                                       << u"q"_s << u"Agent/1"_s << u"TRANSFER"_s
                                       << QStringList {u"200"_s, u"default"_s, u"5"_s, u"60"_s, u"2"_s};
    QTest::addRow("BLINDTRANSFER 12+") << "4|c|q|PJSIP/1|BLINDTRANSFER|200|from-internal|5|60|1"_ba << qint64(4)
                                       << u"c"_s << u"q"_s << u"PJSIP/1"_s << u"BLINDTRANSFER"_s
                                       << QStringList {u"200"_s, u"from-internal"_s, u"5"_s, u"60"_s, u"1"_s};
    QTest::addRow("ATTENDEDTRANSFER BRIDGE")
        << "4|c|q|PJSIP/1|ATTENDEDTRANSFER|BRIDGE|b-123|5|60|1"_ba << qint64(4) << u"c"_s << u"q"_s << u"PJSIP/1"_s
        << u"ATTENDEDTRANSFER"_s << QStringList {u"BRIDGE"_s, u"b-123"_s, u"5"_s, u"60"_s, u"1"_s};
    // LINK has one field more than there are data columns: the rest is joined into data5.
    QTest::addRow("ATTENDEDTRANSFER LINK")
        << "4|c|q|PJSIP/1|ATTENDEDTRANSFER|LINK|PJSIP/1-a|PJSIP/2-b|5|60|1"_ba << qint64(4) << u"c"_s << u"q"_s
        << u"PJSIP/1"_s << u"ATTENDEDTRANSFER"_s
        << QStringList {u"LINK"_s, u"PJSIP/1-a"_s, u"PJSIP/2-b"_s, u"5"_s, u"60|1"_s};
    QTest::addRow("ATTENDEDTRANSFER APP")
        << "4|c|q|PJSIP/1|ATTENDEDTRANSFER|APP|Voicemail|5|60|1"_ba << qint64(4) << u"c"_s << u"q"_s << u"PJSIP/1"_s
        << u"ATTENDEDTRANSFER"_s << QStringList {u"APP"_s, u"Voicemail"_s, u"5"_s, u"60"_s, u"1"_s};
    QTest::addRow("ABANDON") << "5|c|q|NONE|ABANDON|1|1|37"_ba << qint64(5) << u"c"_s << u"q"_s << u"NONE"_s
                             << u"ABANDON"_s << QStringList {u"1"_s, u"1"_s, u"37"_s};
    QTest::addRow("EXITEMPTY") << "5|c|q|NONE|EXITEMPTY|1|1|0"_ba << qint64(5) << u"c"_s << u"q"_s << u"NONE"_s
                               << u"EXITEMPTY"_s << QStringList {u"1"_s, u"1"_s, u"0"_s};
    QTest::addRow("EXITWITHTIMEOUT 1.2/1.4") << "5|c|q|NONE|EXITWITHTIMEOUT|3"_ba << qint64(5) << u"c"_s << u"q"_s
                                             << u"NONE"_s << u"EXITWITHTIMEOUT"_s << QStringList {u"3"_s};
    QTest::addRow("EXITWITHTIMEOUT 1.6+")
        << "5|c|q|NONE|EXITWITHTIMEOUT|3|1|300"_ba << qint64(5) << u"c"_s << u"q"_s << u"NONE"_s << u"EXITWITHTIMEOUT"_s
        << QStringList {u"3"_s, u"1"_s, u"300"_s};
    QTest::addRow("EXITWITHKEY old") << "5|c|q|NONE|EXITWITHKEY|5|2"_ba << qint64(5) << u"c"_s << u"q"_s << u"NONE"_s
                                     << u"EXITWITHKEY"_s << QStringList {u"5"_s, u"2"_s};
    QTest::addRow("EXITWITHKEY new") << "5|c|q|NONE|EXITWITHKEY|5|2|1|30"_ba << qint64(5) << u"c"_s << u"q"_s
                                     << u"NONE"_s << u"EXITWITHKEY"_s << QStringList {u"5"_s, u"2"_s, u"1"_s, u"30"_s};
    QTest::addRow("WITHDRAW 18+") << "5|c|q|NONE|WITHDRAW|1|1|12|moved by supervisor"_ba << qint64(5) << u"c"_s
                                  << u"q"_s << u"NONE"_s << u"WITHDRAW"_s
                                  << QStringList {u"1"_s, u"1"_s, u"12"_s, u"moved by supervisor"_s};
    QTest::addRow("AGENTDUMP") << "6|c|q|Agent/1|AGENTDUMP|"_ba << qint64(6) << u"c"_s << u"q"_s << u"Agent/1"_s
                               << u"AGENTDUMP"_s << QStringList {u""_s};
    QTest::addRow("SYSCOMPAT") << "6|c|q|Agent/1|SYSCOMPAT|"_ba << qint64(6) << u"c"_s << u"q"_s << u"Agent/1"_s
                               << u"SYSCOMPAT"_s << QStringList {u""_s};
    QTest::addRow("RINGNOANSWER") << "6|c|q|Agent/1|RINGNOANSWER|15000"_ba << qint64(6) << u"c"_s << u"q"_s
                                  << u"Agent/1"_s << u"RINGNOANSWER"_s << QStringList {u"15000"_s};
    QTest::addRow("RINGCANCELED 16+") << "6|c|q|Agent/1|RINGCANCELED|2300"_ba << qint64(6) << u"c"_s << u"q"_s
                                      << u"Agent/1"_s << u"RINGCANCELED"_s << QStringList {u"2300"_s};
    QTest::addRow("ADDMEMBER bare") << "7|MANAGER|q|Agent/1|ADDMEMBER|"_ba << qint64(7) << u"MANAGER"_s << u"q"_s
                                    << u"Agent/1"_s << u"ADDMEMBER"_s << QStringList {u""_s};
    QTest::addRow("ADDMEMBER PAUSED") << "7|MANAGER|q|Agent/1|ADDMEMBER|PAUSED"_ba << qint64(7) << u"MANAGER"_s
                                      << u"q"_s << u"Agent/1"_s << u"ADDMEMBER"_s << QStringList {u"PAUSED"_s};
    QTest::addRow("REMOVEMEMBER") << "7|MANAGER|q|Agent/1|REMOVEMEMBER|"_ba << qint64(7) << u"MANAGER"_s << u"q"_s
                                  << u"Agent/1"_s << u"REMOVEMEMBER"_s << QStringList {u""_s};
    QTest::addRow("PAUSE 1.2/1.4") << "8|NONE|q|Agent/1|PAUSE|"_ba << qint64(8) << u"NONE"_s << u"q"_s << u"Agent/1"_s
                                   << u"PAUSE"_s << QStringList {u""_s};
    QTest::addRow("PAUSE 1.6+ reason") << "8|NONE|q|Agent/1|PAUSE|Lunch"_ba << qint64(8) << u"NONE"_s << u"q"_s
                                       << u"Agent/1"_s << u"PAUSE"_s << QStringList {u"Lunch"_s};
    QTest::addRow("UNPAUSE reason") << "8|NONE|q|Agent/1|UNPAUSE|Lunch"_ba << qint64(8) << u"NONE"_s << u"q"_s
                                    << u"Agent/1"_s << u"UNPAUSE"_s << QStringList {u"Lunch"_s};
    QTest::addRow("PAUSEALL") << "8|NONE|NONE|Agent/1|PAUSEALL|"_ba << qint64(8) << u"NONE"_s << u"NONE"_s
                              << u"Agent/1"_s << u"PAUSEALL"_s << QStringList {u""_s};
    QTest::addRow("PAUSEALL reason with pipe")
        << "8|NONE|NONE|Agent/1|PAUSEALL|Break|coffee"_ba << qint64(8) << u"NONE"_s << u"NONE"_s << u"Agent/1"_s
        << u"PAUSEALL"_s << QStringList {u"Break"_s, u"coffee"_s};
    QTest::addRow("UNPAUSEALL") << "8|NONE|NONE|Agent/1|UNPAUSEALL|"_ba << qint64(8) << u"NONE"_s << u"NONE"_s
                                << u"Agent/1"_s << u"UNPAUSEALL"_s << QStringList {u""_s};
    QTest::addRow("PENALTY") << "9|NONE|q|Agent/1|PENALTY|3"_ba << qint64(9) << u"NONE"_s << u"q"_s << u"Agent/1"_s
                             << u"PENALTY"_s << QStringList {u"3"_s};
    QTest::addRow("RINGINUSE") << "9|NONE|q|Agent/1|RINGINUSE|1"_ba << qint64(9) << u"NONE"_s << u"q"_s << u"Agent/1"_s
                               << u"RINGINUSE"_s << QStringList {u"1"_s};
    QTest::addRow("AGENTLOGIN") << "10|NONE|NONE|Agent/1|AGENTLOGIN|SIP/1-0001"_ba << qint64(10) << u"NONE"_s
                                << u"NONE"_s << u"Agent/1"_s << u"AGENTLOGIN"_s << QStringList {u"SIP/1-0001"_s};
    QTest::addRow("AGENTLOGOFF") << "10|NONE|NONE|Agent/1|AGENTLOGOFF|SIP/1-0001|3600"_ba << qint64(10) << u"NONE"_s
                                 << u"NONE"_s << u"Agent/1"_s << u"AGENTLOGOFF"_s
                                 << QStringList {u"SIP/1-0001"_s, u"3600"_s};
    QTest::addRow("AGENTCALLBACKLOGIN <=1.6")
        << "10|NONE|NONE|Agent/1|AGENTCALLBACKLOGIN|101@agents"_ba << qint64(10) << u"NONE"_s << u"NONE"_s
        << u"Agent/1"_s << u"AGENTCALLBACKLOGIN"_s << QStringList {u"101@agents"_s};
    QTest::addRow("AGENTCALLBACKLOGOFF <=1.6")
        << "10|NONE|NONE|Agent/1|AGENTCALLBACKLOGOFF|101@agents|3600|Autologoff"_ba << qint64(10) << u"NONE"_s
        << u"NONE"_s << u"Agent/1"_s << u"AGENTCALLBACKLOGOFF"_s
        << QStringList {u"101@agents"_s, u"3600"_s, u"Autologoff"_s};
    QTest::addRow("QUEUESTART") << "11|NONE|NONE|NONE|QUEUESTART|"_ba << qint64(11) << u"NONE"_s << u"NONE"_s
                                << u"NONE"_s << u"QUEUESTART"_s << QStringList {u""_s};
    QTest::addRow("CONFIGRELOAD") << "11|NONE|NONE|NONE|CONFIGRELOAD|"_ba << qint64(11) << u"NONE"_s << u"NONE"_s
                                  << u"NONE"_s << u"CONFIGRELOAD"_s << QStringList {u""_s};
    QTest::addRow("exactly five fields") << "11|NONE|NONE|NONE|QUEUESTART"_ba << qint64(11) << u"NONE"_s << u"NONE"_s
                                         << u"NONE"_s << u"QUEUESTART"_s << QStringList {};
    QTest::addRow("unknown verb kept") << "12|c|q|NONE|CUSTOMTHING|a|b"_ba << qint64(12) << u"c"_s << u"q"_s
                                       << u"NONE"_s << u"CUSTOMTHING"_s << QStringList {u"a"_s, u"b"_s};
    QTest::addRow("verbs are case-sensitive") << "12|c|q|NONE|connect|1"_ba << qint64(12) << u"c"_s << u"q"_s
                                              << u"NONE"_s << u"connect"_s << QStringList {u"1"_s};
    QTest::addRow("HEARTBEAT kept by parser") << "12|NONE|NONE|NONE|HEARTBEAT|"_ba << qint64(12) << u"NONE"_s
                                              << u"NONE"_s << u"NONE"_s << u"HEARTBEAT"_s << QStringList {u""_s};
    QTest::addRow("DID") << "13|c|NONE|NONE|DID|5550100"_ba << qint64(13) << u"c"_s << u"NONE"_s << u"NONE"_s
                         << u"DID"_s << QStringList {u"5550100"_s};
    QTest::addRow("systemname call id") << "14|pbx-c-1795495865.12|q|NONE|ENTERQUEUE||555|1"_ba << qint64(14)
                                        << u"pbx-c-1795495865.12"_s << u"q"_s << u"NONE"_s << u"ENTERQUEUE"_s
                                        << QStringList {u""_s, u"555"_s, u"1"_s};
    QTest::addRow("pipes in caller id go to data5")
        << "15|c|q|NONE|ENTERQUEUE|u|555|1|Smith|John|Jr"_ba << qint64(15) << u"c"_s << u"q"_s << u"NONE"_s
        << u"ENTERQUEUE"_s << QStringList {u"u"_s, u"555"_s, u"1"_s, u"Smith"_s, u"John|Jr"_s};
    QTest::addRow("empty fields kept") << "16||||CONNECT|||"_ba << qint64(16) << u""_s << u""_s << u""_s << u"CONNECT"_s
                                       << QStringList {u""_s, u""_s, u""_s};
    QTest::addRow("utf-8 pause reason") << "17|NONE|q|Agent/1|PAUSE|Pause café"_ba << qint64(17) << u"NONE"_s << u"q"_s
                                        << u"Agent/1"_s << u"PAUSE"_s << QStringList {u"Pause café"_s};
}

void TestQueueLogParser::verbLayouts()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, time);
    QFETCH(QString, callId);
    QFETCH(QString, queue);
    QFETCH(QString, agent);
    QFETCH(QString, verb);
    QFETCH(QStringList, data);

    QueueLogParser parser(u"A"_s);
    const auto result = parser.parse(line, 42);
    const auto* event = std::get_if<QueueLogEvent>(&result);
    QVERIFY2(event, line.constData());
    QCOMPARE(event->partition, u"A"_s);
    QCOMPARE(event->time, time);
    QCOMPARE(event->callId, callId);
    QCOMPARE(event->queue, queue);
    QCOMPARE(event->agent, agent);
    QCOMPARE(event->verb, verb);
    QCOMPARE(event->order, qint64(42));
    for (int i = 0; i < QueueLogEvent::DataFieldCount; ++i)
        QCOMPARE(event->data[std::size_t(i)], i < data.size() ? data[i] : QString());
}

void TestQueueLogParser::badLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<ParseProblem::Kind>("kind");

    QTest::addRow("four fields") << "1|c|q|a"_ba << ParseProblem::Kind::TooFewFields;
    QTest::addRow("one field") << "garbage"_ba << ParseProblem::Kind::TooFewFields;
    QTest::addRow("log text") << "[Nov 24 05:00:01] NOTICE: something"_ba << ParseProblem::Kind::TooFewFields;
    QTest::addRow("negative epoch") << "-1|c|q|a|CONNECT|"_ba << ParseProblem::Kind::BadTimestamp;
    QTest::addRow("decimal epoch") << "1.5|c|q|a|CONNECT|"_ba << ParseProblem::Kind::BadTimestamp;
    QTest::addRow("epoch with space") << " 1|c|q|a|CONNECT|"_ba << ParseProblem::Kind::BadTimestamp;
    QTest::addRow("empty epoch") << "|c|q|a|CONNECT|"_ba << ParseProblem::Kind::BadTimestamp;
    QTest::addRow("date as epoch") << "2026-11-24 05:00:00|c|q|a|CONNECT|"_ba << ParseProblem::Kind::BadTimestamp;
    QTest::addRow("empty verb") << "1|c|q|a||x"_ba << ParseProblem::Kind::EmptyVerb;
    QTest::addRow("empty verb, five fields") << "1|c|q|a|"_ba << ParseProblem::Kind::EmptyVerb;
}

void TestQueueLogParser::badLines()
{
    QFETCH(QByteArray, line);
    QFETCH(ParseProblem::Kind, kind);

    QueueLogParser parser(u"A"_s);
    const auto result = parser.parse(line, 7);
    const auto* problem = std::get_if<ParseProblem>(&result);
    QVERIFY2(problem, line.constData());
    QCOMPARE(problem->kind, kind);
    QCOMPARE(problem->lineNumber, qint64(7));
    QVERIFY(problem->message().contains(u"7"_s));
}

void TestQueueLogParser::emptyLinesAreSkippedSilently()
{
    QueueLogParser parser;
    QVERIFY(std::holds_alternative<QueueLogParser::EmptyLine>(parser.parse("", 1)));
    QVERIFY(std::holds_alternative<QueueLogParser::EmptyLine>(parser.parse("\r", 2)));
}

void TestQueueLogParser::crlfIsStripped()
{
    QueueLogParser parser;
    const auto result = parser.parse("1|c|q|Agent/1|PAUSE|Lunch\r", 1);
    QCOMPARE(std::get<QueueLogEvent>(result).data1(), u"Lunch"_s);
}

void TestQueueLogParser::invalidUtf8IsReplacedNotFatal()
{
    QueueLogParser parser;
    const auto result = parser.parse("1|c|q|Agent/1|PAUSE|caf\xe9\xff|x\xc3", 1);
    const auto& event = std::get<QueueLogEvent>(result);
    QVERIFY(event.data1().startsWith(u"caf"_s));
    QVERIFY(event.data1().contains(QChar::ReplacementCharacter));
    QVERIFY(event.data2().startsWith(u"x"_s));
}

void TestQueueLogParser::eightKilobyteLineIsKept()
{
    const QByteArray reason(8 * 1024 - 30, 'r');
    QueueLogParser parser;
    const auto result = parser.parse(QByteArray("1|c|q|Agent/1|PAUSE|" + reason), 1);
    QCOMPARE(std::get<QueueLogEvent>(result).data1().size(), reason.size());
}

void TestQueueLogParser::overlongLineIsRejected()
{
    QueueLogParser parser;
    const QByteArray line = QByteArray("1|c|q|Agent/1|PAUSE|") + QByteArray(QueueLogParser::MaxLineLength, 'x');
    const auto result = parser.parse(line, 3);
    QCOMPARE(std::get<ParseProblem>(result).kind, ParseProblem::Kind::LineTooLong);
}

void TestQueueLogParser::epochOverflowIsBad()
{
    QueueLogParser parser;
    const auto result = parser.parse("99999999999999999999999|c|q|a|CONNECT|", 1);
    QCOMPARE(std::get<ParseProblem>(result).kind, ParseProblem::Kind::BadTimestamp);
    QCOMPARE(qw::parseEpochSeconds("0007"), std::optional<qint64>(7));
}

void TestQueueLogParser::toLineRoundTrips()
{
    const QList<QByteArray> lines {"1795495870|1795495865.0|support|Agent/101|CONNECT|5|1795495865.2|5",
                                   "1795495859|NONE|NONE|NONE|QUEUESTART|",
                                   "4|c|q|PJSIP/1|ATTENDEDTRANSFER|LINK|a|b|5|60|1"};
    QueueLogParser parser(u"A"_s);
    for (const QByteArray& line : lines) {
        const auto result = parser.parse(line, 1);
        QCOMPARE(std::get<QueueLogEvent>(result).toLine(), QString::fromUtf8(line));
    }
}

void TestQueueLogParser::assemblerHoldsBackPartialLine()
{
    qw::LineAssembler assembler(QueueLogParser::MaxLineLength);
    QList<QByteArray> lines;
    const auto collect = [&lines](const qw::LineAssembler::Line& line) {
        lines.append(line.bytes.toByteArray());
    };
    assembler.feed("1|a|b|c|D|\n2|a|b|c|E", collect);
    QCOMPARE(lines, QList<QByteArray> {"1|a|b|c|D|"});
    QCOMPARE(assembler.consumedBytes(), qint64(11));
    assembler.feed("|x\n", collect);
    QCOMPARE(lines, (QList<QByteArray> {"1|a|b|c|D|", "2|a|b|c|E|x"}));
    QCOMPARE(assembler.linesSeen(), qint64(2));
    QCOMPARE(assembler.consumedBytes(), qint64(11 + 12));
}

void TestQueueLogParser::assemblerFinishEmitsLastLine()
{
    qw::LineAssembler assembler(QueueLogParser::MaxLineLength);
    QList<QByteArray> lines;
    const auto collect = [&lines](const qw::LineAssembler::Line& line) {
        lines.append(line.bytes.toByteArray());
    };
    assembler.feed("1|a|b|c|D|\n2|a|b|c|E|", collect);
    assembler.finish(collect);
    QCOMPARE(lines, (QList<QByteArray> {"1|a|b|c|D|", "2|a|b|c|E|"}));
    assembler.finish(collect); // nothing more
    QCOMPARE(lines.size(), 2);
}

void TestQueueLogParser::assemblerSplitsAcrossChunks()
{
    const QByteArray text = "1|a|b|c|D|x\r\n\n22|a|b|c|E|y\n333|a|b|c|F|z\n";
    for (qsizetype chunk = 1; chunk <= text.size(); ++chunk) {
        qw::LineAssembler assembler(QueueLogParser::MaxLineLength);
        QList<QByteArray> lines;
        for (qsizetype at = 0; at < text.size(); at += chunk)
            assembler.feed(QByteArrayView(text).sliced(at, std::min(chunk, text.size() - at)),
                           [&lines](const qw::LineAssembler::Line& line) { lines.append(line.bytes.toByteArray()); });
        QCOMPARE(lines, (QList<QByteArray> {"1|a|b|c|D|x\r", "", "22|a|b|c|E|y", "333|a|b|c|F|z"}));
    }
}

void TestQueueLogParser::assemblerBoundsMemoryOnEndlessLine()
{
    qw::LineAssembler assembler(1000);
    int lines = 0;
    bool truncated = false;
    const QByteArray junk(4096, 'j');
    for (int i = 0; i < 1000; ++i) // 4 MB without a newline
        assembler.feed(junk, [&](const qw::LineAssembler::Line&) { ++lines; });
    QCOMPARE(lines, 0);
    assembler.feed("\n1|a|b|c|D|\n", [&](const qw::LineAssembler::Line& line) {
        ++lines;
        if (line.number == 1)
            truncated = line.truncated && line.bytes.size() == 1001;
    });
    QCOMPARE(lines, 2);
    QVERIFY(truncated);
    QCOMPARE(assembler.consumedBytes(), qint64(4096 * 1000 + 1 + 11));
}

QTEST_GUILESS_MAIN(TestQueueLogParser)
#include "tst_queuelogparser.moc"
