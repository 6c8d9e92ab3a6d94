// `queuewatch --demo --wallboard` on a real X server with no window manager, as wall screens run
// (Xvfb, 1920x1080 and 1366x768): the board must cover the whole screen (checked on a screenshot
// of the root window), a stray Esc must leave it up, Ctrl+Q must end it cleanly, and the run must
// not touch the live window's saved layout. Driven from outside with xdotool, as a user would.
#include "support/fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString program(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is not installed (bash .ci/setup installs it)", qPrintable(name));
    return path;
}

// Runs a short X client against `display` and returns its standard output.
QByteArray runOn(const QString& display, const QString& tool, const QStringList& arguments, bool* ok = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DISPLAY"_s, display);
    process.setProcessEnvironment(environment);
    process.start(program(tool), arguments);
    const bool finished = process.waitForFinished(20000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return process.readAllStandardOutput();
}

// An X server of its own on a free display number; killed when this object goes.
class VirtualScreen
{
public:
    bool start(const QSize& size)
    {
        for (int number = 91; number < 140; ++number) {
            if (QFile::exists(u"/tmp/.X%1-lock"_s.arg(number)))
                continue;
            m_display = u":%1"_s.arg(number);
            // -noreset: by default Xvfb resets itself when its last client leaves (here the
            // readiness probe below), and a client connecting during that reset is dropped;
            // the app then fails with "could not connect to display" (seen once in CI).
            m_server.start(program(u"Xvfb"_s),
                           {m_display, u"-screen"_s, u"0"_s, u"%1x%2x24"_s.arg(size.width()).arg(size.height()),
                            u"-nolisten"_s, u"tcp"_s, u"-noreset"_s});
            if (!m_server.waitForStarted(5000))
                return false;
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 10000 && m_server.state() == QProcess::Running) {
                bool ok = false;
                runOn(m_display, u"xdotool"_s, {u"getdisplaygeometry"_s}, &ok);
                if (ok)
                    return true;
                QTest::qWait(100);
            }
            m_server.kill();
            m_server.waitForFinished();
        }
        return false;
    }
    ~VirtualScreen()
    {
        m_server.terminate();
        if (!m_server.waitForFinished(3000))
            m_server.kill();
        m_server.waitForFinished();
    }
    const QString& display() const { return m_display; }

private:
    QProcess m_server;
    QString m_display;
};

} // namespace

class TestWallboardX11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversABareScreen_data();
    void coversABareScreen();
};

void TestWallboardX11::coversABareScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

void TestWallboardX11::coversABareScreen()
{
    QFETCH(QSize, size);
    for (const QString& tool : {u"Xvfb"_s, u"xdotool"_s, u"import"_s})
        QVERIFY2(!program(tool).isEmpty(), qPrintable(tool + u" is missing"_s));
    VirtualScreen screen;
    QVERIFY(screen.start(size));

    // The live window's layout as a previous session saved it: the wallboard-only run must keep it.
    QTemporaryDir config;
    const QString settingsPath = config.filePath(u"QueueWatch/QueueWatch.conf"_s);
    {
        QSettings saved(settingsPath, QSettings::IniFormat);
        saved.setValue(u"mainWindow/geometry"_s, QByteArray("saved-geometry"));
        saved.setValue(u"mainWindow/splitter/main"_s, QByteArray("saved-splitter"));
    }

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DISPLAY"_s, screen.display());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    environment.insert(u"XDG_RUNTIME_DIR"_s, config.path());
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(qw::test::binaryPath(u"queuewatch"_s), {u"--demo"_s, u"--wallboard"_s});
    QVERIFY(app.waitForStarted());

    // Its window appears, at the screen's origin and the screen's size, with nobody to place it.
    QByteArray window;
    // Stops waiting early when the app has gone, so that failure is named as such.
    QTRY_VERIFY_WITH_TIMEOUT(
        app.state() != QProcess::Running
            || !(window = runOn(screen.display(), u"xdotool"_s, {u"search"_s, u"--name"_s, u"QueueWatch wallboard"_s})
                              .trimmed())
                    .isEmpty(),
        20000);
    QVERIFY2(!window.isEmpty(),
             qPrintable(u"queuewatch ended before its window appeared (exit code %1)"_s.arg(app.exitCode())));
    const QString id = QString::fromLatin1(window.split('\n').constLast());
    const QByteArray geometry = runOn(screen.display(), u"xdotool"_s, {u"getwindowgeometry"_s, u"--shell"_s, id});
    qInfo("%s", geometry.constData());
    QVERIFY2(geometry.contains("X=0\n") && geometry.contains("Y=0\n"), geometry.constData());
    QVERIFY2(geometry.contains(QByteArray("WIDTH=" + QByteArray::number(size.width()) + "\n")), geometry.constData());
    QVERIFY2(geometry.contains(QByteArray("HEIGHT=" + QByteArray::number(size.height()) + "\n")), geometry.constData());

    // The screen as a passer-by sees it, once the demo's first figures are in: no bare root
    // window showing anywhere, the board's own background in every corner.
    QTest::qWait(6000);
    const QString shot
        = QDir(QCoreApplication::applicationDirPath())
              .filePath(u"screenshots/wallboard-x11-nowm-%1x%2.png"_s.arg(size.width()).arg(size.height()));
    QDir().mkpath(QFileInfo(shot).path());
    bool captured = false;
    runOn(screen.display(), u"import"_s, {u"-window"_s, u"root"_s, shot}, &captured);
    QVERIFY(captured);
    const QImage image(shot);
    QCOMPARE(image.size(), size);
    qint64 bare = 0; // pixels of the empty root window (black on Xvfb)
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            bare += image.pixel(x, y) == qRgb(0, 0, 0) ? 1 : 0;
    }
    QVERIFY2(bare * 1000 < qint64(size.width()) * size.height(), qPrintable(QString::number(bare)));
    const QRgb background = qRgb(0x10, 0x13, 0x17);
    for (const QPoint corner : {QPoint(1, 1), QPoint(size.width() - 2, 1), QPoint(1, size.height() - 2),
                                QPoint(size.width() - 2, size.height() - 2)})
        QCOMPARE(QColor(image.pixel(corner)).name(), QColor(background).name());

    // A stray Esc leaves the wall screen up; Ctrl+Q, the documented key, ends it cleanly.
    bool sent = false;
    runOn(screen.display(), u"xdotool"_s, {u"windowfocus"_s, id, u"key"_s, u"Escape"_s}, &sent);
    QVERIFY(sent);
    QVERIFY(!app.waitForFinished(1500));
    QCOMPARE(app.state(), QProcess::Running);
    runOn(screen.display(), u"xdotool"_s, {u"windowfocus"_s, id, u"key"_s, u"ctrl+q"_s}, &sent);
    QVERIFY(sent);
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);

    QSettings after(settingsPath, QSettings::IniFormat);
    QCOMPARE(after.value(u"mainWindow/geometry"_s).toByteArray(), QByteArray("saved-geometry"));
    QCOMPARE(after.value(u"mainWindow/splitter/main"_s).toByteArray(), QByteArray("saved-splitter"));
    after.beginGroup(u"mainWindow"_s);
    QCOMPARE(after.allKeys().size(), 2); // nothing added either
}

QTEST_GUILESS_MAIN(TestWallboardX11)
#include "tst_wallboardx11.moc"
