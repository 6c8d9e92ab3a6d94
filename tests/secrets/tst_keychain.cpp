// Remembered passwords in a real Secret Service: ctest runs this suite inside dbus-run-session,
// and the suite starts its own gnome-keyring-daemon on that bus with a keyring in a temporary
// folder. A password saved with "remember" is read back by a new process (the real queuewatch,
// which then logs in to a real MariaDB with it) and is in no file under the config folder; the
// secret-tool command sees what QueueWatch stored; unticking "remember" removes it. Without any
// Secret Service the user is told once, and the session's and the environment's passwords work.
// The settings dialog's connection test reads the keychain without writing to it, and when the
// user chooses again before the keychain has answered, only the newest choice is opened.
#include "database/databaseconnection.h"
#include "dialogs/settingsdialog.h"
#include "live/livesession.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "manager/managedlive.h"
#include "secrets/sourceopener.h"
#include "secrets/sourcesecrets.h"
#include "support/fixtures.h"
#include "support/testmariadb.h"
#include "support/testsettings.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {
const QString DatabasePassword = u"kept-in-the-keyring Ω 42"_s;
constexpr auto ChildVariable = "QW_KEYCHAIN_CHILD";

// What secret-tool, the Secret Service's own command, finds for a QueueWatch entry.
QString lookUp(const QString& key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, qw::SecretStore::Service, u"user"_s, key});
    tool.waitForFinished(20000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void waitUntilIdle(qw::SecretStore& store)
{
    if (store.isBusy()) {
        QSignalSpy idle(&store, &qw::SecretStore::idle);
        QVERIFY(idle.wait(20000));
    }
}

qw::LiveViewSettings databaseSettings(const QString& url)
{
    qw::LiveViewSettings settings;
    settings.demo = false;
    settings.databaseUrl = url;
    settings.sourceSpec = u"cluster:A|B"_s;
    settings.managers = u"A=127.0.0.1:5038,user=qw\nB=127.0.0.1:5039,user=qw"_s;
    return settings;
}

// Resolves and waits for the answer.
qw::SourceSecrets::Resolved resolved(qw::SourceSecrets& secrets, const qw::LiveViewSettings& settings,
                                     const qw::SourceSecrets::Typed& typed)
{
    std::optional<qw::SourceSecrets::Resolved> answer;
    secrets.resolve(settings, typed, [&answer](const qw::SourceSecrets::Resolved& r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        QTest::qFail("the keychain did not answer within 20 s", __FILE__, __LINE__);
    return answer.value_or(qw::SourceSecrets::Resolved {});
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rememberedPasswordReadBackInANewProcess();
    void testConnectionReadsTheKeychainOnly();
    void onlyTheNewestChoiceOpens();
    void managerSecretsPerServer();
    void untickingRemoveFromTheKeychain();
    void withoutSecretServiceToldOnce();
    void withoutSecretServiceChild(); // runs only in the child the test above starts

private:
    bool isChild() const { return qEnvironmentVariableIsSet(ChildVariable); }

    QTemporaryDir m_home;
    QProcess m_keyring;
    qw::test::TestMariaDb m_server;
};

void TestKeychain::initTestCase()
{
    if (isChild())
        return;
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run inside dbus-run-session (ctest does)");
    QVERIFY(m_home.isValid());
    // A keyring of our own, unlocked with a password given on stdin.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"keyring-data"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.filePath(u"run"_s));
    QVERIFY(QDir().mkpath(m_home.filePath(u"run"_s)));
    QFile::setPermissions(m_home.filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_keyring.setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    m_keyring.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_keyring.start(u"gnome-keyring-daemon"_s, {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    QVERIFY2(m_keyring.waitForStarted(10000), qPrintable(m_keyring.errorString()));
    m_keyring.write("keyring-unlock");
    m_keyring.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(
        QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value(), 20000);

    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.execute(u"CREATE USER 'keeper'@'%' IDENTIFIED BY '%1';"
                             u"GRANT SELECT ON queuewatch_test.queue_log TO 'keeper'@'%';"_s.arg(DatabasePassword)));
}

void TestKeychain::rememberedPasswordReadBackInANewProcess()
{
    if (isChild())
        QSKIP("the parent's test");
    const QString url = u"mysql://keeper@127.0.0.1:%1/queuewatch_test"_s.arg(m_server.port());
    qw::LiveViewSettings settings = databaseSettings(url);
    settings.sourceSpec = u"sql:A"_s;
    settings.managers.clear();
    settings.rememberPassword = true;
    {
        qw::SourceSecrets secrets;
        QSignalSpy unavailable(&secrets, &qw::SourceSecrets::keychainUnavailable);
        const auto typed = resolved(secrets, settings, {DatabasePassword, {}});
        QCOMPARE(typed.databasePassword, DatabasePassword);
        waitUntilIdle(secrets.store());
        QVERIFY2(unavailable.isEmpty(), qPrintable(unavailable.value(0).value(0).toString()));
    }
    const QString key = qw::SourceSecrets::databaseKey(std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(url)));
    QCOMPARE(lookUp(key), DatabasePassword);

    // The window, started afresh with these settings and no password anywhere but the keychain,
    // logs in: the server sees a session of that account.
    QTemporaryDir config;
    QTemporaryDir data;
    {
        QSettings file(config.filePath(u"QueueWatch/QueueWatch.conf"_s), QSettings::IniFormat);
        settings.save(file);
    }
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    environment.insert(u"XDG_DATA_HOME"_s, data.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"QUEUEWATCH_DB_PASSWORD"_s);
    window.setProcessEnvironment(environment);
    window.setProcessChannelMode(QProcess::MergedChannels);
    window.start(qw::test::binaryPath(u"queuewatch"_s), {});
    QVERIFY2(window.waitForStarted(10000), qPrintable(window.errorString()));
    qw::DatabaseConnection root(m_server.url());
    QVERIFY(root.open());
    const auto keeperSessions = [&root] {
        QSqlQuery query(u"SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'keeper'"_s,
                        root.database());
        return query.next() ? query.value(0).toInt() : -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(keeperSessions() > 0 || window.state() == QProcess::NotRunning, 30000);
    const int sessions = keeperSessions();
    window.kill();
    window.waitForFinished(10000);
    QVERIFY2(sessions > 0, window.readAll().constData());

    // Nothing under the config folder holds the password; the settings say only "remember".
    QByteArray everything;
    for (QDirIterator it(config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        everything += file.readAll();
    }
    QVERIFY(everything.contains("rememberPassword=true"));
    QVERIFY(!everything.contains(DatabasePassword.toUtf8()));
    QVERIFY(!everything.contains("kept-in-the-keyring"));
}

void TestKeychain::testConnectionReadsTheKeychainOnly()
{
    if (isChild())
        QSKIP("the parent's test");
    // The keychain holds keeper's password (stored by the test before); the environment has none.
    const QString url = u"mysql://keeper@127.0.0.1:%1/queuewatch_test"_s.arg(m_server.port());
    const QString key = qw::SourceSecrets::databaseKey(std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(url)));
    QCOMPARE(lookUp(key), DatabasePassword);
    const QByteArray environmentPassword = qgetenv("QUEUEWATCH_DB_PASSWORD");
    qunsetenv("QUEUEWATCH_DB_PASSWORD");
    const auto restore = qScopeGuard([&] {
        if (!environmentPassword.isNull())
            qputenv("QUEUEWATCH_DB_PASSWORD", environmentPassword);
    });

    qw::LiveViewSettings settings = databaseSettings(url);
    settings.sourceSpec = u"sql:A"_s;
    settings.managers.clear();
    settings.rememberPassword = true;
    qw::SourceSecrets secrets;
    qw::SettingsDialog dialog(settings);
    dialog.setSourceSecrets(&secrets);
    dialog.show();
    QSignalSpy tested(&dialog, &qw::SettingsDialog::connectionTested);
    const auto test = [&] {
        tested.clear();
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        if (!tested.wait(20000))
            QTest::qFail("no answer from the connection test", __FILE__, __LINE__);
        return dialog.testResultLabel()->text();
    };

    // "Remember" ticked, nothing typed: the keychain's password logs in (the table has no row
    // of A, so the answer names A; a refused login would say "Access denied").
    const QString remembered = test();
    QVERIFY2(remembered.contains(u"A: no rows"_s), qPrintable(remembered));

    // Unticked: the keychain is not asked, and with no password the server refuses keeper.
    dialog.rememberPasswordBox()->setChecked(false);
    const QString notRemembered = test();
    QVERIFY2(notRemembered.contains(u"Access denied"_s), qPrintable(notRemembered));

    // A wrong password typed with "remember" ticked is tried, and not stored by the test.
    dialog.rememberPasswordBox()->setChecked(true);
    dialog.passwordEdit()->setText(u"a wrong one"_s);
    const QString wrong = test();
    QVERIFY2(wrong.contains(u"Access denied"_s), qPrintable(wrong));
    waitUntilIdle(secrets.store());
    QCOMPARE(lookUp(key), DatabasePassword);
}

void TestKeychain::onlyTheNewestChoiceOpens()
{
    if (isChild())
        QSKIP("the parent's test");
    // First choice: keeper's database, remembered, nothing typed: opening waits for the keychain.
    qw::LiveViewSettings first
        = databaseSettings(u"mysql://keeper@127.0.0.1:%1/queuewatch_test"_s.arg(m_server.port()));
    first.sourceSpec = u"sql:A"_s;
    first.managers.clear();
    first.rememberPassword = true;
    // Second choice, made before the keychain has answered: another account, its password typed.
    qw::LiveViewSettings second = first;
    second.databaseUrl = u"mysql://other@127.0.0.1:%1/queuewatch_test"_s.arg(m_server.port());
    second.sourceSpec = u"sql:B"_s;

    QTemporaryDir data;
    qw::LiveSession session;
    qw::ManagedLive managed;
    managed.setLearnedNamesPath(data.filePath(u"learned.json"_s));
    qw::SourceSecrets secrets;
    qw::SourceOpener opener(session, managed, secrets, {});
    QSignalSpy opened(&opener, &qw::SourceOpener::opened);
    opener.open(first);
    QVERIFY(secrets.store().isBusy()); // the keychain read is still out
    opener.open(second, u"typed-for-other"_s);
    QCOMPARE(opened.size(), 1); // nothing to wait for: opened at once
    waitUntilIdle(secrets.store());
    QTest::qWait(100);

    // The first choice's answer came after the second was open, and was dropped.
    QCOMPARE(opened.size(), 1);
    QVERIFY(session.reportBindings().database.has_value());
    QCOMPARE(session.reportBindings().database->user(), u"other"_s);
    QCOMPARE(session.reportBindings().database->password(), u"typed-for-other"_s);
    QVERIFY2(session.sourceText().contains(u"sql:B"_s), qPrintable(session.sourceText()));
    session.close();
    secrets.store().forget(qw::SourceSecrets::databaseKey(*session.reportBindings().database));
    waitUntilIdle(secrets.store());
}

void TestKeychain::managerSecretsPerServer()
{
    if (isChild())
        QSKIP("the parent's test");
    qw::LiveViewSettings settings = databaseSettings(u"mysql://qw@db.example:3306/qm"_s);
    settings.rememberManagerSecrets = true;
    qw::SourceSecrets secrets;
    const auto first = resolved(secrets, settings, {{}, u"ami-secret"_s});
    QCOMPARE(first.managerSecrets.value(u"A"_s), u"ami-secret"_s);
    waitUntilIdle(secrets.store());
    const auto config = std::get<qw::ManagerConfig>(qw::ManagerConfig::parse(settings.managers));
    QCOMPARE(lookUp(qw::SourceSecrets::managerKey(config.servers.value(u"A"_s))), u"ami-secret"_s);
    QCOMPARE(lookUp(qw::SourceSecrets::managerKey(config.servers.value(u"B"_s))), u"ami-secret"_s);

    // Next start, nothing typed: each server's secret comes from the keychain.
    qw::SourceSecrets later;
    const auto second = resolved(later, settings, {});
    QCOMPARE(second.managerSecrets.value(u"A"_s), u"ami-secret"_s);
    QCOMPARE(second.managerSecrets.value(u"B"_s), u"ami-secret"_s);
    QVERIFY(second.databasePassword.isEmpty()); // not remembered: the environment's
}

void TestKeychain::untickingRemoveFromTheKeychain()
{
    if (isChild())
        QSKIP("the parent's test");
    qw::LiveViewSettings before = databaseSettings(u"mysql://forgetful@db.example:3306/qm"_s);
    before.rememberPassword = true;
    qw::SourceSecrets secrets;
    resolved(secrets, before, {u"short-lived"_s, {}});
    waitUntilIdle(secrets.store());
    const QString key
        = qw::SourceSecrets::databaseKey(std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(before.databaseUrl)));
    QCOMPARE(lookUp(key), u"short-lived"_s);

    qw::LiveViewSettings after = before;
    after.rememberPassword = false;
    secrets.forgetUnwanted(before, after);
    waitUntilIdle(secrets.store());
    QCOMPARE(lookUp(key), QString());
    // Ticked again with nothing typed: nothing remembered, so the environment's password.
    const auto again = resolved(secrets, before, {});
    QCOMPARE(again.databasePassword, QString());
}

void TestKeychain::withoutSecretServiceToldOnce()
{
    if (isChild())
        QSKIP("the parent's test");
    // A new process whose session bus is not there: no keychain service can be reached.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1"_s.arg(m_home.filePath(u"no-bus"_s)));
    environment.insert(QLatin1StringView(ChildVariable), u"1"_s);
    environment.insert(u"QUEUEWATCH_DB_PASSWORD"_s, u"from-the-environment"_s);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"withoutSecretServiceChild"_s});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"PASS   : TestKeychain::withoutSecretServiceChild()"_s), qPrintable(output));
}

void TestKeychain::withoutSecretServiceChild()
{
    if (!isChild())
        QSKIP("runs in the child of withoutSecretServiceToldOnce");
    qw::LiveModelSet models;
    qw::test::TestSettings appSettings;
    qw::MainWindow window(&models, appSettings, u"sql:A"_s);
    qw::SourceSecrets secrets;
    connect(&secrets, &qw::SourceSecrets::keychainUnavailable, &window, &qw::MainWindow::showProblem);
    QSignalSpy unavailable(&secrets, &qw::SourceSecrets::keychainUnavailable);
    qw::LiveViewSettings settings = databaseSettings(u"mysql://qw@db.example:3306/qm"_s);
    settings.rememberPassword = true;
    settings.rememberManagerSecrets = true;

    // Typed and "remember": the typed password is used for the session all the same.
    const auto typed = resolved(secrets, settings, {u"typed-now"_s, u"ami-typed"_s});
    QCOMPARE(typed.databasePassword, u"typed-now"_s);
    QCOMPARE(typed.managerSecrets.value(u"B"_s), u"ami-typed"_s);
    waitUntilIdle(secrets.store());
    // Nothing typed: nothing from the keychain, so the environment variable.
    const auto nothingTyped = resolved(secrets, settings, {});
    QVERIFY(nothingTyped.databasePassword.isEmpty());
    auto url = std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(settings.databaseUrl));
    url.setSessionPassword(nothingTyped.databasePassword);
    QCOMPARE(url.password(), u"from-the-environment"_s);
    secrets.forgetUnwanted(settings, databaseSettings(settings.databaseUrl));
    waitUntilIdle(secrets.store());

    // Told once, in one message box, whatever was asked of the keychain after.
    QCOMPARE(unavailable.size(), 1);
    const QString message = unavailable.first().first().toString();
    QVERIFY2(message.contains(u"keychain cannot be reached"_s), qPrintable(message));
    QVERIFY2(message.contains(u"QUEUEWATCH_DB_PASSWORD"_s), qPrintable(message));
    QCOMPARE(window.findChildren<QMessageBox*>().size(), 1);
    QCOMPARE(window.findChildren<QMessageBox*>().first()->text(), message);
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
