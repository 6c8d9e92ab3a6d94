// The wallboard's core: figures of a tile summed from a snapshot, the thresholds that turn it
// amber or red, which tiles and agents a configuration shows, and the configuration's JSON
// (round trip, and every kind of bad file refused with a message).
#include "wallboard/tilestate.h"
#include "wallboard/wallboardconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::TileLevel;
using qw::TileReason;

namespace {

// The error of a result that should have failed; empty when it did not fail.
QString errorOf(const std::variant<qw::WallboardConfig, QString>& result)
{
    return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
}

constexpr qint64 Now = 1800000000;

qw::LiveSnapshot::Agent agent(qw::LiveSnapshot::AgentState state, QStringList queues, qint64 since = Now - 100)
{
    qw::LiveSnapshot::Agent a;
    a.state = state;
    a.queues = std::move(queues);
    a.since = since;
    return a;
}

// support: two callers (oldest 70 s), sales: one caller (20 s); five agents, one in both queues.
qw::LiveSnapshot sampleSnapshot()
{
    using State = qw::LiveSnapshot::AgentState;
    qw::LiveSnapshot s;
    s.at = Now;
    s.waiting = {
        {0, u"1"_s, u"support"_s, Now - 70, {}, 1, 1},
        {1, u"2"_s, u"support"_s, Now - 10, {}, 2, 2},
        {0, u"3"_s, u"sales"_s, Now - 20, {}, 1, 1},
    };
    s.agents.insert(u"Agent/1"_s, agent(State::Free, {u"sales"_s, u"support"_s}));
    s.agents.insert(u"Agent/2"_s, agent(State::Talking, {u"support"_s}));
    s.agents.insert(u"Agent/3"_s, agent(State::Paused, {u"support"_s}));
    s.agents.insert(u"Agent/4"_s, agent(State::Talking, {u"sales"_s}));
    s.agents.insert(u"Agent/5"_s, agent(State::LoggedOff, {u"sales"_s}));
    s.agents.insert(u"Agent/6"_s, agent(State::Free, {u"billing"_s}));
    qw::LiveSnapshot::Queue support;
    support.today.offered = 100;
    support.today.answered = 90;
    support.today.unanswered = 10;
    support.today.answeredWithinSl = 72;
    support.today.unansweredWithinSl = 4;
    qw::LiveSnapshot::Queue sales;
    sales.today.offered = 50;
    sales.today.answered = 50;
    sales.today.answeredWithinSl = 50;
    s.queues.insert(u"support"_s, support);
    s.queues.insert(u"sales"_s, sales);
    s.queues.insert(u"billing"_s, {});
    return s;
}

QJsonObject validJson()
{
    return qw::WallboardConfig().toJson();
}

} // namespace

class TestTileState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresOfOneQueue();
    void figuresOfAGroupCountAgentsOnce();
    void longestWaitTicks();
    void thresholds_data();
    void thresholds();
    void serviceLevelWaitsForEnoughCalls();
    void tilesAndAgentsOfAConfig();
    void configRoundTrip();
    void configRejects_data();
    void configRejects();
    void configFiles();
    void configInSettings();
};

void TestTileState::figuresOfOneQueue()
{
    const qw::TileFigures f = qw::tileFigures(sampleSnapshot(), {u"support"_s}, Now);
    QCOMPARE(f.waiting, 2);
    QCOMPARE(f.longestWait, std::optional<qint64>(70));
    QCOMPARE(f.free, 1);
    QCOMPARE(f.talking, 1);
    QCOMPARE(f.paused, 1);
    QCOMPARE(f.answered, 90);
    QCOMPARE(f.unanswered, 10);
    QVERIFY(f.serviceLevel);
    QCOMPARE(*f.serviceLevel, 72.0 / 96.0);

    const qw::TileFigures empty = qw::tileFigures(sampleSnapshot(), {u"billing"_s}, Now);
    QCOMPARE(empty.waiting, 0);
    QVERIFY(!empty.longestWait);
    QVERIFY(!empty.serviceLevel); // nothing offered: no percentage, not 0 %
    QCOMPARE(empty.free, 1);
}

void TestTileState::figuresOfAGroupCountAgentsOnce()
{
    const qw::TileFigures f = qw::tileFigures(sampleSnapshot(), {u"support"_s, u"sales"_s}, Now);
    QCOMPARE(f.waiting, 3);
    QCOMPARE(f.longestWait, std::optional<qint64>(70));
    QCOMPARE(f.free, 1); // Agent/1 is in both queues and counts once
    QCOMPARE(f.talking, 2);
    QCOMPARE(f.paused, 1);
    QCOMPARE(f.offered, 150);
    // Counts are added before dividing: (72 + 50) / (150 - 4), not the mean of two percentages.
    QCOMPARE(*f.serviceLevel, 122.0 / 146.0);
}

void TestTileState::longestWaitTicks()
{
    QCOMPARE(*qw::tileFigures(sampleSnapshot(), {u"support"_s}, Now + 15).longestWait, 85);
    // A clock behind the snapshot never shows a negative wait.
    QCOMPARE(*qw::tileFigures(sampleSnapshot(), {u"support"_s}, Now - 1000).longestWait, 0);
}

void TestTileState::thresholds_data()
{
    QTest::addColumn<int>("waiting");
    QTest::addColumn<int>("longestWait"); // -1: nobody waits
    QTest::addColumn<int>("free");
    QTest::addColumn<int>("slPercent"); // -1: no SL yet
    QTest::addColumn<int>("nobodyFreeLevel");
    QTest::addColumn<int>("level");
    QTest::addColumn<QList<int>>("reasons");

    const int normal = int(TileLevel::Normal);
    const int amber = int(TileLevel::Amber);
    const int red = int(TileLevel::Red);
    const int wait = int(TileReason::LongWait);
    const int sl = int(TileReason::LowServiceLevel);
    const int nobody = int(TileReason::NobodyFree);
    // Default thresholds: wait amber over 30 s, red over 60 s; SL amber under 80 %, red under 60 %.
    QTest::newRow("calm") << 1 << 10 << 2 << 90 << red << normal << QList<int> {};
    QTest::newRow("nobody waiting") << 0 << -1 << 0 << -1 << red << normal << QList<int> {};
    QTest::newRow("wait at amber limit") << 1 << 30 << 2 << 90 << red << normal << QList<int> {};
    QTest::newRow("wait over amber") << 1 << 31 << 2 << 90 << red << amber << QList<int> {wait};
    QTest::newRow("wait at red limit") << 1 << 60 << 2 << 90 << red << amber << QList<int> {wait};
    QTest::newRow("wait over red") << 1 << 61 << 2 << 90 << red << red << QList<int> {wait};
    QTest::newRow("sl at amber limit") << 0 << -1 << 2 << 80 << red << normal << QList<int> {};
    QTest::newRow("sl under amber") << 0 << -1 << 2 << 79 << red << amber << QList<int> {sl};
    QTest::newRow("sl under red") << 0 << -1 << 2 << 59 << red << red << QList<int> {sl};
    QTest::newRow("nobody free, red") << 2 << 5 << 0 << 90 << red << red << QList<int> {nobody};
    QTest::newRow("nobody free, amber") << 2 << 5 << 0 << 90 << amber << amber << QList<int> {nobody};
    QTest::newRow("nobody free, ignored") << 2 << 5 << 0 << 90 << normal << normal << QList<int> {};
    QTest::newRow("loudest wins") << 2 << 45 << 0 << 70 << red << red << QList<int> {wait, sl, nobody};
}

void TestTileState::thresholds()
{
    QFETCH(int, waiting);
    QFETCH(int, longestWait);
    QFETCH(int, free);
    QFETCH(int, slPercent);
    QFETCH(int, nobodyFreeLevel);
    QFETCH(int, level);
    QFETCH(QList<int>, reasons);

    qw::TileFigures f;
    f.waiting = waiting;
    if (longestWait >= 0)
        f.longestWait = longestWait;
    f.free = free;
    f.offered = 100;
    if (slPercent >= 0)
        f.serviceLevel = slPercent / 100.0;
    qw::TileThresholds t;
    t.nobodyFree = TileLevel(nobodyFreeLevel);
    const qw::TileState state = qw::tileState(f, t);
    QCOMPARE(int(state.level), level);
    QList<int> got;
    for (const qw::TileAlert& alert : state.alerts)
        got << int(alert.reason);
    QCOMPARE(got, reasons);
}

void TestTileState::serviceLevelWaitsForEnoughCalls()
{
    qw::TileFigures f;
    f.offered = 2;
    f.serviceLevel = 0.5;
    qw::TileThresholds t;
    QCOMPARE(qw::tileState(f, t).level, TileLevel::Normal); // two calls at 08:01 say nothing yet
    t.serviceLevelMinOffered = 2;
    QCOMPARE(qw::tileState(f, t).level, TileLevel::Red);
}

void TestTileState::tilesAndAgentsOfAConfig()
{
    const qw::LiveSnapshot s = sampleSnapshot();
    qw::WallboardConfig config;
    QList<qw::WallboardTile> tiles = qw::wallboardTiles(config, s);
    QCOMPARE(tiles.size(), 3);
    QCOMPARE(tiles[0].name, u"billing"_s); // every queue, in name order
    QCOMPARE(qw::wallboardAgents(config, s),
             (QStringList {u"Agent/1"_s, u"Agent/2"_s, u"Agent/3"_s, u"Agent/4"_s, u"Agent/6"_s}));

    config.queues = {u"support"_s};
    config.groups = {{u"Front"_s, {u"sales"_s, u"support"_s}}};
    tiles = qw::wallboardTiles(config, s);
    QCOMPARE(tiles.size(), 2);
    QCOMPARE(tiles[0], (qw::WallboardTile {u"Front"_s, {u"sales"_s, u"support"_s}, true}));
    QCOMPARE(tiles[1], (qw::WallboardTile {u"support"_s, {u"support"_s}, false}));
    // Billing's agent is on no tile, and logged-off agents never show.
    QCOMPARE(qw::wallboardAgents(config, s), (QStringList {u"Agent/1"_s, u"Agent/2"_s, u"Agent/3"_s, u"Agent/4"_s}));
    config.showQueueTiles = false;
    QCOMPARE(qw::wallboardTiles(config, s).size(), 1);
}

void TestTileState::configRoundTrip()
{
    qw::WallboardConfig config;
    config.showQueueTiles = false;
    config.queues = {u"support"_s, u"sales"_s};
    config.groups = {{u"Front office"_s, {u"sales"_s, u"support"_s}}, {u"Back"_s, {u"billing"_s}}};
    config.defaultThresholds.waitAmberSeconds = 20;
    config.defaultThresholds.waitRedSeconds = 40;
    qw::TileThresholds vip;
    vip.serviceLevelTarget = 95;
    vip.serviceLevelAmber = 95;
    vip.serviceLevelRed = 90;
    vip.nobodyFree = TileLevel::Amber;
    config.thresholds.insert(u"sales"_s, vip);
    config.rotationSeconds = 7;
    config.figures = {qw::WallboardFigure::ServiceLevel, qw::WallboardFigure::Waiting};
    config.showAgents = false;

    const auto back = qw::WallboardConfig::fromJson(config.toJson());
    QVERIFY2(std::holds_alternative<qw::WallboardConfig>(back), qPrintable(errorOf(back)));
    QCOMPARE(std::get<qw::WallboardConfig>(back), config);
    QCOMPARE(std::get<qw::WallboardConfig>(back).thresholdsFor(u"sales"_s).serviceLevelTarget, 95);
    QCOMPARE(std::get<qw::WallboardConfig>(back).thresholdsFor(u"support"_s).waitRedSeconds, 40);
    // Missing optional keys take their defaults.
    const auto minimal
        = qw::WallboardConfig::fromJson(QJsonObject {{u"format"_s, u"queuewatch-wallboard"_s}, {u"version"_s, 1}});
    QVERIFY2(std::holds_alternative<qw::WallboardConfig>(minimal), qPrintable(errorOf(minimal)));
    QCOMPARE(std::get<qw::WallboardConfig>(minimal), qw::WallboardConfig());
}

void TestTileState::configRejects_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("message"); // part of the error

    const auto with = [](const QString& key, const QJsonValue& value) {
        QJsonObject json = validJson();
        json.insert(key, value);
        return json;
    };
    const auto thresholds = [&](const QString& key, const QJsonValue& value) {
        QJsonObject t = validJson().value(u"defaultThresholds"_s).toObject();
        t.insert(key, value);
        return with(u"defaultThresholds"_s, t);
    };
    QTest::newRow("not a wallboard") << QJsonObject {{u"queues"_s, QJsonArray()}} << u"not a QueueWatch"_s;
    QTest::newRow("future version") << with(u"version"_s, 2) << u"version 2"_s;
    QTest::newRow("rotation too fast") << with(u"rotationSeconds"_s, 1) << u"rotationSeconds"_s;
    QTest::newRow("rotation as text") << with(u"rotationSeconds"_s, u"10"_s) << u"rotationSeconds"_s;
    QTest::newRow("rotation fraction") << with(u"rotationSeconds"_s, 10.5) << u"rotationSeconds"_s;
    QTest::newRow("queues not a list") << with(u"queues"_s, u"support"_s) << u"queues"_s;
    QTest::newRow("empty queue name") << with(u"queues"_s, QJsonArray {u""_s}) << u"names"_s;
    QTest::newRow("long queue name") << with(u"queues"_s, QJsonArray {QString(101, u'q')}) << u"names"_s;
    QTest::newRow("control character") << with(u"queues"_s, QJsonArray {u"a\nb"_s}) << u"control"_s;
    QTest::newRow("queue twice") << with(u"queues"_s, QJsonArray {u"a"_s, u"a"_s}) << u"twice"_s;
    QTest::newRow("negative wait") << thresholds(u"waitAmberSeconds"_s, -1) << u"waitAmberSeconds"_s;
    QTest::newRow("sl over 100") << thresholds(u"serviceLevelAmber"_s, 101) << u"serviceLevelAmber"_s;
    QTest::newRow("red before amber") << thresholds(u"waitRedSeconds"_s, 10) << u"red wait"_s;
    QTest::newRow("red sl above amber") << thresholds(u"serviceLevelRed"_s, 90) << u"red service level"_s;
    QTest::newRow("bad nobody free") << thresholds(u"nobodyFree"_s, u"purple"_s) << u"nobodyFree"_s;
    QTest::newRow("thresholds not object") << with(u"thresholds"_s, QJsonObject {{u"sales"_s, 5}}) << u"object"_s;
    QTest::newRow("group without queues")
        << with(u"groups"_s, QJsonArray {QJsonObject {{u"name"_s, u"G"_s}, {u"queues"_s, QJsonArray()}}})
        << u"no queues"_s;
    QTest::newRow("group twice") << with(
        u"groups"_s,
        QJsonArray {QJsonObject {{u"name"_s, u"G"_s}, {u"queues"_s, QJsonArray {u"a"_s}}},
                    QJsonObject {{u"name"_s, u"G"_s}, {u"queues"_s, QJsonArray {u"b"_s}}}})
                                 << u"twice"_s;
    QTest::newRow("group not object") << with(u"groups"_s, QJsonArray {u"G"_s}) << u"object"_s;
    QTest::newRow("unknown figure") << with(u"figures"_s, QJsonArray {u"waiting"_s, u"mood"_s}) << u"mood"_s;
    QTest::newRow("figure twice") << with(u"figures"_s, QJsonArray {u"waiting"_s, u"waiting"_s}) << u"twice"_s;
    QTest::newRow("agents not bool") << with(u"showAgents"_s, 1) << u"showAgents"_s;
    QJsonArray many;
    for (int i = 0; i < qw::WallboardConfig::MaxNames + 1; ++i)
        many.append(u"q%1"_s.arg(i));
    QTest::newRow("too many queues") << with(u"queues"_s, many) << u"at most"_s;
}

void TestTileState::configRejects()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, message);
    const QString error = errorOf(qw::WallboardConfig::fromJson(json));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestTileState::configFiles()
{
    QTemporaryDir dir;
    qw::WallboardConfig config;
    config.queues = {u"support"_s};
    const QString path = dir.filePath(u"wall.json"_s);
    const auto written = config.writeFile(path);
    QVERIFY2(!written, qPrintable(written.value_or(QString())));
    const auto back = qw::WallboardConfig::readFile(path);
    QVERIFY2(std::holds_alternative<qw::WallboardConfig>(back), qPrintable(errorOf(back)));
    QCOMPARE(std::get<qw::WallboardConfig>(back), config);

    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return file.fileName();
    };
    QString error = errorOf(qw::WallboardConfig::readFile(dir.filePath(u"missing.json"_s)));
    QVERIFY2(error.contains(u"Cannot read"_s), qPrintable(error));
    error = errorOf(qw::WallboardConfig::readFile(write(u"broken.json"_s, "{\"format\": ")));
    QVERIFY2(error.contains(u"line 1, column"_s) && error.contains(u"broken.json"_s), qPrintable(error));
    error = errorOf(qw::WallboardConfig::readFile(write(u"array.json"_s, "[1, 2]")));
    QVERIFY2(error.contains(u"JSON object"_s), qPrintable(error));
    error = errorOf(qw::WallboardConfig::readFile(write(u"huge.json"_s, QByteArray(2 * 1024 * 1024, ' '))));
    QVERIFY2(error.contains(u"too large"_s), qPrintable(error));
}

void TestTileState::configInSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(qw::WallboardConfig::load(settings), qw::WallboardConfig()); // nothing saved yet
    qw::WallboardConfig config;
    config.rotationSeconds = 42;
    config.groups = {{u"All"_s, {u"a"_s, u"b"_s}}};
    config.save(settings);
    QCOMPARE(qw::WallboardConfig::load(settings), config);
    // A hand-edited settings file with nonsense gives the defaults, not half a configuration.
    settings.setValue(u"wallboard/config"_s,
                      u"{\"format\":\"queuewatch-wallboard\",\"version\":1,\"rotationSeconds\":-5}"_s);
    QCOMPARE(qw::WallboardConfig::load(settings), qw::WallboardConfig());
}

QTEST_GUILESS_MAIN(TestTileState)
#include "tst_tilestate.moc"
