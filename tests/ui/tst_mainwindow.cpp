// The main window on the embedded demo, rendered offscreen: after a few polls every panel has
// rows, the status bar shows each server, and a screenshot is saved with the test output. Until
// the first read the tables say what is happening; the menus show every shortcut; a window that
// was never shown (a wallboard-only run) leaves the saved layout alone.
#include "charts/queuedaychart.h"
#include "live/livemonitor.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "panels/healthbanner.h"
#include "panels/tablepanel.h"
#include "program/program.h"
#include "support/handpolleddemo.h"
#include "support/testsettings.h"
#include "wallboard/wallboardwindow.h"

#include <QDateTimeAxis>
#include <QDir>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheDemo();
    void saysWhatItDoesUntilTheFirstRead();
    void menusShowEveryShortcut();
    void wallboardOnlyRunKeepsTheSavedLayout();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"QueueWatchTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear(); // a first start: no layout saved by an earlier run
}

void TestMainWindow::showsTheDemo()
{
    qw::test::HandPolledDemo demo(1800000000 + 3 * 3600); // 2027-01-15 11:00 UTC, a busy hour
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    qw::LiveModelSet models(demo.clock());
    QObject::connect(&demo.monitor(), &qw::LiveMonitor::updated, &models, &qw::LiveModelSet::apply);
    qw::test::TestSettings settings;
    qw::MainWindow window(&models, settings, u"demo cluster"_s);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(demo.pollAndWait());
    // Demo time moves on, polled every 10 s, until calls are waiting and talking.
    QVERIFY(demo.stepUntil([&] {
        return window.waitingPanel()->view()->model()->rowCount() > 0
            && window.talkingPanel()->view()->model()->rowCount() > 0;
    }));

    QCOMPARE(window.queuePanel()->view()->model()->rowCount(), 3); // support, sales, billing
    QVERIFY(window.agentPanel()->view()->model()->rowCount() >= 10);
    QVERIFY(window.waitingPanel()->view()->model()->rowCount() > 0);
    QVERIFY(window.talkingPanel()->view()->model()->rowCount() > 0);
    const QList<QLabel*> labels = window.statusBar()->findChildren<QLabel*>();
    QStringList texts;
    for (const QLabel* label : labels)
        texts << label->text();
    for (const QString& server : {u"A: "_s, u"B: "_s, u"C: "_s})
        QVERIFY2(texts.join(u'|').contains(server), qPrintable(texts.join(u'|')));

    // The filter narrows the queue panel to one queue.
    window.queuePanel()->proxy()->setFilterFixedString(u"sales"_s);
    QCOMPARE(window.queuePanel()->view()->model()->rowCount(), 1);
    window.queuePanel()->proxy()->setFilterFixedString(QString());

    // The chart shows the day so far for every queue, then follows the queue picked in the table.
    qw::QueueDayChart* chart = window.queueChart();
    QVERIFY(chart->queue().isEmpty());
    // Steps: two points per 15-minute interval since midnight (11:00 UTC: 44 intervals and more).
    QVERIFY2(chart->waitingSeries()->count() >= 2 * 44, qPrintable(QString::number(chart->waitingSeries()->count())));
    QVERIFY(chart->serviceLevelSeries()->count() > 0);
    const qreal lastSl = chart->serviceLevelSeries()->at(chart->serviceLevelSeries()->count() - 1).y();
    const auto todaySl = models.lastUpdate().snapshot.history.value(QString()).constLast().todaySoFar.serviceLevel();
    QVERIFY(todaySl);
    QCOMPARE(lastSl, *todaySl * 100.0);
    QTableView* queues = window.queuePanel()->view();
    const int salesRow = [&] {
        for (int row = 0; row < queues->model()->rowCount(); ++row) {
            if (queues->model()->index(row, 0).data().toString() == u"sales")
                return row;
        }
        return -1;
    }();
    QVERIFY(salesRow >= 0);
    queues->setCurrentIndex(queues->model()->index(salesRow, 0));
    QCOMPARE(chart->queue(), u"sales"_s);
    const auto salesSl = models.lastUpdate().snapshot.queues.value(u"sales"_s).today.serviceLevel();
    QVERIFY(salesSl);
    QCOMPARE(chart->serviceLevelSeries()->at(chart->serviceLevelSeries()->count() - 1).y(), *salesSl * 100.0);

    // The chart is readable at this size: whole hour labels (each about 70 px wide) and a legend
    // with room for both entries.
    queues->setCurrentIndex({});
    QTest::qWait(100); // the chart's scene repaints from the event loop
    QVERIFY2(chart->width() >= 420, qPrintable(QString::number(chart->width())));
    const auto* axis = qobject_cast<QDateTimeAxis*>(chart->chart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(axis);
    QVERIFY2(axis->tickCount() * 70 <= chart->chart()->plotArea().width() + 70,
             qPrintable(QString::number(axis->tickCount())));
    QCOMPARE(axis->format(), u"HH:mm"_s);
    const QLegend* legend = chart->chart()->legend();
    QVERIFY2(
        legend->effectiveSizeHint(Qt::PreferredSize).width() <= legend->geometry().width() + 1,
        qPrintable(
            u"%1 > %2"_s.arg(legend->effectiveSizeHint(Qt::PreferredSize).width()).arg(legend->geometry().width())));

    QDir output(QCoreApplication::applicationDirPath());
    output.mkpath(u"screenshots"_s);
    const QString path = output.filePath(u"screenshots/mainwindow-demo-1366x768.png"_s);
    QVERIFY(window.grab().save(path));
    QVERIFY(chart->grab().save(output.filePath(u"screenshots/live-chart.png"_s)));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestMainWindow::saysWhatItDoesUntilTheFirstRead()
{
    qw::LiveModelSet models;
    qw::test::TestSettings settings;
    qw::MainWindow window(&models, settings, u"cluster:A|B on mysql://qw@db:3306/qm"_s);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<qw::TablePanel*> panels {window.queuePanel(), window.agentPanel(), window.waitingPanel(),
                                         window.talkingPanel()};
    for (const qw::TablePanel* panel : panels) {
        QVERIFY(panel->placeholderShown());
        QVERIFY2(panel->placeholderText().startsWith(u"Connecting to cluster:A|B on mysql://qw@db:3306/qm"_s),
                 qPrintable(panel->placeholderText()));
    }
    QVERIFY2(window.updatedText().startsWith(u"Connecting to"_s), qPrintable(window.updatedText()));
    models.setStage(qw::LiveStage::Loading);
    for (const qw::TablePanel* panel : panels)
        QVERIFY2(panel->placeholderText().startsWith(u"Loading today"_s), qPrintable(panel->placeholderText()));

    // The first read: a queue with a caller waiting; the empty tables now say so, the others show rows.
    qw::LiveUpdate update;
    update.generation = 1;
    update.poll = 1;
    update.snapshot.at = 1800000000;
    update.snapshot.windowStart = 1800000000 - 8 * 3600;
    update.snapshot.partitions = {u"A"_s, u"B"_s};
    update.snapshot.waiting.append({0, u"c1"_s, u"support"_s, 1800000000 - 12, u"5550100"_s, 1, 1});
    update.snapshot.queues[u"support"_s].waiting = 1;
    for (const QString& name : update.snapshot.partitions) {
        qw::PartitionHealth health;
        health.partition = name;
        health.newestRow = 1800000000 - 2;
        health.lastSuccessfulPoll = health.trustedUntil = 1800000000;
        update.health.append(health);
    }
    models.apply(update);
    QCOMPARE(models.stage(), qw::LiveStage::Live);
    QVERIFY(!window.queuePanel()->placeholderShown());
    QVERIFY(!window.waitingPanel()->placeholderShown());
    QVERIFY(window.talkingPanel()->placeholderShown());
    QCOMPARE(window.talkingPanel()->placeholderText(), u"No calls in conversation."_s);
    QVERIFY2(window.updatedText().startsWith(u"Read at"_s), qPrintable(window.updatedText()));
    QVERIFY(!window.healthBanner()->isVisible());
    // A filter that hides every row says so, instead of looking like an empty centre.
    window.queuePanel()->proxy()->setFilterFixedString(u"no such queue"_s);
    QVERIFY(window.queuePanel()->placeholderShown());
    QCOMPARE(window.queuePanel()->placeholderText(), u"Nothing matches the filter."_s);
}

void TestMainWindow::menusShowEveryShortcut()
{
    qw::LiveModelSet models;
    qw::test::TestSettings settings;
    qw::MainWindow window(&models, settings, u"demo cluster"_s);
    QMap<QString, QString> shown; // menu text -> the shortcut the menu shows
    for (const QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator())
                shown.insert(action->text().remove(u'&'), action->shortcut().toString());
        }
    }
    const QMap<QString, QString> expected {
        {u"Settings..."_s, u"Ctrl+,"_s},   {u"Quit"_s, u"Ctrl+Q"_s},
        {u"Refresh now"_s, u"F5"_s},       {u"Wallboard"_s, u"F11"_s},
        {u"New report..."_s, u"Ctrl+N"_s}, {u"Open report definition..."_s, u"Ctrl+O"_s},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(shown.value(it.key()), it.value());
    QVERIFY(shown.contains(u"About QueueWatch"_s));
    QVERIFY(shown.contains(u"About Qt"_s));
    // About names the version from the build and Qt's own.
    QVERIFY(qw::MainWindow::aboutText().contains(qw::queueWatchVersion()));
    QVERIFY(qw::MainWindow::aboutText().contains(QString::fromLatin1(qVersion())));
    QVERIFY(!qw::queueWatchVersion().isEmpty());

    // Ctrl+O in the live window asks for a report definition.
    QSignalSpy open(&window, &qw::MainWindow::openReportRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(open.count(), 1);
}

void TestMainWindow::wallboardOnlyRunKeepsTheSavedLayout()
{
    qw::test::TestSettings settings;
    const auto savedLayout = [&settings] {
        QSettings file(settings.path(), QSettings::IniFormat);
        QMap<QString, QVariant> values;
        file.beginGroup(u"mainWindow"_s);
        for (const QString& key : file.allKeys())
            values.insert(key, file.value(key));
        return values;
    };
    qw::LiveModelSet models;
    {
        qw::MainWindow window(&models, settings, u"demo cluster"_s);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    const QMap<QString, QVariant> before = savedLayout();
    QVERIFY(before.contains(u"splitter/main"_s));
    // Every saved splitter size is a real size, not the -1 of a window never laid out.
    const qw::MainWindow probe(&models, settings, u"demo cluster"_s);
    for (QSplitter* splitter : probe.findChildren<QSplitter*>()) {
        QVERIFY(splitter->restoreState(before.value(u"splitter/"_s + splitter->objectName()).toByteArray()));
        for (const int size : splitter->sizes())
            QVERIFY2(size > 0, qPrintable(splitter->objectName()));
    }
    {
        // queuewatch --wallboard: the live window exists but is never shown.
        qw::MainWindow window(&models, settings, u"demo cluster"_s);
        qw::WallboardWindow* wallboard = window.openWallboard();
        QVERIFY(QTest::qWaitForWindowExposed(wallboard));
        wallboard->close();
    }
    QCOMPARE(savedLayout(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
