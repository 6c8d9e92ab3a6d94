// QueueWatch in every language it ships: each .ts file complete (nothing unfinished or vanished)
// with the English placeholders; the main window, settings dialog, every wizard page, the
// report window and the wallboard laid out at 1366x768 with no text cut short; figures in the
// German window with a decimal comma; screenshots of the live window and wallboard in German
// and Italian.
#include "dialogs/settingsdialog.h"
#include "i18n/translations.h"
#include "live/livemonitor.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "reports/csvwriter.h"
#include "reports/reporttable.h"
#include "reports/reportwindow.h"
#include "reports/wizard/reportwizard.h"
#include "support/fitcheck.h"
#include "support/handpolleddemo.h"
#include "support/testsettings.h"
#include "wallboard/wallboardwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
QString screenshotPath(const QString& name)
{
    QDir output(QCoreApplication::applicationDirPath());
    output.mkpath(u"screenshots"_s);
    return output.filePath(u"screenshots/"_s + name);
}

QStringList placeholders(const QString& text)
{
    QStringList found;
    static const QRegularExpression mark(u"%(L?\\d+|n)"_s);
    for (auto it = mark.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

// Lays `window` out at 1366x768 (a laptop's screen) and lists what does not fit.
QStringList clippedAt1366(QWidget& window)
{
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {u"window never shown"_s};
    QTest::qWait(50);
    return qw::test::clippedTexts(&window);
}
} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTranslationIsOffered();
    void translationsAreComplete_data();
    void translationsAreComplete();
    void windowsFitInEveryLanguage_data();
    void windowsFitInEveryLanguage();
    void germanNumbersUseADecimalComma();
    void languageMenuSavesTheChoiceAndOffersARestart();
    void cleanupTestCase() { qw::installTranslations(*QCoreApplication::instance(), u"en"_s); }
};

void TestLanguages::everyTranslationIsOffered()
{
    // The languages offered are those of the .ts files in the source tree: English first, each once.
    QStringList files = QDir(QStringLiteral(QUEUEWATCH_TRANSLATIONS_DIR))
                            .entryList({u"queuewatch_*.ts"_s}, QDir::Files)
                            .replaceInStrings(QRegularExpression(u"^queuewatch_(.*)\\.ts$"_s), u"\\1"_s);
    QStringList offered;
    for (const qw::Language& language : qw::availableLanguages()) {
        QVERIFY2(!language.nativeName.isEmpty(), qPrintable(language.code));
        offered.append(language.code);
    }
    QCOMPARE(offered.value(0), u"en"_s);
    QCOMPARE(offered.removeDuplicates(), 0);
    files.sort();
    offered.sort();
    QCOMPARE(offered, files);
    QVERIFY(offered.size() >= 6); // English and the five translations of the first release
    QVERIFY(!qw::isAvailableLanguage(u"xx"_s));
}

void TestLanguages::translationsAreComplete_data()
{
    QTest::addColumn<QString>("code");
    for (const qw::Language& language : qw::availableLanguages()) {
        if (language.code != u"en") // the source language: English needs only its plural forms
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void TestLanguages::translationsAreComplete()
{
    QFETCH(QString, code);
    QFile file(QStringLiteral(QUEUEWATCH_TRANSLATIONS_DIR) + u"/queuewatch_"_s + code + u".ts"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList problems;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (!type.isEmpty()) // unfinished, vanished or obsolete
                problems << u"%1 (%2): %3"_s.arg(type, context, source);
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace()) {
                const QString text = xml.text().toString();
                if (placeholders(text) != placeholders(source))
                    problems << u"placeholders (%1): %2 -> %3"_s.arg(context, source, text);
            }
        } else if (xml.name() == u"numerusform") {
            const QString form = xml.readElementText();
            QStringList wanted = placeholders(source);
            QStringList got = placeholders(form);
            got.removeAll(u"%n"_s); // a singular may say "one" instead of %n
            wanted.removeAll(u"%n"_s);
            if (form.trimmed().isEmpty() || got != wanted)
                problems << u"plural form (%1): %2 -> %3"_s.arg(context, source, form);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problems:\n"_s.arg(problems.size()) + problems.mid(0, 30).join(u'\n')));
}

void TestLanguages::windowsFitInEveryLanguage_data()
{
    QTest::addColumn<QString>("code");
    for (const qw::Language& language : qw::availableLanguages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestLanguages::windowsFitInEveryLanguage()
{
    QFETCH(QString, code);
    QVERIFY(qw::installTranslations(*QCoreApplication::instance(), code));
    QCOMPARE(QLocale().name().left(2), code.left(2));
    qw::test::HandPolledDemo demo(1800000000 + 3 * 3600); // 2027-01-15 11:00 UTC, a busy hour
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    qw::LiveModelSet models(demo.clock());
    QObject::connect(&demo.monitor(), &qw::LiveMonitor::updated, &models, &qw::LiveModelSet::apply);
    qw::test::TestSettings settings;
    QStringList clipped;

    qw::MainWindow window(&models, settings, u"demo cluster"_s);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(demo.pollAndWait());
    QTest::qWait(400); // columns fitted to the rows
    for (const QString& text : qw::test::clippedTexts(&window))
        clipped << u"main window: "_s + text;
    if (code == u"de" || code == u"it")
        QVERIFY(window.grab().save(screenshotPath(u"mainwindow-%1-1366x768.png"_s.arg(code))));

    qw::SettingsDialog dialog(qw::LiveViewSettings {}, &window);
    for (const QString& text : clippedAt1366(dialog))
        clipped << u"settings: "_s + text;
    dialog.close();

    qw::ReportWizard wizard(qw::SourceBindings {});
    for (const int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        for (const QString& text : clippedAt1366(wizard))
            clipped << u"wizard page %1: "_s.arg(id) + text;
    }
    wizard.close();

    qw::ReportWindow reports(qw::SourceBindings {}, settings);
    for (const QString& text : clippedAt1366(reports))
        clipped << u"report window: "_s + text;
    reports.close();

    qw::WallboardWindow wallboard(&models, qw::WallboardConfig());
    for (const QString& text : clippedAt1366(wallboard))
        clipped << u"wallboard: "_s + text;
    if (code == u"de" || code == u"it")
        QVERIFY(wallboard.grab().save(screenshotPath(u"wallboard-%1-1366x768.png"_s.arg(code))));
    wallboard.close();

    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

void TestLanguages::germanNumbersUseADecimalComma()
{
    QVERIFY(qw::installTranslations(*QCoreApplication::instance(), u"de"_s));
    // A report's ratio and count, as the report window and the PDF show them.
    QCOMPARE(qw::ReportTable::displayText(0.857, qw::ReportColumn::Kind::Ratio, QTimeZone::utc()), u"85,7 %"_s);
    QCOMPARE(qw::ReportTable::displayText(12345, qw::ReportColumn::Kind::Count, QTimeZone::utc()), u"12.345"_s);
    // The window's CSV export: the German decimal mark, so cells split at semicolons; the
    // command line's CSV (the C locale) keeps dots and commas.
    qw::ReportTable table;
    qw::ReportColumn queue;
    queue.key = u"queue"_s;
    qw::ReportColumn level;
    level.key = u"service_level"_s;
    level.kind = qw::ReportColumn::Kind::Ratio;
    table.columns = {queue, level};
    table.rows = {{u"sales"_s, 0.857}};
    QCOMPARE(qw::reportTableCsv(table, QTimeZone::utc(), QLocale()),
             QByteArray("queue;service_level_pct\r\nsales;85,7\r\n"));
    QCOMPARE(qw::reportTableCsv(table, QTimeZone::utc()), QByteArray("queue,service_level_pct\r\nsales,85.7\r\n"));
    QVERIFY(qw::installTranslations(*QCoreApplication::instance(), u"en"_s));
    QCOMPARE(qw::ReportTable::displayText(0.857, qw::ReportColumn::Kind::Ratio, QTimeZone::utc()), u"85.7 %"_s);
}

void TestLanguages::languageMenuSavesTheChoiceAndOffersARestart()
{
    QVERIFY(qw::installTranslations(*QCoreApplication::instance(), u"en"_s));
    qw::LiveModelSet models;
    qw::test::TestSettings settings;
    qw::MainWindow window(&models, settings, u"demo"_s);
    QMenu* languages = nullptr;
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        if (menu->title() == u"&Language"_s)
            languages = menu;
    }
    QVERIFY(languages);
    QStringList offered;
    QAction* italian = nullptr;
    for (QAction* action : languages->actions()) {
        if (action->isSeparator())
            continue;
        offered << action->text();
        if (action->data().toString() == u"it")
            italian = action;
    }
    QCOMPARE(offered.size(), qw::availableLanguages().size() + 1); // and the system's
    QVERIFY(offered.contains(u"Deutsch"_s) && offered.contains(u"Italiano"_s));
    QVERIFY(italian);
    // Picked: saved at once; the restart offered is declined here, and none is asked for.
    QSignalSpy restarts(&window, &qw::MainWindow::restartRequested);
    QTimer::singleShot(0, [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible())
                box->button(QMessageBox::No)->click();
        }
    });
    italian->trigger();
    QCOMPARE(settings.settings().language(), u"it"_s);
    QCOMPARE(restarts.count(), 0);
    QVERIFY(italian->isChecked());
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
