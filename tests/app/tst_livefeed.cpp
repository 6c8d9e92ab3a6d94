// The live feed, `queuewatch-report --follow`, against a real MariaDB fed row by row while it
// runs: rows of one second in two polls, a row that arrives late, a partition whose rows go away
// and come back. Its last state equals `--live-at` for the same moment (the same driver, once);
// it stops cleanly on SIGTERM with whole lines; with --output it replaces a file that is
// always whole JSON. Real clock, real polls (one a second).
#include "database/databaseconnection.h"
#include "support/fixtures.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"

#include <functional>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qw::QueueLogEvent row(const QString& partition, qint64 time, const QString& callId, const QString& verb,
                      const QString& agent = u"NONE"_s)
{
    qw::QueueLogEvent e = qw::test::makeEvent(partition, time, callId, u"support"_s, agent, verb);
    if (verb == u"ENTERQUEUE") {
        e.data[1] = u"555"_s + callId;
        e.data[2] = u"1"_s;
    }
    return e;
}

// The parts of a live state that say what is going on (health's "since" and "last_read" depend
// on the polls before, which a one-off read cannot know).
QJsonObject stateOf(const QJsonObject& live)
{
    QJsonObject state = live;
    QJsonObject partitions;
    const QJsonObject health = live.value(u"partitions"_s).toObject();
    for (auto it = health.constBegin(); it != health.constEnd(); ++it) {
        const QJsonObject partition = it.value().toObject();
        partitions.insert(it.key(),
                          QJsonObject {{u"state"_s, partition.value(u"state"_s)},
                                       {u"newest_row"_s, partition.value(u"newest_row"_s)}});
    }
    state.insert(u"partitions"_s, partitions);
    return state;
}

} // namespace

class TestLiveFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followEqualsLiveAt();
    void outputFileIsAlwaysWhole();
    void badFollowArguments();

private:
    QStringList sourceArguments() const;
    void insert(const qw::EventBatch& rows);
    // Reads complete lines the feed wrote until `enough` holds for the newest; false on timeout.
    bool readUntil(QProcess& feed, QList<QJsonObject>& lines, const std::function<bool(const QJsonObject&)>& enough,
                   int timeoutMs = 30000);

    qw::test::TestMariaDb m_server;
    std::unique_ptr<qw::DatabaseConnection> m_connection;
    QByteArray m_partial;
};

void TestLiveFeed::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_connection = std::make_unique<qw::DatabaseConnection>(m_server.url());
    QVERIFY(m_connection->open());
}

QStringList TestLiveFeed::sourceArguments() const
{
    // A sliding window, so that a run near midnight reads the same rows as any other.
    return {u"--db"_s,           m_server.url().toDisplayString(),
            u"--source"_s,       u"cluster:A|B"_s,
            u"--tz"_s,           u"UTC"_s,
            u"--window-hours"_s, u"2"_s};
}

void TestLiveFeed::insert(const qw::EventBatch& rows)
{
    QVERIFY(qw::test::insertEvents(*m_connection, rows));
}

bool TestLiveFeed::readUntil(QProcess& feed, QList<QJsonObject>& lines,
                             const std::function<bool(const QJsonObject&)>& enough, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        feed.waitForReadyRead(200);
        m_partial += feed.readAllStandardOutput();
        qsizetype end;
        while ((end = m_partial.indexOf('\n')) >= 0) {
            QJsonParseError error;
            const QJsonDocument line = QJsonDocument::fromJson(m_partial.first(end), &error);
            if (error.error != QJsonParseError::NoError || !line.isObject()) {
                qWarning("not a JSON line: %s", m_partial.first(end).constData());
                return false;
            }
            m_partial.remove(0, end + 1);
            lines.append(line.object());
        }
        if (!lines.isEmpty() && enough(lines.last()))
            return true;
        if (feed.state() != QProcess::Running)
            return false;
    }
    return false;
}

void TestLiveFeed::followEqualsLiveAt()
{
    const qint64 base = QDateTime::currentSecsSinceEpoch() - 600;
    insert({row(u"A"_s, base, u"a1"_s, u"ENTERQUEUE"_s), row(u"B"_s, base + 5, u"b1"_s, u"ENTERQUEUE"_s),
            row(u"A"_s, base + 10, u"a1"_s, u"CONNECT"_s, u"Agent/1"_s)});

    QProcess feed;
    feed.start(qw::test::binaryPath(u"queuewatch-report"_s),
               QStringList {u"--follow"_s, u"--every"_s, u"1"_s} + sourceArguments());
    QVERIFY(feed.waitForStarted());
    QList<QJsonObject> lines;
    const auto talking = [](const QJsonObject& state) {
        return state.value(u"talking"_s).toArray().size();
    };
    const auto waiting = [](const QJsonObject& state) {
        return state.value(u"waiting"_s).toArray().size();
    };
    QVERIFY(readUntil(feed, lines, [&](const QJsonObject& s) { return talking(s) == 1 && waiting(s) == 1; }));

    // Two rows of one second, in two polls: each counted once.
    insert({row(u"B"_s, base + 20, u"b2"_s, u"ENTERQUEUE"_s)});
    QVERIFY(readUntil(feed, lines, [&](const QJsonObject& s) { return waiting(s) == 2; }));
    insert({row(u"B"_s, base + 20, u"b1"_s, u"CONNECT"_s, u"Agent/2"_s)});
    QVERIFY(readUntil(feed, lines, [&](const QJsonObject& s) { return talking(s) == 2 && waiting(s) == 1; }));

    // A row that arrives late (older than rows already read): still picked up.
    insert({row(u"A"_s, base + 30, u"a2"_s, u"ENTERQUEUE"_s)});
    QVERIFY(readUntil(feed, lines, [&](const QJsonObject& s) { return waiting(s) == 2; }));
    insert({row(u"A"_s, base + 25, u"a1"_s, u"COMPLETECALLER"_s, u"Agent/1"_s)});
    QVERIFY(readUntil(feed, lines, [&](const QJsonObject& s) { return talking(s) == 1; }));

    // B's rows go away (a reload begins) and come back: nothing is counted twice.
    QSqlQuery query(m_connection->database());
    QVERIFY(query.exec(u"DELETE FROM queue_log WHERE `partition` = 'B'"_s));
    QVERIFY(readUntil(feed, lines, [&](const QJsonObject& s) { return talking(s) == 0 && waiting(s) == 1; }));
    insert({row(u"B"_s, base + 5, u"b1"_s, u"ENTERQUEUE"_s), row(u"B"_s, base + 20, u"b2"_s, u"ENTERQUEUE"_s),
            row(u"B"_s, base + 20, u"b1"_s, u"CONNECT"_s, u"Agent/2"_s)});
    QVERIFY(readUntil(feed, lines, [&](const QJsonObject& s) { return talking(s) == 1 && waiting(s) == 2; }));

    // The state the feed shows now is what a one-off read says for the same moment.
    const QJsonObject last = lines.last();
    const qint64 at = last.value(u"at"_s).toInteger();
    const qw::test::ProgramRun once = qw::test::runProgram(
        qw::test::binaryPath(u"queuewatch-report"_s),
        QStringList {u"--live-at"_s, QString::number(at), u"--now"_s, QString::number(at)} + sourceArguments());
    QVERIFY2(once.exitCode == 0, qPrintable(once.err));
    const QJsonObject liveAt = QJsonDocument::fromJson(once.out).object();
    QCOMPARE(stateOf(last), stateOf(liveAt));
    QCOMPARE(last.value(u"waiting"_s).toArray().size(), 2);
    QCOMPARE(last.value(u"agents"_s).toObject().value(u"Agent/2"_s).toObject().value(u"state"_s).toString(),
             u"talking"_s);

    // SIGTERM: the feed ends cleanly, every line it wrote whole.
    feed.terminate();
    QVERIFY(feed.waitForFinished(10000));
    QCOMPARE(feed.exitStatus(), QProcess::NormalExit);
    QCOMPARE(feed.exitCode(), 0);
    m_partial += feed.readAllStandardOutput();
    QVERIFY2(m_partial.isEmpty() || m_partial.endsWith('\n'), m_partial.right(80).constData());
    m_partial.clear();
}

void TestLiveFeed::outputFileIsAlwaysWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"live.json"_s);
    QProcess feed;
    feed.start(qw::test::binaryPath(u"queuewatch-report"_s),
               QStringList {u"--follow"_s, u"--every"_s, u"1"_s, u"--output"_s, path} + sourceArguments());
    QVERIFY(feed.waitForStarted());
    // Read it again and again while it is replaced: always a whole JSON object.
    QElapsedTimer timer;
    timer.start();
    int reads = 0;
    qint64 firstAt = 0;
    qint64 lastAt = 0;
    while (timer.elapsed() < 4000) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            lastAt = document.object().value(u"at"_s).toInteger();
            firstAt = firstAt ? firstAt : lastAt;
            ++reads;
        }
        QTest::qWait(20);
    }
    QVERIFY(reads > 10);
    QVERIFY2(lastAt > firstAt, "the file is replaced at every poll");
    feed.kill();
    feed.waitForFinished();
}

void TestLiveFeed::badFollowArguments()
{
    const auto run = [&](const QStringList& extra) {
        return qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s), sourceArguments() + extra);
    };
    const qw::test::ProgramRun both = run({u"--follow"_s, u"--live-at"_s, u"0"_s});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(u"--follow"_s), qPrintable(both.err));
    const qw::test::ProgramRun csv = run({u"--follow"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 2);
    QVERIFY2(csv.err.contains(u"JSON"_s), qPrintable(csv.err));
    const qw::test::ProgramRun every = run({u"--follow"_s, u"--every"_s, u"0"_s});
    QCOMPARE(every.exitCode, 2);
    QVERIFY2(every.err.contains(u"--every"_s), qPrintable(every.err));
    const qw::test::ProgramRun unbound = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s),
                                                              {u"--follow"_s, u"--source"_s, u"sql:A"_s});
    QCOMPARE(unbound.exitCode, 2);
    QVERIFY2(unbound.err.contains(u"nothing to read from"_s), qPrintable(unbound.err));
}

QTEST_GUILESS_MAIN(TestLiveFeed)
#include "tst_livefeed.moc"
