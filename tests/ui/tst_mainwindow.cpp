// The main window on the embedded demo, rendered offscreen: after a few polls every panel has
// rows, the status bar shows each server, and a screenshot is saved with the test output.
#include "charts/queuedaychart.h"
#include "live/livemonitor.h"
#include "mainwindow.h"
#include "models/livemodelset.h"
#include "panels/tablepanel.h"
#include "support/handpolleddemo.h"

#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
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
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"QueueWatchTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::showsTheDemo()
{
    qw::test::HandPolledDemo demo(1800000000 + 3 * 3600); // 2027-01-15 11:00 UTC, a busy hour
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    qw::LiveModelSet models(demo.clock());
    QObject::connect(&demo.monitor(), &qw::LiveMonitor::updated, &models, &qw::LiveModelSet::apply);
    qw::MainWindow window(&models, u"demo cluster"_s);
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

    QDir output(QCoreApplication::applicationDirPath());
    output.mkpath(u"screenshots"_s);
    const QString path = output.filePath(u"screenshots/mainwindow-demo-1366x768.png"_s);
    QTest::qWait(100); // the chart's scene repaints from the event loop
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
