// What a report warns about beyond bad lines and lost calls (report-json.md "warnings";
// docs/decisions.md): a partition whose data ends well before min(to, now), and a --queue or
// --agent that no event of the data names. The texts are the program's own; the times in them
// are worked out from the lines by hand.
#include "reportrun.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 T0 = 1800000000; // 2027-01-15 08:00:00 UTC
constexpr qint64 Hour = 3600;

// A call answered on partition `p`, entering at `enter` and ending 60 s later.
QStringList callAt(const QString& id, qint64 enter)
{
    return {ql(enter, id + u"|support|NONE|ENTERQUEUE||0611111111|1"_s),
            ql(enter + 10, id + u"|support|Agent/101|CONNECT|10|x|2"_s),
            ql(enter + 60, id + u"|support|Agent/101|COMPLETECALLER|10|50|1"_s)};
}

QStringList warningsAbout(const QJsonObject& report, const QString& word)
{
    QStringList found;
    for (const QString& warning : warningsOf(report)) {
        if (warning.contains(word))
            found << warning;
    }
    return found;
}
} // namespace

class TestSemanticsWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataEndsEarly_data();
    void dataEndsEarly();
    void unknownQueueOrAgent_data();
    void unknownQueueOrAgent();
    void rowsAfterNow();
};

void TestSemanticsWarnings::dataEndsEarly_data()
{
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("lastOfB"); // B's newest row ends a call entered 60 s before it
    QTest::addColumn<QString>("warning"); // empty: no warning about B's data
    // A's data goes on to the end of every period; only B's stops. Tolerance: 15 min.
    QTest::addRow("50 min before the end")
        << T0 + Hour << T0 + Hour << T0 + 600
        << u"Partition B: data ends at 2027-01-15 08:10, 50 min before the end of the period (2027-01-15 09:00)."_s;
    QTest::addRow("exactly 15 min before: tolerated") << T0 + Hour << T0 + Hour << T0 + 2700 << QString();
    QTest::addRow("15 min and 1 s before")
        << T0 + Hour << T0 + Hour << T0 + 2699
        << u"Partition B: data ends at 2027-01-15 08:44, 15 min before the end of the period (2027-01-15 09:00)."_s;
    // A period still running: the end that counts is now (08:30), not `to`.
    QTest::addRow("20 min before now") << T0 + Hour << T0 + 1800
                                       << T0
            + 600 << u"Partition B: data ends at 2027-01-15 08:10, 20 min before now (2027-01-15 08:30)."_s;
    QTest::addRow("up to date at now") << T0 + Hour << T0 + 1800 << T0 + 1200 << QString();
    QTest::addRow("3 h before the end")
        << T0 + 4 * Hour << T0 + 4 * Hour << T0 + Hour
        << u"Partition B: data ends at 2027-01-15 09:00, 3 h before the end of the period (2027-01-15 12:00)."_s;
    QTest::addRow("3 h 5 min before the end")
        << T0 + 4 * Hour << T0 + 4 * Hour << T0 + Hour - 300
        << u"Partition B: data ends at 2027-01-15 08:55, 3 h 5 min before the end of the period (2027-01-15 12:00)."_s;
}

void TestSemanticsWarnings::dataEndsEarly()
{
    QFETCH(qint64, to);
    QFETCH(qint64, now);
    QFETCH(qint64, lastOfB);
    QFETCH(QString, warning);
    LogSet logs;
    // A: a call at the start and one that ends 5 min before the end (so A never warns).
    const qint64 end = std::min(to, now);
    logs.add(u"A"_s, callAt(u"a1"_s, T0 + 30) + callAt(u"a2"_s, end - 360));
    logs.add(u"B"_s, callAt(u"b1"_s, T0 + 60) + QStringList {ql(lastOfB, u"NONE|support|Agent/201|PAUSEREASON|x"_s)});
    const ReportRun run = logs.report(u"cluster:A|B"_s, T0, to, {u"--now"_s, QString::number(now)});
    QW_REQUIRE_OK(run);
    QVERIFY2(warningsAbout(run.json, u"Partition A"_s).isEmpty(), qPrintable(warningsOf(run.json).join(u'\n')));
    const QStringList aboutB = warningsAbout(run.json, u"Partition B"_s);
    if (warning.isEmpty())
        QVERIFY2(aboutB.isEmpty(), qPrintable(aboutB.join(u'\n')));
    else
        QCOMPARE(aboutB, QStringList {warning});
    // Not a lost-call warning: the calls themselves are all counted.
    QVERIFY(warnsLost(run.json, 0));
    QCOMPARE(at(run.json, u"totals.offered"_s).toInteger(), 3);
}

void TestSemanticsWarnings::unknownQueueOrAgent_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QStringList>("named"); // the names the warnings must mention, in order
    QTest::addColumn<int>("offered");
    QTest::addRow("known queue") << QStringList {u"--queue"_s, u"support"_s} << QStringList {} << 2;
    QTest::addRow("unknown queue") << QStringList {u"--queue"_s, u"suport"_s} << QStringList {u"\"suport\""_s} << 0;
    QTest::addRow("one of two unknown") << QStringList {u"--queue"_s, u"support"_s, u"--queue"_s, u"billing"_s}
                                        << QStringList {u"\"billing\""_s} << 2;
    QTest::addRow("known agent") << QStringList {u"--agent"_s, u"Agent/101"_s} << QStringList {} << 3;
    QTest::addRow("unknown agent") << QStringList {u"--agent"_s, u"Agent/999"_s} << QStringList {u"\"Agent/999\""_s}
                                   << 3;
    // An agent named only by a session event is in the data.
    QTest::addRow("agent with a session only") << QStringList {u"--agent"_s, u"Agent/301"_s} << QStringList {} << 3;
}

void TestSemanticsWarnings::unknownQueueOrAgent()
{
    QFETCH(QStringList, filters);
    QFETCH(QStringList, named);
    QFETCH(int, offered);
    LogSet logs;
    QStringList lines = callAt(u"c1"_s, T0 + 60) + callAt(u"c2"_s, T0 + 600);
    lines
        += {ql(T0 + 900, u"c3|sales|NONE|ENTERQUEUE||0622222222|1"_s), ql(T0 + 930, u"c3|sales|NONE|ABANDON|1|1|30"_s),
            ql(T0 + 1000, u"NONE|NONE|Agent/301|AGENTLOGIN|Local/301@agents"_s)};
    logs.add(u"A"_s, lines);
    const ReportRun run = logs.report(u"sql:A"_s, T0, T0 + Hour, filters);
    QW_REQUIRE_OK(run);
    QCOMPARE(at(run.json, u"totals.offered"_s).toInteger(), offered);
    QStringList about;
    for (const QString& warning : warningsOf(run.json)) {
        if (warning.contains(u"check the name"_s))
            about << warning;
    }
    QCOMPARE(about.size(), named.size());
    for (qsizetype i = 0; i < named.size(); ++i)
        QVERIFY2(about[i].contains(named[i]), qPrintable(about[i]));
}

void TestSemanticsWarnings::rowsAfterNow()
{
    // B's clock runs two hours ahead: a report made at 08:30 sees B's calls at 10:00 and later.
    LogSet logs;
    logs.add(u"A"_s, callAt(u"a1"_s, T0 + 1200));
    logs.add(u"B"_s, callAt(u"b1"_s, T0 + 600) + callAt(u"b2"_s, T0 + 2 * Hour) + callAt(u"b3"_s, T0 + 3 * Hour));
    const qint64 now = T0 + 1800;
    const ReportRun run = logs.report(u"cluster:A|B"_s, T0, T0 + 4 * Hour, {u"--now"_s, QString::number(now)});
    QW_REQUIRE_OK(run);
    QCOMPARE(warningsAbout(run.json, u"after now"_s),
             QStringList {u"Partition B: 6 rows dated after now, the first at 2027-01-15 10:00:00: that server's "
                          u"clock may be wrong."_s});
    // The rows are still the data: their calls are counted as written.
    QCOMPARE(at(run.json, u"totals.offered"_s).toInteger(), 4);

    // Up to one minute ahead is a clock a little apart, not a wrong one: the call's last row
    // (60 s after it entered) is tolerated at now = enter, and named one second earlier.
    LogSet close;
    close.add(u"A"_s, callAt(u"a1"_s, T0 + 600));
    const ReportRun tolerated = close.report(u"sql:A"_s, T0, T0 + Hour, {u"--now"_s, QString::number(T0 + 600)});
    QW_REQUIRE_OK(tolerated);
    QVERIFY(warningsAbout(tolerated.json, u"after now"_s).isEmpty());
    const ReportRun named = close.report(u"sql:A"_s, T0, T0 + Hour, {u"--now"_s, QString::number(T0 + 599)});
    QW_REQUIRE_OK(named);
    QCOMPARE(warningsAbout(named.json, u"after now"_s),
             QStringList {u"Partition A: 1 row dated after now, the first at 2027-01-15 08:11:00: that server's "
                          u"clock may be wrong."_s});
}

QTEST_GUILESS_MAIN(TestSemanticsWarnings)
#include "tst_semantics_warnings.moc"
