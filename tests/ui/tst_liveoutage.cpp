// The live window while its database goes away and comes back, on a real MariaDB stopped and
// started under it: the banner names the servers, since when and the database's message; their
// rows are greyed and their times stop while a server read from a file goes on; the status bar
// keeps the last read; and once the database is back the window is live again within one poll
// interval. Wall clock, real polls: this is what a supervisor sees.
#include "database/databaseconnection.h"
#include "live/livemonitor.h"
#include "live/models/livemodelset.h"
#include "live/models/modelroles.h"
#include "mainwindow.h"
#include "panels/healthbanner.h"
#include "panels/tablepanel.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"
#include "support/testsettings.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int PollMs = 1000;

qw::QueueLogEvent row(const QString& partition, qint64 time, const QString& callId, const QString& verb,
                      const QString& agent = u"NONE"_s)
{
    qw::QueueLogEvent e = qw::test::makeEvent(partition, time, callId, u"support"_s, agent, verb);
    if (verb == u"ENTERQUEUE")
        e.data[1] = u"555%1"_s.arg(callId);
    return e;
}

// The Waiting cell of the caller `callId` as the table shows it.
QString waitingCell(const qw::TablePanel& panel, const QString& callId)
{
    const QAbstractItemModel* model = panel.view()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(qw::KeyRole).toString().contains(callId))
            return model->index(r, qw::CallsModel::Duration).data().toString();
    }
    return {};
}

bool isStale(const qw::TablePanel& panel, const QString& callId)
{
    const QAbstractItemModel* model = panel.view()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(qw::KeyRole).toString().contains(callId))
            return model->index(r, 0).data(qw::StaleRole).toBool();
    }
    return false;
}

qw::PartitionHealth::State stateOf(const qw::LiveModelSet& models, const QString& partition)
{
    for (const qw::PartitionHealth& health : models.lastUpdate().health) {
        if (health.partition == partition)
            return health.state;
    }
    return qw::PartitionHealth::State::Ok;
}
} // namespace

class TestLiveOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void databaseStoppedAndStartedUnderTheWindow();
};

void TestLiveOutage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"QueueWatchTests"_s);
    QCoreApplication::setApplicationName(u"tst_liveoutage"_s);
}

void TestLiveOutage::databaseStoppedAndStartedUnderTheWindow()
{
    qw::test::TestMariaDb server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        qw::DatabaseConnection connection(server.url());
        QVERIFY(connection.open());
        QVERIFY(qw::test::insertEvents(connection,
                                       {row(u"A"_s, now - 40, u"a1"_s, u"ENTERQUEUE"_s),
                                        row(u"B"_s, now - 30, u"b1"_s, u"ENTERQUEUE"_s),
                                        row(u"B"_s, now - 25, u"b1"_s, u"CONNECT"_s, u"Agent/7"_s)}));
    }
    // C is another server whose queue_log is read as a file: it goes on while the database is away.
    QTemporaryDir dir;
    const QString cLog = dir.filePath(u"C.queue_log"_s);
    QFile file(cLog);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(now - 20) + "|c1|support|NONE|ENTERQUEUE||5550133|1\n");
    file.close();

    qw::LiveSettings settings;
    settings.spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"cluster:A|B|C"_s));
    settings.bindings.database = server.url();
    settings.bindings.partitionFiles.insert(u"C"_s, cLog);
    settings.pollIntervalMs = PollMs;
    qw::LiveModelSet models;
    qw::LiveMonitor monitor(settings);
    connect(&monitor, &qw::LiveMonitor::updated, &models, &qw::LiveModelSet::apply);
    connect(&monitor, &qw::LiveMonitor::stageChanged, &models, &qw::LiveModelSet::setStage);
    qw::test::TestSettings appSettings;
    qw::MainWindow window(&models, appSettings, u"cluster:A|B|C"_s);
    connect(&window, &qw::MainWindow::refreshRequested, &monitor, &qw::LiveMonitor::pollNow);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(window.waitingPanel()->view()->model()->rowCount(), 2, 20000); // a1, c1
    QCOMPARE(window.talkingPanel()->view()->model()->rowCount(), 1); // b1
    QVERIFY(!window.healthBanner()->isVisible());
    QVERIFY(!isStale(*window.waitingPanel(), u"a1"_s));

    // The database stops: A and B cannot be read; C, a file, goes on.
    QVERIFY(server.stop());
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(models, u"A"_s) == qw::PartitionHealth::State::Error, 3 * PollMs + 5000);
    QCOMPARE(stateOf(models, u"B"_s), qw::PartitionHealth::State::Error);
    QCOMPARE(models.lastUpdate().health[1].error, models.lastUpdate().health[0].error); // one database, one message
    QCOMPARE(stateOf(models, u"C"_s), qw::PartitionHealth::State::Ok);
    const qw::PartitionHealth a = models.lastUpdate().health[0];
    QVERIFY(!a.error.isEmpty());
    QVERIFY(window.healthBanner()->isVisible());
    QCOMPARE(window.healthBanner()->level(), qw::HealthText::Level::Error);
    const QString banner = window.healthBanner()->text();
    QVERIFY2(banner.contains(u"Servers A and B cannot be read since"_s), qPrintable(banner));
    QVERIFY2(banner.contains(a.error), qPrintable(banner)); // the database's own words
    QVERIFY2(!banner.contains(u"Server C"_s) && !banner.contains(u", C"_s), qPrintable(banner));

    // Their rows are greyed and their times stop; C's row is live and its time counts on.
    QVERIFY(isStale(*window.waitingPanel(), u"a1"_s));
    QVERIFY(isStale(*window.talkingPanel(), u"b1"_s));
    QVERIFY(!isStale(*window.waitingPanel(), u"c1"_s));
    const QString aWait = waitingCell(*window.waitingPanel(), u"a1"_s);
    const QString bTalk = waitingCell(*window.talkingPanel(), u"b1"_s);
    const QString cWait = waitingCell(*window.waitingPanel(), u"c1"_s);
    QTest::qWait(2200); // two ticks of the models' clock
    QCOMPARE(waitingCell(*window.waitingPanel(), u"a1"_s), aWait);
    QCOMPARE(waitingCell(*window.talkingPanel(), u"b1"_s), bTalk);
    QVERIFY2(waitingCell(*window.waitingPanel(), u"c1"_s) != cWait, qPrintable(cWait));
    // The status bar: each server's state, and when A and B were read last.
    const QStringList servers = window.serverTexts();
    QCOMPARE(servers.size(), 3);
    QVERIFY2(servers[0].startsWith(u"A: Error since"_s), qPrintable(servers.join(u'|')));
    QVERIFY2(servers[2].startsWith(u"C: OK"_s), qPrintable(servers.join(u'|')));
    const QString lastRead = QDateTime::fromSecsSinceEpoch(a.lastSuccessfulPoll).toString(u"HH:mm:ss"_s);
    QVERIFY2(window.updatedText().contains(u"A last read "_s + lastRead), qPrintable(window.updatedText()));

    QDir output(QCoreApplication::applicationDirPath());
    output.mkpath(u"screenshots"_s);
    QVERIFY(window.grab().save(output.filePath(u"screenshots/mainwindow-servers-down-1366x768.png"_s)));

    // The database comes back: live again within one poll interval, without any user action.
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QElapsedTimer back;
    back.start();
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(models, u"A"_s) == qw::PartitionHealth::State::Ok, 10000);
    const qint64 recovery = back.elapsed();
    qInfo("live again %lld ms after the database was back (poll interval %d ms)", recovery, PollMs);
    QVERIFY2(recovery <= PollMs + 500, qPrintable(QString::number(recovery))); // one poll, and the poll itself
    QCOMPARE(stateOf(models, u"B"_s), qw::PartitionHealth::State::Ok);
    QVERIFY(!window.healthBanner()->isVisible());
    QVERIFY(!isStale(*window.waitingPanel(), u"a1"_s));
    QCOMPARE(window.waitingPanel()->view()->model()->rowCount(), 2); // nothing counted twice
    QCOMPARE(window.talkingPanel()->view()->model()->rowCount(), 1);

    // F5 reads at once rather than at the next poll.
    QVERIFY(server.stop());
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(models, u"A"_s) == qw::PartitionHealth::State::Error, 3 * PollMs + 5000);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const quint64 pollsBefore = models.lastUpdate().poll;
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(models.lastUpdate().poll > pollsBefore, 2 * PollMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(models, u"A"_s), qw::PartitionHealth::State::Ok, 2 * PollMs);
}

QTEST_MAIN(TestLiveOutage)
#include "tst_liveoutage.moc"
