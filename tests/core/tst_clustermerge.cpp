// The cluster rules and the merge (semantics sections 1 and 4): what is dropped, how agents are
// renamed, and the order of the merged stream.
#include "pipeline/clusterfollower.h"
#include "pipeline/clusterreader.h"
#include "pipeline/eventrewriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::ClusterEvent;
using qw::EventRewriter;
using qw::QueueLogEvent;
using qw::SourceSpec;

namespace {
SourceSpec spec(const QString& text)
{
    return std::get<SourceSpec>(SourceSpec::parse(text));
}

QueueLogEvent makeEvent(const QString& verb, const QString& agent, const QString& partition = u"A"_s)
{
    QueueLogEvent e;
    e.partition = partition;
    e.time = 100;
    e.callId = u"c"_s;
    e.queue = u"q"_s;
    e.agent = agent;
    e.verb = verb;
    return e;
}
} // namespace

class TestClusterMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renaming_data();
    void renaming();
    void renamingOnlyWithClustrw();
    void dashDropsAgentScopeVerbsOnly_data();
    void dashDropsAgentScopeVerbsOnly();
    void heartbeatIsDroppedUnknownKept();
    void mergeOrder();
};

void TestClusterMerge::renaming_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("partition");
    QTest::addColumn<QString>("renamed");
    QTest::addRow("Agent/") << u"Agent/101"_s << u"A"_s << u"Agent/A-101"_s;
    QTest::addRow("SIP/") << u"SIP/200"_s << u"B"_s << u"SIP/B-200"_s;
    QTest::addRow("PJSIP/") << u"PJSIP/300"_s << u"pbx.eu"_s << u"PJSIP/pbx.eu-300"_s;
    QTest::addRow("Local/ with two slashes") << u"Local/101@agents/n"_s << u"A"_s << u"Local/A-101@agents/n"_s;
    QTest::addRow("bare") << u"101"_s << u"C"_s << u"C-101"_s;
    QTest::addRow("NONE untouched") << u"NONE"_s << u"A"_s << u"NONE"_s;
    QTest::addRow("empty untouched") << u""_s << u"A"_s << u""_s;
}

void TestClusterMerge::renaming()
{
    QFETCH(QString, agent);
    QFETCH(QString, partition);
    QFETCH(QString, renamed);
    const SourceSpec rewriteSpec = spec(u"clustrw:X|"_s + partition);
    EventRewriter rewriter(rewriteSpec, 1);
    for (const QString& verb : {u"CONNECT"_s, u"PAUSE"_s, u"RINGNOANSWER"_s, u"ADDMEMBER"_s, u"SOMETHINGNEW"_s}) {
        ClusterEvent out;
        QVERIFY(rewriter.rewrite(makeEvent(verb, agent, partition), out));
        QCOMPARE(out.event.agent, renamed);
        QCOMPARE(out.partitionIndex, 1);
    }
}

void TestClusterMerge::renamingOnlyWithClustrw()
{
    EventRewriter rewriter(spec(u"cluster:A|B"_s), 0);
    ClusterEvent out;
    QVERIFY(rewriter.rewrite(makeEvent(u"CONNECT"_s, u"Agent/101"_s), out));
    QCOMPARE(out.event.agent, u"Agent/101"_s);
}

void TestClusterMerge::dashDropsAgentScopeVerbsOnly_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<bool>("kept");
    for (const QString& verb : {u"AGENTLOGIN"_s, u"AGENTLOGOFF"_s, u"AGENTCALLBACKLOGIN"_s, u"AGENTCALLBACKLOGOFF"_s,
                                u"ADDMEMBER"_s, u"REMOVEMEMBER"_s, u"PAUSE"_s, u"UNPAUSE"_s, u"PAUSEALL"_s,
                                u"UNPAUSEALL"_s, u"PAUSEREASON"_s, u"PENALTY"_s, u"RINGINUSE"_s, u"HOTDESK"_s})
        QTest::addRow("%s dropped", qPrintable(verb)) << verb << false;
    for (const QString& verb : {u"ENTERQUEUE"_s, u"CONNECT"_s, u"COMPLETECALLER"_s, u"RINGNOANSWER"_s, u"ABANDON"_s,
                                u"QUEUESTART"_s, u"BLINDTRANSFER"_s, u"DID"_s})
        QTest::addRow("%s kept", qPrintable(verb)) << verb << true;
}

void TestClusterMerge::dashDropsAgentScopeVerbsOnly()
{
    QFETCH(QString, verb);
    QFETCH(bool, kept);
    const SourceSpec dashed = spec(u"cluster:A|B-"_s);
    EventRewriter flagged(dashed, 1);
    EventRewriter plain(dashed, 0);
    ClusterEvent out;
    QCOMPARE(flagged.rewrite(makeEvent(verb, u"Agent/1"_s, u"B"_s), out), kept);
    if (kept)
        QCOMPARE(out.event.agent, u"Agent/1"_s); // call events keep their agent field
    QVERIFY(plain.rewrite(makeEvent(verb, u"Agent/1"_s), out)); // the unflagged partition keeps all
}

void TestClusterMerge::heartbeatIsDroppedUnknownKept()
{
    EventRewriter rewriter(spec(u"sql:A"_s), 0);
    ClusterEvent out;
    QVERIFY(!rewriter.rewrite(makeEvent(u"HEARTBEAT"_s, u"NONE"_s), out));
    QVERIFY(rewriter.rewrite(makeEvent(u"heartbeat"_s, u"NONE"_s), out)); // verbs are case-sensitive
    QCOMPARE(out.verb, qw::Verb::Other);
    QVERIFY(rewriter.rewrite(makeEvent(u"CALLSTATUS"_s, u"NONE"_s), out));
}

void TestClusterMerge::mergeOrder()
{
    // B's clock goes back (line 2 is older than line 1): B is still read in its own order.
    QTemporaryDir dir;
    const QMap<QString, QByteArray> files {
        {u"A"_s, "100|a1|q|NONE|INFO|\n105|a2|q|NONE|INFO|\n105|a3|q|NONE|INFO|\n200|a4|q|NONE|INFO|\n"},
        {u"B"_s, "105|b1|q|NONE|INFO|\n101|b2|q|NONE|INFO|\n105|b3|q|NONE|INFO|\n"},
        {u"C"_s, "105|c1|q|NONE|INFO|\n99|c2|q|NONE|HEARTBEAT|\n150|c3|q|NONE|INFO|\n"},
    };
    qw::SourceBindings bindings;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(dir.filePath(it.key()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
        bindings.partitionFiles.insert(it.key(), file.fileName());
    }
    // Spec order C, A, B: equal times go to C first, then A, then B. HEARTBEAT rows are dropped.
    const QStringList expected {u"a1"_s, u"c1"_s, u"a2"_s, u"a3"_s, u"b1"_s, u"b2"_s, u"b3"_s, u"c3"_s, u"a4"_s};
    const auto open = [&] {
        return std::get<qw::Cluster>(qw::Cluster::open(spec(u"cluster:C|A|B"_s), bindings));
    };

    // The reports' driver: partitions read in parallel threads.
    QStringList merged;
    QStringList warnings;
    qw::Cluster cluster = open();
    const auto failure = qw::ClusterReader::forEachEvent(
        cluster, 0, 1000, [&merged](const ClusterEvent& e) { merged.append(e.event.callId); }, warnings);
    QVERIFY(!failure);
    QCOMPARE(merged, expected);

    // The live view's driver: one poll of the same partitions, merged by the same rule.
    QStringList polled;
    qw::ClusterFollower follower(open());
    follower.follow(0, qw::PartitionBinding::FollowMode::Once);
    const qw::ClusterFollower::Poll poll
        = follower.poll({1000, 1000}, [&polled](const ClusterEvent& e) { polled.append(e.event.callId); });
    QCOMPARE(poll.events, qint64(expected.size()));
    QCOMPARE(polled, expected);
}

QTEST_GUILESS_MAIN(TestClusterMerge)
#include "tst_clustermerge.moc"
