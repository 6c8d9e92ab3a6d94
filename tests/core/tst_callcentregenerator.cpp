// The seeded call-centre generator: determinism, order, parseable lines, and a small
// independent replay that checks the simulated cluster never writes what Asterisk could not.
#include "generation/callcentregenerator.h"
#include "parsing/queuelogparser.h"
#include "support/fixtures.h"

#include <memory>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::CallCentreGenerator;
using qw::GeneratorConfig;
using qw::QueueLogEvent;

namespace {

constexpr qint64 Monday = 1793577600; // 2026-11-02T00:00:00Z
constexpr qint64 Day = 86400;

GeneratorConfig twoDayCluster(quint64 seed = 5)
{
    GeneratorConfig config;
    config.seed = seed;
    config.partitions = {u"A"_s, u"B"_s, u"C"_s};
    config.queues = {u"support"_s, u"sales"_s, u"billing"_s};
    config.from = Monday;
    config.to = Monday + 2 * Day;
    config.callsPerDayPerPartition = 2000;
    config.restartsPerDay = 2; // enough crashes and clean restarts in two days
    config.configReloadsPerDay = 2;
    return config;
}

QList<QueueLogEvent> generateAll(const GeneratorConfig& config, QList<int>* partitionIndexes = nullptr)
{
    CallCentreGenerator generator(config);
    QList<QueueLogEvent> events;
    QueueLogEvent event;
    while (generator.next(event)) {
        events.append(event);
        if (partitionIndexes)
            partitionIndexes->append(generator.lastPartitionIndex());
    }
    return events;
}

bool isCallEnd(const QString& verb)
{
    static const QSet<QString> ends = {u"COMPLETECALLER"_s,  u"COMPLETEAGENT"_s, u"BLINDTRANSFER"_s, u"ABANDON"_s,
                                       u"EXITWITHTIMEOUT"_s, u"EXITWITHKEY"_s,   u"EXITEMPTY"_s};
    return ends.contains(verb);
}

QString stintKey(const QueueLogEvent& event)
{
    return event.partition + u'\x1f' + event.callId + u'\x1f' + event.queue;
}

QString agentKey(const QueueLogEvent& event)
{
    return event.partition + u'\x1f' + event.agent;
}

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCallCentreGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameConfigGivesSameLines();
    void otherSeedGivesOtherLines();
    void mergedOrderIsTimePartitionThenLine();
    void everythingInsidePeriod();
    void linesRoundTripThroughParser();
    void expectedVerbsOccur();
    void stintsFollowAsterisksRules();
    void agentsFollowAsterisksRules();
    void callIdsCollideAcrossPartitions();
    void volumeFollowsCallsPerDay();
    void crashLeavesCallsOpenUntilQueueStart();
    void systemNamePrefixesCallIds();
    void emptyPeriodGivesNothing();
    void programWritesOneFilePerPartition();
    void programRejectsBadArguments_data();
    void programRejectsBadArguments();
    void programReportsFullDisk();

private:
    GeneratorConfig m_config;
    QList<QueueLogEvent> m_events;
    QList<int> m_partitionIndexes;
};

void TestCallCentreGenerator::initTestCase()
{
    m_config = twoDayCluster();
    m_events = generateAll(m_config, &m_partitionIndexes);
    QVERIFY(m_events.size() > 10000);
}

void TestCallCentreGenerator::sameConfigGivesSameLines()
{
    const QList<QueueLogEvent> again = generateAll(m_config);
    QCOMPARE(again.size(), m_events.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        if (!(again.at(i) == m_events.at(i)))
            QFAIL(qPrintable(u"line %1 differs: %2 / %3"_s.arg(i).arg(again.at(i).toLine(), m_events.at(i).toLine())));
    }
}

void TestCallCentreGenerator::otherSeedGivesOtherLines()
{
    GeneratorConfig other = m_config;
    other.seed = m_config.seed + 1;
    other.to = other.from + Day / 4;
    GeneratorConfig same = m_config;
    same.to = same.from + Day / 4;
    const QList<QueueLogEvent> a = generateAll(same);
    const QList<QueueLogEvent> b = generateAll(other);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(a != b);
}

void TestCallCentreGenerator::mergedOrderIsTimePartitionThenLine()
{
    QHash<QString, qint64> lastOrder;
    QHash<QString, qint64> lastTime;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const QueueLogEvent& event = m_events.at(i);
        QCOMPARE(event.partition, m_config.partitions.at(m_partitionIndexes.at(i)));
        // Each server's lines are numbered 1, 2, 3, ... and never go back in time.
        QCOMPARE(event.order, lastOrder.value(event.partition) + 1);
        QVERIFY(event.time >= lastTime.value(event.partition));
        lastOrder[event.partition] = event.order;
        lastTime[event.partition] = event.time;
        if (i == 0)
            continue;
        const QueueLogEvent& previous = m_events.at(i - 1);
        QVERIFY2(previous.time <= event.time, qPrintable(event.toLine()));
        if (previous.time == event.time)
            QVERIFY2(m_partitionIndexes.at(i - 1) <= m_partitionIndexes.at(i), qPrintable(event.toLine()));
    }
    QCOMPARE(lastOrder.size(), m_config.partitions.size());
}

void TestCallCentreGenerator::everythingInsidePeriod()
{
    QSet<QString> seen;
    for (const QueueLogEvent& event : std::as_const(m_events)) {
        QVERIFY(event.time >= m_config.from && event.time < m_config.to);
        if (!seen.contains(event.partition)) {
            seen.insert(event.partition);
            QCOMPARE(event.verb, u"QUEUESTART"_s);
            QCOMPARE(event.time, m_config.from);
        }
    }
    // Two days of a 24-hour centre: the last lines are close to the end.
    QVERIFY(m_events.last().time > m_config.to - 3600);
}

void TestCallCentreGenerator::linesRoundTripThroughParser()
{
    QHash<QString, qw::QueueLogParser*> parsers;
    std::vector<std::unique_ptr<qw::QueueLogParser>> owned;
    for (const QString& partition : std::as_const(m_config.partitions)) {
        owned.push_back(std::make_unique<qw::QueueLogParser>(partition));
        parsers.insert(partition, owned.back().get());
    }
    for (const QueueLogEvent& event : std::as_const(m_events)) {
        const QByteArray line = event.toLine().toUtf8();
        QVERIFY(!line.contains('\n'));
        const auto result = parsers.value(event.partition)->parse(line, event.order);
        const auto* parsed = std::get_if<QueueLogEvent>(&result);
        QVERIFY2(parsed, line.constData());
        QVERIFY2(*parsed == event, line.constData());
    }
}

void TestCallCentreGenerator::expectedVerbsOccur()
{
    QHash<QString, int> verbs;
    QSet<QString> pauseReasons;
    int pausedAddMembers = 0;
    for (const QueueLogEvent& event : std::as_const(m_events)) {
        ++verbs[event.verb];
        if (event.verb == u"PAUSE"_s)
            pauseReasons.insert(event.data1());
        if (event.verb == u"ADDMEMBER"_s && event.data1() == u"PAUSED"_s)
            ++pausedAddMembers;
    }
    const QStringList expected
        = {u"QUEUESTART"_s,    u"CONFIGRELOAD"_s,  u"ENTERQUEUE"_s,   u"CONNECT"_s,         u"COMPLETECALLER"_s,
           u"COMPLETEAGENT"_s, u"BLINDTRANSFER"_s, u"ABANDON"_s,      u"EXITWITHTIMEOUT"_s, u"EXITWITHKEY"_s,
           u"EXITEMPTY"_s,     u"RINGNOANSWER"_s,  u"RINGCANCELED"_s, u"ADDMEMBER"_s,       u"REMOVEMEMBER"_s,
           u"PAUSE"_s,         u"UNPAUSE"_s,       u"PAUSEALL"_s,     u"UNPAUSEALL"_s,      u"AGENTLOGIN"_s,
           u"AGENTLOGOFF"_s};
    for (const QString& verb : expected)
        QVERIFY2(verbs.value(verb) > 0, qPrintable(verb));
    QCOMPARE(verbs.size(), expected.size()); // and nothing else
    for (const QString& reason : {u"Lunch"_s, u"Break"_s, u"Coaching"_s, QString()})
        QVERIFY2(pauseReasons.contains(reason), qPrintable(reason));
    QVERIFY(pausedAddMembers > 0);
    // A plausible centre: most callers answered, some give up.
    QVERIFY(verbs.value(u"CONNECT"_s) > verbs.value(u"ENTERQUEUE"_s) * 7 / 10);
    QVERIFY(verbs.value(u"ABANDON"_s) > verbs.value(u"ENTERQUEUE"_s) / 50);
    QVERIFY(verbs.value(u"ABANDON"_s) < verbs.value(u"ENTERQUEUE"_s) / 4);
}

void TestCallCentreGenerator::stintsFollowAsterisksRules()
{
    struct Stint
    {
        qint64 enter = 0;
        qint64 connect = -1;
        QString agent;
        QString hold;
    };
    QHash<QString, Stint> open;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const QueueLogEvent& event = m_events.at(i);
        const QString line = event.toLine();
        if (event.verb == u"QUEUESTART"_s) {
            for (auto it = open.begin(); it != open.end();)
                it = it.key().startsWith(event.partition + u'\x1f') ? open.erase(it) : std::next(it);
            continue;
        }
        const QString key = stintKey(event);
        if (event.verb == u"ENTERQUEUE"_s) {
            QVERIFY2(!open.contains(key), qPrintable(line));
            QCOMPARE(event.agent, u"NONE"_s);
            QVERIFY(event.data1().isEmpty() && !event.data2().isEmpty() && event.data3().toInt() >= 1);
            Stint stint;
            stint.enter = event.time;
            open.insert(key, stint);
            continue;
        }
        const bool callVerb = event.verb == u"CONNECT"_s || event.verb == u"RINGNOANSWER"_s
            || event.verb == u"RINGCANCELED"_s || isCallEnd(event.verb);
        if (!callVerb)
            continue;
        // Every call line belongs to a stint that entered earlier on that server and is still open.
        QVERIFY2(open.contains(key), qPrintable(line));
        Stint& stint = open[key];
        const QString wait = QString::number(event.time - stint.enter);
        if (event.verb == u"CONNECT"_s) {
            QVERIFY2(stint.connect < 0, qPrintable(line));
            QCOMPARE(event.data1(), wait);
            QVERIFY(event.data3().toLongLong() <= event.data1().toLongLong());
            stint.connect = event.time;
            stint.agent = event.agent;
            stint.hold = event.data1();
        } else if (event.verb == u"RINGNOANSWER"_s || event.verb == u"RINGCANCELED"_s) {
            QVERIFY2(stint.connect < 0, qPrintable(line));
            QVERIFY(event.data1().toInt() > 0);
        } else if (event.verb.startsWith(u"COMPLETE"_s) || event.verb == u"BLINDTRANSFER"_s) {
            QVERIFY2(stint.connect >= 0, qPrintable(line));
            QCOMPARE(event.agent, stint.agent);
            const int offset = event.verb == u"BLINDTRANSFER"_s ? 2 : 0;
            QCOMPARE(event.data[std::size_t(offset)], stint.hold);
            QCOMPARE(event.data[std::size_t(offset + 1)], QString::number(event.time - stint.connect));
            if (event.verb == u"BLINDTRANSFER"_s) {
                // Asterisk 22 writes the new queue's ENTERQUEUE right after, same second, same call id.
                QVERIFY(i + 1 < m_events.size());
                qsizetype next = i + 1;
                while (m_events.at(next).partition != event.partition)
                    ++next;
                const QueueLogEvent& entered = m_events.at(next);
                QCOMPARE(entered.verb, u"ENTERQUEUE"_s);
                QCOMPARE(entered.callId, event.callId);
                QCOMPARE(entered.queue, event.data1());
                QCOMPARE(entered.time, event.time);
                QVERIFY(entered.queue != event.queue);
            }
            open.remove(key);
        } else {
            QVERIFY2(stint.connect < 0, qPrintable(line));
            QCOMPARE(event.agent, u"NONE"_s);
            QCOMPARE(event.data[event.verb == u"EXITWITHKEY"_s ? 3U : 2U], wait);
            if (event.verb == u"EXITEMPTY"_s || event.verb == u"EXITWITHTIMEOUT"_s || event.verb == u"ABANDON"_s)
                QVERIFY(event.data1().toInt() >= 1 && event.data1().toInt() <= event.data2().toInt());
            open.remove(key);
        }
    }
}

void TestCallCentreGenerator::agentsFollowAsterisksRules()
{
    QSet<QString> talking; // partition + agent
    QHash<QString, QString> callOfAgent;
    QSet<QString> members; // partition + agent + queue
    QSet<QString> agentLogins; // partition + agent
    QSet<QString> pausedIn; // partition + agent + queue
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const QueueLogEvent& event = m_events.at(i);
        const QString line = event.toLine();
        const QString agent = agentKey(event);
        const QString membership = agent + u'\x1f' + event.queue;
        if (event.verb == u"QUEUESTART"_s) {
            const QString prefix = event.partition + u'\x1f';
            const auto dropPartition = [&prefix](QSet<QString>& set) {
                for (auto it = set.begin(); it != set.end();)
                    it = it->startsWith(prefix) ? set.erase(it) : std::next(it);
            };
            dropPartition(talking);
            // AGENTLOGIN sessions end; static members come back unpaused. Dynamic members and
            // their pauses stay (persistent members).
            for (auto it = pausedIn.begin(); it != pausedIn.end();) {
                const QString owner = it->section(u'\x1f', 0, 1);
                const bool dynamic = std::any_of(members.begin(), members.end(),
                                                 [&owner](const QString& m) { return m.startsWith(owner + u'\x1f'); });
                it = it->startsWith(prefix) && !dynamic ? pausedIn.erase(it) : std::next(it);
            }
            dropPartition(agentLogins);
        } else if (event.verb == u"CONNECT"_s) {
            // One call at a time, and only for a logged-in, unpaused member of the queue.
            QVERIFY2(!talking.contains(agent), qPrintable(line));
            QVERIFY2(members.contains(membership) || agentLogins.contains(agent), qPrintable(line));
            QVERIFY2(!pausedIn.contains(membership), qPrintable(line));
            talking.insert(agent);
            callOfAgent.insert(agent, event.callId);
        } else if (event.verb.startsWith(u"COMPLETE"_s) || event.verb == u"BLINDTRANSFER"_s) {
            QVERIFY2(talking.contains(agent) && callOfAgent.value(agent) == event.callId, qPrintable(line));
            talking.remove(agent);
        } else if (event.verb == u"ADDMEMBER"_s) {
            QCOMPARE(event.callId, u"MANAGER"_s);
            QVERIFY2(!members.contains(membership), qPrintable(line));
            members.insert(membership);
            if (event.data1() == u"PAUSED"_s)
                pausedIn.insert(membership);
        } else if (event.verb == u"REMOVEMEMBER"_s) {
            QCOMPARE(event.callId, u"MANAGER"_s);
            QVERIFY2(members.remove(membership), qPrintable(line));
            pausedIn.remove(membership);
        } else if (event.verb == u"AGENTLOGIN"_s) {
            QVERIFY2(!agentLogins.contains(agent), qPrintable(line));
            agentLogins.insert(agent);
        } else if (event.verb == u"AGENTLOGOFF"_s) {
            QVERIFY2(agentLogins.remove(agent), qPrintable(line));
            QVERIFY(event.data2().toLongLong() > 0);
        } else if (event.verb == u"PAUSE"_s) {
            QVERIFY2(members.contains(membership) || agentLogins.contains(agent), qPrintable(line));
            pausedIn.insert(membership);
        } else if (event.verb == u"UNPAUSE"_s) {
            QVERIFY2(pausedIn.remove(membership), qPrintable(line));
        } else if (event.verb == u"PAUSEALL"_s || event.verb == u"UNPAUSEALL"_s) {
            // Followed by the per-queue lines, same second, same agent.
            QCOMPARE(event.queue, u"NONE"_s);
            qsizetype next = i + 1;
            while (next < m_events.size() && m_events.at(next).partition != event.partition)
                ++next;
            QVERIFY(next < m_events.size());
            QCOMPARE(m_events.at(next).verb, event.verb.chopped(3)); // PAUSE / UNPAUSE
            QCOMPARE(m_events.at(next).agent, event.agent);
            QCOMPARE(m_events.at(next).time, event.time);
        }
    }
}

void TestCallCentreGenerator::callIdsCollideAcrossPartitions()
{
    // Real Asterisk does this: every server counts its channels from 0 after a start, so the same
    // "epoch.seq" on two servers (two different calls) turns up when the counters happen to meet
    // in the same second: about once in two days of this cluster. Four seeds make it certain.
    int collisions = 0;
    for (quint64 seed = 1; seed <= 4; ++seed) {
        GeneratorConfig config = twoDayCluster(seed);
        config.restartsPerDay = 0;
        QHash<QString, QString> partitionOf; // call id -> first partition it was seen on
        for (const QueueLogEvent& event : generateAll(config)) {
            if (event.verb != u"ENTERQUEUE"_s)
                continue;
            const auto it = partitionOf.constFind(event.callId);
            if (it == partitionOf.constEnd())
                partitionOf.insert(event.callId, event.partition);
            else if (it.value() != event.partition)
                ++collisions;
        }
    }
    QVERIFY(collisions > 0);
}

void TestCallCentreGenerator::volumeFollowsCallsPerDay()
{
    QHash<QString, QSet<QString>> calls; // a transfer keeps its call id: count ids, not ENTERQUEUE lines
    for (const QueueLogEvent& event : std::as_const(m_events)) {
        if (event.verb == u"ENTERQUEUE"_s)
            calls[event.partition].insert(event.callId);
    }
    const double expected = double(m_config.callsPerDayPerPartition) * double(m_config.to - m_config.from) / Day;
    for (const QString& partition : std::as_const(m_config.partitions)) {
        const double count = double(calls.value(partition).size());
        QVERIFY2(count > 0.8 * expected && count < 1.2 * expected,
                 qPrintable(u"%1: %2 calls, expected about %3"_s.arg(partition).arg(count).arg(expected)));
    }
}

void TestCallCentreGenerator::crashLeavesCallsOpenUntilQueueStart()
{
    QHash<QString, int> openPerPartition;
    QSet<QString> open;
    int restarts = 0;
    int crashesWithOpenCalls = 0;
    for (const QueueLogEvent& event : std::as_const(m_events)) {
        if (event.verb == u"QUEUESTART"_s) {
            if (event.order > 1) {
                ++restarts;
                if (openPerPartition.value(event.partition) > 0)
                    ++crashesWithOpenCalls;
            }
            for (auto it = open.begin(); it != open.end();)
                it = it->startsWith(event.partition + u'\x1f') ? open.erase(it) : std::next(it);
            openPerPartition[event.partition] = 0;
        } else if (event.verb == u"ENTERQUEUE"_s) {
            open.insert(stintKey(event));
            ++openPerPartition[event.partition];
        } else if (isCallEnd(event.verb) && open.remove(stintKey(event))) {
            --openPerPartition[event.partition];
        }
    }
    QVERIFY(restarts >= 3);
    QVERIFY(crashesWithOpenCalls >= 1);
    QVERIFY(crashesWithOpenCalls < restarts); // clean restarts close their calls first
}

void TestCallCentreGenerator::systemNamePrefixesCallIds()
{
    GeneratorConfig config = m_config;
    config.systemNamePrefix = true;
    config.to = config.from + Day / 2;
    const QList<QueueLogEvent> events = generateAll(config);
    int calls = 0;
    for (const QueueLogEvent& event : events) {
        if (event.verb != u"ENTERQUEUE"_s)
            continue;
        ++calls;
        const QString prefix = u"pbx-"_s + event.partition.toLower() + u'-';
        QVERIFY2(event.callId.startsWith(prefix), qPrintable(event.toLine()));
        QVERIFY(event.callId.mid(prefix.size()).contains(u'.'));
    }
    QVERIFY(calls > 100);
}

void TestCallCentreGenerator::emptyPeriodGivesNothing()
{
    GeneratorConfig config = m_config;
    config.to = config.from;
    QVERIFY(generateAll(config).isEmpty());
    config.partitions.clear();
    config.to = config.from + Day;
    QVERIFY(generateAll(config).isEmpty());
}

void TestCallCentreGenerator::programWritesOneFilePerPartition()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString output = dir.filePath(u"out/sample"_s);
    QProcess process;
    process.start(qw::test::binaryPath(u"queuewatch-generate"_s),
                  {u"--seed"_s, u"3"_s, u"--from"_s, u"2026-11-02T08:00:00"_s, u"--to"_s, u"1793610000"_s,
                   u"--partitions"_s, u"A,B"_s, u"--output-dir"_s, output});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardError().contains("A "));

    // The program is the library with the defaults: the same lines, one file per partition.
    GeneratorConfig config;
    config.seed = 3;
    config.partitions = {u"A"_s, u"B"_s};
    config.queues = {u"support"_s, u"sales"_s, u"billing"_s};
    config.from = 1793606400;
    config.to = 1793610000;
    QHash<QString, QStringList> expected;
    for (const QueueLogEvent& event : generateAll(config))
        expected[event.partition].append(event.toLine());
    for (const QString& partition : std::as_const(config.partitions)) {
        const QStringList lines = readLines(QDir(output).filePath(partition + u".queue_log"_s));
        QVERIFY(lines.size() > 50);
        QCOMPARE(lines, expected.value(partition));
    }
    QVERIFY(!QFile::exists(QDir(output).filePath(u"C.queue_log"_s)));
}

void TestCallCentreGenerator::programRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString from = u"2026-11-02T08:00:00"_s;
    const QString out = QDir::tempPath() + u"/qw-generate-never-written"_s;
    QTest::addRow("bad partition") << QStringList {u"--from"_s,       from, u"--partitions"_s, u"A,B C"_s,
                                                   u"--output-dir"_s, out};
    QTest::addRow("duplicate partition") << QStringList {u"--from"_s,       from, u"--partitions"_s, u"A,A"_s,
                                                         u"--output-dir"_s, out};
    QTest::addRow("bad time") << QStringList {u"--from"_s, u"yesterday"_s, u"--output-dir"_s, out};
    QTest::addRow("to before from") << QStringList {u"--from"_s,       from, u"--to"_s, u"2026-11-01"_s,
                                                    u"--output-dir"_s, out};
    QTest::addRow("negative agents") << QStringList {u"--from"_s, from, u"--agents"_s, u"-1"_s, u"--output-dir"_s, out};
    QTest::addRow("no output dir") << QStringList {u"--from"_s, from};
    QTest::addRow("no from") << QStringList {u"--output-dir"_s, out};
    QTest::addRow("unknown option") << QStringList {u"--from"_s, from, u"--output-dir"_s, out, u"--colour"_s};
}

void TestCallCentreGenerator::programRejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(qw::test::binaryPath(u"queuewatch-generate"_s), arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
    QVERIFY(!QFile::exists(QDir::tempPath() + u"/qw-generate-never-written"_s));
}

void TestCallCentreGenerator::programReportsFullDisk()
{
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("needs /dev/full");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::link(u"/dev/full"_s, dir.filePath(u"A.queue_log"_s)));
    QProcess process;
    process.start(qw::test::binaryPath(u"queuewatch-generate"_s),
                  {u"--from"_s, u"2026-11-02T08:00:00"_s, u"--partitions"_s, u"A"_s, u"--output-dir"_s, dir.path()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardError().contains("A.queue_log"));
}

QTEST_GUILESS_MAIN(TestCallCentreGenerator)
#include "tst_callcentregenerator.moc"
