// The wallboard, offscreen: on the demo at four screen sizes (screenshots saved with the test
// output, every label's text fitting its box), thresholds driven through the live models, a
// server outage, pages, the idle cursor, the configuration dialog's files, and the main
// window's Wallboard action.
#include "live/livemonitor.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "support/handpolleddemo.h"
#include "support/testsettings.h"
#include "wallboard/agentchip.h"
#include "wallboard/queuetile.h"
#include "wallboard/wallboardconfigdialog.h"
#include "wallboard/wallboardwindow.h"

#include <atomic>
#include <cmath>
#include <memory>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::TileLevel;

namespace {

constexpr qint64 Start = 1800000000 + 3 * 3600; // 2027-01-15 11:00 UTC, a busy hour

QString screenshotPath(const QString& name)
{
    QDir output(QCoreApplication::applicationDirPath());
    output.mkpath(u"screenshots"_s);
    return output.filePath(u"screenshots/"_s + name);
}

// Every visible label's text fits its box (font metrics against the contents rectangle), and
// every box lies inside its parent and the window: nothing is clipped anywhere.
QStringList clippedLabels(const QWidget* window)
{
    QStringList problems;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty())
            continue;
        const QFontMetrics metrics(label->font());
        const QRect box = label->contentsRect();
        const int needed = metrics.horizontalAdvance(label->text());
        if (needed > box.width() || metrics.height() > box.height())
            problems << u"\"%1\" needs %2x%3, has %4x%5"_s.arg(label->text())
                            .arg(needed)
                            .arg(metrics.height())
                            .arg(box.width())
                            .arg(box.height());
        const QRect inParent = label->geometry();
        if (!label->parentWidget()->rect().contains(inParent))
            problems << u"\"%1\" sticks out of its parent"_s.arg(label->text());
        const QRect inWindow(label->mapTo(window, QPoint(0, 0)), label->size());
        if (!window->rect().contains(inWindow))
            problems << u"\"%1\" sticks out of the window"_s.arg(label->text());
    }
    return problems;
}

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

qw::QueueTile* tileNamed(const qw::WallboardWindow& window, const QString& name)
{
    for (qw::QueueTile* tile : window.visibleTiles()) {
        if (tile->tileName() == name)
            return tile;
    }
    return nullptr;
}

qw::PartitionHealth health(const QString& name, qw::PartitionHealth::State state = qw::PartitionHealth::State::Ok)
{
    qw::PartitionHealth h;
    h.partition = name;
    h.state = state;
    h.since = state == qw::PartitionHealth::State::Ok ? 0 : Start - 300;
    h.trustedUntil = state == qw::PartitionHealth::State::Ok ? Start : Start - 300;
    h.error = state == qw::PartitionHealth::State::Error ? u"Lost connection to server"_s : QString();
    return h;
}

// One queue "support" with chosen figures, as one poll would hand them over.
qw::LiveUpdate supportUpdate(quint64 poll, int waiting, qint64 oldestWait, int freeAgents, qint64 answeredWithinSl)
{
    qw::LiveUpdate update;
    update.poll = poll;
    update.generation = 1;
    qw::LiveSnapshot& s = update.snapshot;
    s.at = Start;
    s.partitions = {u"A"_s, u"B"_s};
    for (int i = 0; i < waiting; ++i)
        s.waiting.append({0, u"call%1"_s.arg(i), u"support"_s, Start - (i == 0 ? oldestWait : 1), {}, i + 1, i + 1});
    for (int i = 0; i < 3; ++i) {
        qw::LiveSnapshot::Agent agent;
        agent.state = i < freeAgents ? qw::LiveSnapshot::AgentState::Free : qw::LiveSnapshot::AgentState::Talking;
        agent.since = Start - 60 * (i + 1);
        agent.queues = {u"support"_s};
        agent.partitionMask = 1;
        s.agents.insert(u"Agent/10%1"_s.arg(i), agent);
    }
    qw::LiveSnapshot::Queue queue;
    queue.waiting = waiting;
    queue.today.offered = 100;
    queue.today.answered = 95;
    queue.today.unanswered = 5;
    queue.today.answeredWithinSl = answeredWithinSl;
    s.queues.insert(u"support"_s, queue);
    update.health = {health(u"A"_s), health(u"B"_s)};
    return update;
}

} // namespace

class TestWallboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screenshotsOnTheDemo_data();
    void screenshotsOnTheDemo();
    void mainWindowOpensIt();
    void thresholdsThroughTheModels();
    void partitionOutage();
    void pagesAndKeys();
    void readableOnEveryTileColour();
    void staleServerStopsItsTiles();
    void escapeOnAWallScreen();
    void cursorHidesWhenIdle();
    void configDialogFiles();
    void cleanupTestCase();

private:
    std::unique_ptr<qw::test::HandPolledDemo> m_demo;
    std::unique_ptr<qw::LiveModelSet> m_models;
};

void TestWallboard::initTestCase()
{
    QCoreApplication::setOrganizationName(u"QueueWatchTests"_s);
    QCoreApplication::setApplicationName(u"tst_wallboard"_s);
    QSettings().clear();

    m_demo = std::make_unique<qw::test::HandPolledDemo>(Start);
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    m_models = std::make_unique<qw::LiveModelSet>(m_demo->clock());
    connect(&m_demo->monitor(), &qw::LiveMonitor::updated, m_models.get(), &qw::LiveModelSet::apply);
    QVERIFY(m_demo->pollAndWait());
    // Demo time moves on until calls are waiting, so every figure has something to show.
    QVERIFY(m_demo->stepUntil([this] { return !m_models->lastUpdate().snapshot.waiting.isEmpty(); }));
    QVERIFY(!m_models->lastUpdate().snapshot.waiting.isEmpty());
}

void TestWallboard::cleanupTestCase()
{
    m_models.reset();
    m_demo.reset();
}

void TestWallboard::screenshotsOnTheDemo_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("3840x2160") << QSize(3840, 2160);
    QTest::newRow("1080x1920") << QSize(1080, 1920);
}

void TestWallboard::screenshotsOnTheDemo()
{
    QFETCH(QSize, size);
    qw::WallboardConfig config;
    config.groups = {{u"All queues"_s, {u"support"_s, u"sales"_s, u"billing"_s}}};
    // Thresholds that suit the busy demo, so the pictures show calm and loud tiles side by side.
    config.defaultThresholds.waitAmberSeconds = 45;
    config.defaultThresholds.waitRedSeconds = 120;
    config.defaultThresholds.serviceLevelTarget = 50;
    config.defaultThresholds.serviceLevelAmber = 47;
    config.defaultThresholds.serviceLevelRed = 40;
    qw::WallboardWindow window(m_models.get(), config);
    window.setSourceText(u"demo cluster"_s);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);

    // The group and the three queues fit on one page at every size, each tile in its own space.
    const QList<qw::QueueTile*> tiles = window.visibleTiles();
    QCOMPARE(tiles.size(), 4);
    QCOMPARE(window.pageCount() >= 1, true);
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        QVERIFY(window.rect().contains(tiles[i]->geometry()));
        for (qsizetype j = i + 1; j < tiles.size(); ++j)
            QVERIFY(!tiles[i]->geometry().intersects(tiles[j]->geometry()));
    }
    QVERIFY(tileNamed(window, u"All queues"_s));
    QVERIFY(!window.visibleAgents().isEmpty());
    const QStringList problems = clippedLabels(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The longest wait ticks with the models' clock, between polls.
    const qsizetype labelsBefore = window.findChildren<QLabel*>().size();
    m_demo->setNow(m_demo->now() + 5);
    m_models->tick();
    QCOMPARE(window.findChildren<QLabel*>().size(), labelsBefore); // a tick moves texts, builds nothing
    QVERIFY(clippedLabels(&window).isEmpty());

    const QString path = screenshotPath(u"wallboard-demo-%1x%2.png"_s.arg(size.width()).arg(size.height()));
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestWallboard::mainWindowOpensIt()
{
    qw::test::TestSettings settings;
    qw::MainWindow main(m_models.get(), settings, u"demo cluster"_s);
    main.resize(1366, 768);
    main.show();
    QAction* action = nullptr;
    for (QAction* candidate : main.findChildren<QAction*>()) {
        if (candidate->shortcut() == QKeySequence(Qt::Key_F11))
            action = candidate;
    }
    QVERIFY(action);
    action->trigger();
    auto* wallboard = main.findChild<qw::WallboardWindow*>();
    QVERIFY(wallboard);
    QVERIFY(wallboard->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(wallboard));
    // The same models: the demo's three queues (once the full-screen size has arrived).
    QTRY_COMPARE(wallboard->visibleTiles().size(), 3);
    qInfo("full screen offscreen: %dx%d", wallboard->width(), wallboard->height());
    QCOMPARE(main.openWallboard(), wallboard); // F11 again brings back the same board
    wallboard->close();
    QTRY_VERIFY(!main.findChild<qw::WallboardWindow*>());
}

void TestWallboard::thresholdsThroughTheModels()
{
    std::atomic<qint64> now {Start};
    qw::LiveModelSet models([&now] { return now.load(); });
    qw::WallboardConfig config;
    config.defaultThresholds.waitAmberSeconds = 30;
    config.defaultThresholds.waitRedSeconds = 60;
    qw::WallboardWindow window(&models, config);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Calm: one caller for 10 s, two agents free, SL 90 %.
    models.apply(supportUpdate(1, 1, 10, 2, 90));
    qw::QueueTile* tile = tileNamed(window, u"support"_s);
    QVERIFY(tile);
    QCOMPARE(tile->level(), TileLevel::Normal);
    QVERIFY2(tile->statusText().contains(u"OK"_s), qPrintable(tile->statusText()));

    // The same caller, 25 s later on the clock: the tick alone makes the tile amber.
    now = Start + 25;
    models.tick();
    QCOMPARE(tile->level(), TileLevel::Amber);
    QVERIFY2(tile->statusText().startsWith(qw::QueueTile::levelSymbol(TileLevel::Amber)),
             qPrintable(tile->statusText()));
    QVERIFY(tile->statusText().contains(u"Long wait"_s));
    QVERIFY(window.grab().save(screenshotPath(u"wallboard-amber-1366x768.png"_s)));

    // Past 60 s: red, with its own symbol.
    now = Start + 55;
    models.tick();
    QCOMPARE(tile->level(), TileLevel::Red);
    QVERIFY(tile->statusText().startsWith(qw::QueueTile::levelSymbol(TileLevel::Red)));

    // A new poll: short wait, but nobody free while callers wait: red for that reason.
    now = Start;
    models.apply(supportUpdate(2, 2, 5, 0, 90));
    QCOMPARE(tile->level(), TileLevel::Red);
    QVERIFY2(tile->statusText().contains(u"Nobody free"_s), qPrintable(tile->statusText()));
    QVERIFY(window.grab().save(screenshotPath(u"wallboard-red-1366x768.png"_s)));

    // Service level under the amber line (70 of 100 in time), everything else calm.
    models.apply(supportUpdate(3, 0, 0, 2, 70));
    QCOMPARE(tile->level(), TileLevel::Amber);
    QVERIFY(tile->statusText().contains(u"SL low"_s));

    // A per-queue threshold overrides the default.
    qw::TileThresholds lenient;
    lenient.serviceLevelAmber = 60;
    lenient.serviceLevelRed = 50;
    config.thresholds.insert(u"support"_s, lenient);
    window.setConfig(config);
    tile = tileNamed(window, u"support"_s);
    QCOMPARE(tile->level(), TileLevel::Normal);
    QVERIFY(clippedLabels(&window).isEmpty());
}

void TestWallboard::partitionOutage()
{
    std::atomic<qint64> now {Start};
    qw::LiveModelSet models([&now] { return now.load(); });
    qw::WallboardWindow window(&models, qw::WallboardConfig());
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    qw::LiveUpdate update = m_models->lastUpdate(); // the demo's figures...
    models.apply(update);
    QVERIFY(window.bannerText().isEmpty());
    const int tilesBefore = int(window.visibleTiles().size());

    // ...then B goes silent and C cannot be read; A goes on.
    update.poll += 1;
    update.health = {health(u"A"_s), health(u"B"_s, qw::PartitionHealth::State::Silent),
                     health(u"C"_s, qw::PartitionHealth::State::Error)};
    models.apply(update);
    const QString banner = window.bannerText();
    QVERIFY2(banner.contains(u"Server B silent since"_s), qPrintable(banner));
    QVERIFY2(banner.contains(u"Server C cannot be read since"_s), qPrintable(banner));
    QVERIFY2(!banner.contains(u"Server A"_s), qPrintable(banner));
    const QStringList servers = window.serverTexts();
    QCOMPARE(servers.size(), 3);
    QVERIFY2(servers[0].contains(u"OK"_s), qPrintable(servers.join(u'|')));
    QVERIFY2(servers[1].contains(u"Silent"_s), qPrintable(servers.join(u'|')));
    QVERIFY2(servers[2].contains(u"Error"_s), qPrintable(servers.join(u'|')));
    QCOMPARE(int(window.visibleTiles().size()), tilesBefore); // the others keep working
    QVERIFY(clippedLabels(&window).isEmpty());
    QVERIFY(window.grab().save(screenshotPath(u"wallboard-outage-1920x1080.png"_s)));

    // Back to normal: the banner goes.
    update.poll += 1;
    update.health = {health(u"A"_s), health(u"B"_s), health(u"C"_s)};
    models.apply(update);
    QVERIFY(window.bannerText().isEmpty());
}

void TestWallboard::pagesAndKeys()
{
    std::atomic<qint64> now {Start};
    qw::LiveModelSet models([&now] { return now.load(); });
    qw::LiveUpdate update = supportUpdate(1, 1, 10, 1, 90);
    for (int i = 0; i < 20; ++i)
        update.snapshot.queues.insert(u"queue-%1"_s.arg(i, 2, 10, QChar(u'0')), {});
    models.apply(update);
    qw::WallboardConfig config;
    config.rotationSeconds = qw::WallboardConfig::MinRotationSeconds;
    qw::WallboardWindow window(&models, config);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY2(window.pageCount() >= 2, qPrintable(QString::number(window.pageCount())));
    QCOMPARE(window.currentPage(), 0);
    const QString first = window.visibleTiles().constFirst()->tileName();
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(window.currentPage(), 1);
    QVERIFY(window.visibleTiles().constFirst()->tileName() != first);
    QVERIFY(clippedLabels(&window).isEmpty());
    QTest::keyClick(&window, Qt::Key_Left);
    QTest::keyClick(&window, Qt::Key_Left); // wraps round to the last page
    QCOMPARE(window.currentPage(), window.pageCount() - 1);
    // The pages turn by themselves.
    const int page = window.currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(window.currentPage() != page, (qw::WallboardConfig::MinRotationSeconds + 2) * 1000);

    // Esc closes a board that is not full screen.
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isVisible());
}

void TestWallboard::readableOnEveryTileColour()
{
    // Three tiles: a calm one, an amber and a red one (the thresholds make them so), and a
    // fourth whose server is not current. Every label: 4.5:1 against its tile; the queue name
    // the largest text of its tile; each figure one size on every tile.
    std::atomic<qint64> now {Start};
    qw::LiveModelSet models([&now] { return now.load(); });
    qw::LiveUpdate update = supportUpdate(1, 2, 10, 1, 95);
    qw::LiveSnapshot& s = update.snapshot;
    const auto addQueue = [&](const QString& name, int partition, qint64 wait, qint64 withinSl) {
        qw::LiveSnapshot::Queue queue;
        queue.waiting = 1;
        queue.today.offered = 100;
        queue.today.answered = 90;
        queue.today.unanswered = 10;
        queue.today.answeredWithinSl = withinSl;
        queue.partitionMask = quint64(1) << partition;
        s.queues.insert(name, queue);
        s.waiting.append({partition, name + u"-1"_s, name, Start - wait, {}, 1, 1});
    };
    addQueue(u"amber"_s, 0, 40, 85);
    addQueue(u"red"_s, 0, 300, 30);
    addQueue(u"stale"_s, 1, 5, 95);
    s.queues[u"support"_s].partitionMask = 1;
    update.health[1].state = qw::PartitionHealth::State::Error;
    update.health[1].trustedUntil = Start - 2;
    models.apply(update);
    qw::WallboardConfig config;
    config.defaultThresholds.nobodyFree = TileLevel::Normal; // the levels come from the waits and SLs only
    qw::WallboardWindow window(&models, config);
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.visibleTiles().size(), 4);
    QCOMPARE(tileNamed(window, u"red"_s)->level(), TileLevel::Red);
    QCOMPARE(tileNamed(window, u"amber"_s)->level(), TileLevel::Amber);
    QVERIFY(tileNamed(window, u"stale"_s)->isStale());

    qw::QueueTile::FigureSizes first {};
    for (const qw::QueueTile* tile : window.visibleTiles()) {
        for (const qw::QueueTile::LabelColours& label : tile->labelColours()) {
            const double ratio = contrast(label.foreground, label.background);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(u"%1 on %2: \"%3\" %4:1"_s.arg(tile->tileName(), label.background.name(), label.text)
                                    .arg(ratio, 0, 'f', 2)));
            if (label.text != tile->tileName())
                QVERIFY2(label.pixelSize < tile->titlePixelSize(),
                         qPrintable(u"%1: \"%2\" %3 px, the name %4 px"_s.arg(tile->tileName(), label.text)
                                        .arg(label.pixelSize)
                                        .arg(tile->titlePixelSize())));
        }
        const qw::QueueTile::FigureSizes sizes = tile->valuePixelSizes();
        if (first[0] == 0)
            first = sizes;
        QVERIFY2(sizes == first, qPrintable(tile->tileName()));
    }
    QVERIFY(first[0] > 20); // still large type at 1080p
    QVERIFY(clippedLabels(&window).isEmpty());
    QVERIFY(window.grab().save(screenshotPath(u"wallboard-levels-1920x1080.png"_s)));
}

void TestWallboard::staleServerStopsItsTiles()
{
    std::atomic<qint64> now {Start};
    qw::LiveModelSet models([&now] { return now.load(); });
    qw::LiveUpdate update = supportUpdate(1, 1, 50, 1, 95);
    update.snapshot.queues[u"support"_s].partitionMask = 1;
    update.health[0].state = qw::PartitionHealth::State::Error;
    update.health[0].since = Start - 20;
    update.health[0].trustedUntil = Start - 30; // its last read: the caller had waited 20 s then
    update.health[0].error = u"Lost connection to server during query"_s;
    models.apply(update);
    qw::WallboardWindow window(&models, qw::WallboardConfig());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    qw::QueueTile* tile = tileNamed(window, u"support"_s);
    QVERIFY(tile->isStale());
    QCOMPARE(tile->level(), TileLevel::Normal); // no alarm from figures that are not current
    QVERIFY2(tile->statusText().contains(u"not current"_s), qPrintable(tile->statusText()));
    const auto longestWaitText = [&] {
        for (const qw::QueueTile::LabelColours& label : tile->labelColours()) {
            if (label.text.contains(u':'))
                return label.text;
        }
        return QString();
    };
    QCOMPARE(longestWaitText(), u"0:20"_s);
    now = Start + 30;
    models.tick();
    QCOMPARE(longestWaitText(), u"0:20"_s); // stopped, not counting up
    QVERIFY2(window.bannerText().contains(u"Server A cannot be read"_s), qPrintable(window.bannerText()));
    bool staleAgent = false;
    for (const qw::AgentChip* chip : window.visibleAgents())
        staleAgent = staleAgent || chip->isStale();
    QVERIFY(staleAgent); // A's agents too

    // A reads again: the tile is live and the time counts from the real clock.
    update.health[0].state = qw::PartitionHealth::State::Ok;
    update.health[0].trustedUntil = Start + 30;
    update.snapshot.at = Start + 30;
    update.poll += 1;
    models.apply(update);
    QVERIFY(!tile->isStale());
    QCOMPARE(longestWaitText(), u"1:20"_s);
    QVERIFY(window.bannerText().isEmpty());
}

void TestWallboard::escapeOnAWallScreen()
{
    // `queuewatch --wallboard`: a stray Esc must not close the wall screen; it says how to quit.
    auto* window = new qw::WallboardWindow(m_models.get(), qw::WallboardConfig());
    window->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy destroyed(window, &QObject::destroyed);
    window->setStandalone(true);
    window->showOnScreen();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->geometry(), window->screen()->geometry()); // covers the screen
    QTest::keyClick(window, Qt::Key_Escape);
    QVERIFY(window->isVisible());
    const QString hint = window->hintText();
    QVERIFY2(hint.contains(u"Ctrl+Q"_s), qPrintable(hint));
    QVERIFY(clippedLabels(window).isEmpty());
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_COMPARE(destroyed.count(), 1);
}

void TestWallboard::cursorHidesWhenIdle()
{
    qw::WallboardWindow window(m_models.get(), qw::WallboardConfig());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.cursorHidden());
    for (int i = 0; i < 3; ++i)
        m_models->tick();
    QVERIFY(window.cursorHidden());
    QCOMPARE(window.cursor().shape(), Qt::BlankCursor);
}

void TestWallboard::configDialogFiles()
{
    QTemporaryDir dir;
    qw::WallboardConfig config;
    config.queues = {u"sales"_s};
    config.groups = {{u"Front"_s, {u"sales"_s, u"support"_s}}};
    config.rotationSeconds = 12;
    qw::TileThresholds strict;
    strict.waitAmberSeconds = 10;
    strict.waitRedSeconds = 20;
    config.thresholds.insert(u"sales"_s, strict);
    qw::WallboardConfigDialog dialog(config, {u"support"_s, u"sales"_s, u"billing"_s});
    QCOMPARE(dialog.config(), config);

    const QString path = dir.filePath(u"wall.json"_s);
    const auto exported = dialog.exportFile(path);
    QVERIFY2(!exported, qPrintable(exported.value_or(QString())));
    qw::WallboardConfigDialog other(qw::WallboardConfig(), {});
    const auto imported = other.importFile(path);
    QVERIFY2(!imported, qPrintable(imported.value_or(QString())));
    QCOMPARE(other.config(), config);

    // A bad file is refused with a reason and changes nothing.
    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"queuewatch-wallboard","version":1,"rotationSeconds":0})");
    bad.close();
    const auto refused = other.importFile(bad.fileName());
    QVERIFY(refused);
    QVERIFY2(refused->contains(u"rotationSeconds"_s), qPrintable(*refused));
    QCOMPARE(other.config(), config);

    // A group line without a colon cannot be saved.
    other.findChild<QPlainTextEdit*>()->setPlainText(u"no colon here"_s);
    QVERIFY(!other.edited());
    QVERIFY2(other.problem().contains(u"line 1"_s), qPrintable(other.problem()));
    dialog.resize(dialog.sizeHint());
    QVERIFY(dialog.grab().save(screenshotPath(u"wallboard-config-dialog.png"_s)));
}

QTEST_MAIN(TestWallboard)
#include "tst_wallboard.moc"
