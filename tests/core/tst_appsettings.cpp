// The settings object: every value survives a restart, announces a change once (and not when
// set to what it was), falls back to its default when the file holds nonsense, and never lets a
// layout name or a password into the file.
#include "settings/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesSurviveARestart();
    void changesAreAnnouncedOnce();
    void nonsenseFallsBack();
    void layoutNamesStayInTheirPlace();
};

void TestAppSettings::valuesSurviveARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.ini"_s);
    qw::LiveViewSettings live;
    live.demo = false;
    live.databaseUrl = u"mysql://qw@db:3306/qm"_s;
    live.sourceSpec = u"cluster:A|B-"_s;
    live.pollSeconds = 7;
    qw::WallboardConfig wall;
    wall.queues = {u"sales"_s};
    wall.rotationSeconds = 20;
    {
        qw::AppSettings settings(path);
        settings.setLiveView(live);
        settings.setWallboard(wall);
        settings.setExportFolder(dir.path());
        settings.setLayout(u"mainWindow/splitter/main"_s, QByteArray("\x01\x02", 2));
    }
    const qw::AppSettings again(path);
    QCOMPARE(again.liveView(), live);
    QCOMPARE(again.wallboard(), wall);
    QCOMPARE(again.exportFolder(), dir.path());
    QCOMPARE(again.layout(u"mainWindow/splitter/main"_s), QByteArray("\x01\x02", 2));
}

void TestAppSettings::changesAreAnnouncedOnce()
{
    QTemporaryDir dir;
    qw::AppSettings settings(dir.filePath(u"settings.ini"_s));
    QSignalSpy live(&settings, &qw::AppSettings::liveViewChanged);
    QSignalSpy wall(&settings, &qw::AppSettings::wallboardChanged);
    QSignalSpy folder(&settings, &qw::AppSettings::exportFolderChanged);

    qw::LiveViewSettings choice = settings.liveView();
    choice.pollSeconds = 9;
    settings.setLiveView(choice);
    settings.setLiveView(choice); // the same again: nothing to announce
    QCOMPARE(live.count(), 1);
    QCOMPARE(live.first().first().value<qw::LiveViewSettings>().pollSeconds, 9);

    qw::WallboardConfig config;
    settings.setWallboard(config); // the default is what is there
    QCOMPARE(wall.count(), 0);
    config.showAgents = false;
    settings.setWallboard(config);
    QCOMPARE(wall.count(), 1);

    settings.setExportFolder(dir.path());
    settings.setExportFolder(dir.path());
    QCOMPARE(folder.count(), 1);
}

void TestAppSettings::nonsenseFallsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.ini"_s);
    {
        QSettings file(path, QSettings::IniFormat);
        file.setValue(u"live/pollSeconds"_s, u"often"_s);
        file.setValue(u"wallboard/config"_s, QByteArray("{\"format\": 12"));
        file.setValue(u"reports/exportFolder"_s, dir.filePath(u"gone"_s)); // a folder that no longer exists
    }
    const qw::AppSettings settings(path);
    QCOMPARE(settings.liveView().pollSeconds, qw::LiveViewSettings::DefaultPollSeconds);
    QCOMPARE(settings.wallboard(), qw::WallboardConfig());
    QVERIFY(settings.exportFolder().isEmpty());
}

void TestAppSettings::layoutNamesStayInTheirPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.ini"_s);
    {
        qw::AppSettings settings(path);
        settings.setLayout(u"mainWindow/header/queues"_s, "header");
        settings.setLayout(u"live/demo"_s, "x"); // a layout name, not a way into other values
        settings.setLayout(u"../../etc"_s, "x");
        settings.setLayout(QString(), "x");
        qw::LiveViewSettings live;
        live.demo = false;
        live.databaseUrl = u"mysql://qw@db/qm"_s;
        live.sourceSpec = u"sql:A"_s;
        settings.setLiveView(live);
    }
    QSettings file(path, QSettings::IniFormat);
    QCOMPARE(file.value(u"mainWindow/header/queues"_s).toByteArray(), QByteArray("header"));
    QVERIFY(!file.contains(u"../../etc"_s));
    QCOMPARE(file.value(u"live/demo"_s).toBool(), false); // untouched by the layout call
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY2(!text.contains("password"), text.constData());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
