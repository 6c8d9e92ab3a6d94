// The settings dialog: fields checked as typed, OK only for a usable choice, and the password
// handed to the session but never written to the settings file. Also what LiveViewSettings
// makes of a settings file it cannot trust.
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "models/livemodelset.h"

#include <QApplication>
#include <QDialogButtonBox>
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
    QVERIFY(!ok->isEnabled()); // nothing typed yet

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

void TestSettingsDialog::passwordNeverReachesTheSettingsFile()
{
    qw::LiveModelSet models;
    qw::MainWindow window(&models, u"test"_s);
    QSignalSpy changed(&window, &qw::MainWindow::settingsChanged);
    const QString password = u"pw-7c1e9a-typed"_s;
    // The dialog is modal: fill it in once it is up.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<qw::SettingsDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->databaseButton()->click();
        QTest::keyClicks(dialog->urlEdit(), u"mysql://watcher@127.0.0.1:3307/queuemetrics"_s);
        QTest::keyClicks(dialog->passwordEdit(), password);
        QTest::keyClicks(dialog->specEdit(), u"clustrw:A|B|C"_s);
        dialog->pollEdit()->setValue(12);
        dialog->accept();
    });
    window.editSettings();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toString(), password);
    const auto chosen = changed.first().at(0).value<qw::LiveViewSettings>();
    QCOMPARE(chosen.sourceSpec, u"clustrw:A|B|C"_s);

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("clustrw:A|B|C"));
    QVERIFY(!saved.contains(password.toUtf8()));
    QCOMPARE(qw::LiveViewSettings::load(settings), chosen);
    QCOMPARE(qw::LiveViewSettings::load(settings).pollSeconds, 12);
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
