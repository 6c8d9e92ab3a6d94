// The settings dialog: fields checked as typed, OK only for a usable choice and never disabled
// without a message saying why, messages shown whole (a geometry check), Test connection against
// a real MariaDB, and the password handed to the session but never written to the settings
// file. Also what LiveViewSettings makes of a settings file it cannot trust.
#include "database/databaseconnection.h"
#include "dialogs/settingsdialog.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"
#include "support/testsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checksFieldsAsTyped();
    void okIsNeverOffWithoutAReason();
    void messagesFitWhole_data();
    void messagesFitWhole();
    void testConnectionSaysWhatItFound();
    void passwordNeverReachesTheSettingsFile();
    void untrustedSettingsFallBack();

private:
    QTemporaryDir m_settingsDir;
};

void TestSettingsDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"QueueWatchTests"_s);
    QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestSettingsDialog::checksFieldsAsTyped()
{
    qw::SettingsDialog dialog(qw::LiveViewSettings {});
    dialog.show();
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(dialog.demoButton()->isChecked());
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.urlEdit()->isEnabled());

    dialog.databaseButton()->click();
    QVERIFY(dialog.urlEdit()->isEnabled());
    QVERIFY(!ok->isEnabled()); // nothing typed yet, and it says what is missing
    QVERIFY(dialog.urlProblemLabel()->isVisible());
    QVERIFY(dialog.specProblemLabel()->isVisible());

    QTest::keyClicks(dialog.urlEdit(), u"mysql://qw:secret@db/ql"_s);
    QVERIFY(dialog.urlProblemLabel()->isVisible());
    QVERIFY2(dialog.urlProblemLabel()->text().contains(u"password"_s), qPrintable(dialog.urlProblemLabel()->text()));
    dialog.urlEdit()->clear();
    QTest::keyClicks(dialog.urlEdit(), u"mysql://qw@db.example:3306/queuemetrics"_s);
    QVERIFY(!dialog.urlProblemLabel()->isVisible());

    QTest::keyClicks(dialog.specEdit(), u"cluster:A||C"_s);
    QVERIFY(dialog.specProblemLabel()->isVisible());
    QVERIFY(!ok->isEnabled());
    dialog.specEdit()->clear();
    QTest::keyClicks(dialog.specEdit(), u"cluster:A|B-|C"_s);
    QVERIFY(!dialog.specProblemLabel()->isVisible());
    QVERIFY(ok->isEnabled());

    dialog.pollEdit()->setValue(0); // clamped by the spin box
    QCOMPARE(dialog.settings().pollSeconds, qw::LiveViewSettings::MinPollSeconds);
    const qw::LiveViewSettings chosen = dialog.settings();
    QVERIFY(!chosen.demo);
    QCOMPARE(chosen.sourceSpec, u"cluster:A|B-|C"_s);
}

void TestSettingsDialog::okIsNeverOffWithoutAReason()
{
    qw::SettingsDialog dialog(qw::LiveViewSettings {});
    dialog.show();
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    const auto reasonShown = [&] {
        return (dialog.urlProblemLabel()->isVisible() && !dialog.urlProblemLabel()->text().isEmpty())
            || (dialog.specProblemLabel()->isVisible() && !dialog.specProblemLabel()->text().isEmpty());
    };
    dialog.databaseButton()->click();
    // Typed one key at a time, as a user does: whenever OK is off, a message says why.
    for (const QString& url : {u"mysql://qw@db.example:3306/qm"_s}) {
        for (const QChar c : url) {
            QTest::keyClick(dialog.urlEdit(), c.toLatin1());
            QVERIFY2(ok->isEnabled() || reasonShown(), qPrintable(dialog.urlEdit()->text()));
        }
    }
    for (const QChar c : u"cluster:A|B-|C"_s) {
        QTest::keyClick(dialog.specEdit(), c.toLatin1());
        QVERIFY2(ok->isEnabled() || reasonShown(), qPrintable(dialog.specEdit()->text()));
    }
    QVERIFY(ok->isEnabled());
    dialog.demoButton()->click();
    QVERIFY(ok->isEnabled());
    QVERIFY(!reasonShown());
}

void TestSettingsDialog::messagesFitWhole_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("spec");
    QTest::newRow("password in the URL") << u"mysql://qw:secret@db.example.internal:3306/queuemetrics"_s
                                         << u"cluster:A|B|C"_s;
    QTest::newRow("bad spec") << u"mysql://qw@db/qm"_s << u"clustrw:A|B|A|this-name-is-far-too-long-for-a-server"_s;
    QTest::newRow("both wrong") << u"postgres://db.example/queuemetrics?sslmode=require&connect_timeout=10"_s
                                << u"sql:A-"_s;
}

void TestSettingsDialog::messagesFitWhole()
{
    QFETCH(QString, url);
    QFETCH(QString, spec);
    qw::LiveViewSettings settings;
    settings.demo = false;
    settings.databaseUrl = url;
    settings.sourceSpec = spec;
    qw::SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    // Every message: visible, inside the dialog, and given the height its wrapped text needs.
    for (const QLabel* label : {dialog.urlProblemLabel(), dialog.specProblemLabel()}) {
        if (label->text().isEmpty())
            continue;
        QVERIFY(label->isVisible());
        const QRect inDialog(label->mapTo(&dialog, QPoint(0, 0)), label->size());
        QVERIFY2(dialog.rect().contains(inDialog), qPrintable(label->text()));
        const QRect needed = label->fontMetrics().boundingRect(label->contentsRect(),
                                                               Qt::TextWordWrap | label->alignment(), label->text());
        QVERIFY2(needed.height() <= label->contentsRect().height(),
                 qPrintable(u"\"%1\" needs %2 px, has %3"_s.arg(label->text())
                                .arg(needed.height())
                                .arg(label->contentsRect().height())));
        QVERIFY2(needed.width() <= label->contentsRect().width(), qPrintable(label->text()));
    }
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    QDir output(QCoreApplication::applicationDirPath());
    output.mkpath(u"screenshots"_s);
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    QVERIFY(dialog.grab().save(output.filePath(u"screenshots/settings-error-%1.png"_s.arg(name))));
}

void TestSettingsDialog::testConnectionSaysWhatItFound()
{
    qw::test::TestMariaDb server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    {
        qw::DatabaseConnection connection(server.url());
        QVERIFY(connection.open());
        qw::QueueLogEvent event = qw::test::makeEvent(u"A"_s, 1800000000, u"x"_s, u"q"_s, u"NONE"_s, u"INFO"_s);
        QVERIFY(qw::test::insertEvents(connection, {event}));
    }
    qw::LiveViewSettings settings;
    settings.demo = false;
    settings.databaseUrl = server.url().toDisplayString();
    settings.sourceSpec = u"cluster:A|B"_s;
    qw::SettingsDialog dialog(settings);
    dialog.show();
    QSignalSpy tested(&dialog, &qw::SettingsDialog::connectionTested);
    QVERIFY(dialog.testButton()->isEnabled());
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY2(dialog.testResultLabel()->text().startsWith(u"Connecting to"_s),
             qPrintable(dialog.testResultLabel()->text()));
    QVERIFY(tested.wait(20000));
    // A has rows, B has none: connected, with the servers said one by one.
    QCOMPARE(tested.first().at(0).toBool(), false);
    const QString found = dialog.testResultLabel()->text();
    QVERIFY2(found.startsWith(u"Connected, but"_s), qPrintable(found));
    QVERIFY2(found.contains(u"A: newest row"_s), qPrintable(found));
    QVERIFY2(found.contains(u"B: no rows"_s), qPrintable(found));

    // A server that does not answer: the database's own message, and the dialog stayed responsive.
    QVERIFY(server.stop());
    tested.clear();
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    QVERIFY2(dialog.testResultLabel()->text().contains(u"Can't connect"_s),
             qPrintable(dialog.testResultLabel()->text()));

    // Editing a field clears a result that no longer applies.
    QTest::keyClicks(dialog.specEdit(), u"|C"_s);
    QVERIFY(dialog.testResultLabel()->text().isEmpty());
}

void TestSettingsDialog::passwordNeverReachesTheSettingsFile()
{
    qw::LiveModelSet models;
    qw::test::TestSettings appSettings;
    qw::MainWindow window(&models, appSettings, u"test"_s);
    QSignalSpy changed(&window, &qw::MainWindow::settingsChanged);
    const QString password = u"pw-7c1e9a-typed"_s;
    // The dialog is modal: fill it in once it is up.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<qw::SettingsDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->databaseButton()->click();
        QTest::keyClicks(dialog->urlEdit(), u"mysql://watcher@127.0.0.1:3307/queuemetrics"_s);
        QTest::keyClicks(dialog->passwordEdit(), password);
        // "Remember" sends it to the keychain, never to the file; the empty field's hint says so.
        const QString hint = dialog->passwordEdit()->placeholderText();
        QVERIFY(!dialog->rememberPasswordBox()->isChecked());
        dialog->rememberPasswordBox()->click();
        QVERIFY(dialog->passwordEdit()->placeholderText() != hint);
        QVERIFY(dialog->passwordEdit()->placeholderText().contains(u"keychain"_s));
        QTest::keyClicks(dialog->specEdit(), u"clustrw:A|B|C"_s);
        dialog->pollEdit()->setValue(12);
        dialog->windowEdit()->setValue(4);
        dialog->accept();
    });
    window.editSettings();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toString(), password);
    const auto chosen = changed.first().at(0).value<qw::LiveViewSettings>();
    QCOMPARE(chosen.sourceSpec, u"clustrw:A|B|C"_s);

    appSettings.settings().sync();
    QFile file(appSettings.path());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(appSettings.path()));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("clustrw:A|B|C"));
    QVERIFY(!saved.contains(password.toUtf8()));
    QVERIFY(saved.contains("rememberPassword=true"));
    QVERIFY(chosen.rememberPassword);
    QVERIFY(!chosen.rememberManagerSecrets);
    QCOMPARE(appSettings.settings().liveView(), chosen);
    QCOMPARE(appSettings.settings().liveView().pollSeconds, 12);
    QCOMPARE(appSettings.settings().liveView().windowHours, 4);
    QCOMPARE(appSettings.settings().liveView().window().slidingHours, 4);
}

void TestSettingsDialog::untrustedSettingsFallBack()
{
    QSettings settings(m_settingsDir.filePath(u"garbage.ini"_s), QSettings::IniFormat);
    settings.setValue(u"live/demo"_s, false);
    settings.setValue(u"live/databaseUrl"_s, u"postgres://nope"_s);
    settings.setValue(u"live/sourceSpec"_s, u"cluster:A"_s);
    settings.setValue(u"live/pollSeconds"_s, u"-4"_s);
    const qw::LiveViewSettings loaded = qw::LiveViewSettings::load(settings);
    QVERIFY(loaded.demo); // the database choice is unusable: show the demo
    QCOMPARE(loaded.databaseUrl, u"postgres://nope"_s); // kept for the dialog to show
    QCOMPARE(loaded.pollSeconds, qw::LiveViewSettings::DefaultPollSeconds);
    QVERIFY(!loaded.databaseUrlProblem().isEmpty());

    settings.setValue(u"live/pollSeconds"_s, 100000);
    QCOMPARE(qw::LiveViewSettings::load(settings).pollSeconds, qw::LiveViewSettings::DefaultPollSeconds);
    settings.setValue(u"live/pollSeconds"_s, 30);
    QCOMPARE(qw::LiveViewSettings::load(settings).pollSeconds, 30);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
