// The report window on the bundled sample, offscreen: the report runs in the background and
// fills every tab; nothing is clipped at 1366x768 or 1920x1080 (screenshots saved with the test
// output); CSV and PDF exports write files; a database that cannot be reached gives a message
// and leaves the window, and the report already shown, usable.
#include "reports/csvwriter.h"
#include "reports/reporttablemodel.h"
#include "reports/reporttablepanel.h"
#include "reports/reportview.h"
#include "reports/reportwindow.h"
#include "reports/wizard/periodpage.h"
#include "reports/wizard/reportwizard.h"
#include "reports/wizard/sourcepage.h"
#include "support/fixtures.h"
#include "support/testsettings.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
const QString SampleDir = QStringLiteral(QUEUEWATCH_SAMPLE_DIR);

qw::SourceBindings sampleBindings()
{
    qw::SourceBindings bindings;
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        bindings.partitionFiles.insert(name, SampleDir + u'/' + name + u".queue_log"_s);
    return bindings;
}

qw::ReportDefinition sampleDefinition()
{
    qw::ReportDefinition definition;
    definition.title = u"Sample day"_s;
    definition.sourceSpec = u"cluster:A|B|C"_s;
    definition.preset = qw::PeriodPreset::Custom;
    definition.timeZone = u"UTC"_s;
    definition.customFrom = QDateTime(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    definition.customTo = definition.customFrom + 86400;
    return definition;
}

// Labels whose text does not fit (and does not wrap), and table columns narrower than their
// header, on the widgets visible now.
QStringList clippedTexts(QWidget* window)
{
    QStringList clipped;
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->wordWrap())
            continue;
        if (label->sizeHint().width() > label->width() + 1)
            clipped << u"label \"%1\": needs %2, has %3"_s.arg(label->text())
                           .arg(label->sizeHint().width())
                           .arg(label->width());
    }
    for (const QTableView* view : window->findChildren<QTableView*>()) {
        if (!view->isVisible())
            continue;
        const QHeaderView* header = view->horizontalHeader();
        for (int c = 0; c < header->count() - 1; ++c) { // the last one stretches
            const int needed = header->sectionSizeHint(c);
            if (needed > header->sectionSize(c) + 1)
                clipped << u"column \"%1\": needs %2, has %3"_s
                               .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                               .arg(needed)
                               .arg(header->sectionSize(c));
        }
    }
    return clipped;
}
} // namespace

class TestReportWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheSampleAtTwoSizes_data();
    void showsTheSampleAtTwoSizes();
    void exports();
    void failureLeavesTheWindowUsable();
    void csvIsTheClisAndRunsNothing();
    void wizardTodayStopsAgentTimeAtNow();
    void exportNamesAndFolder();

private:
    QTemporaryDir m_dir;
    qw::test::TestSettings m_settings;
};

void TestReportWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"QueueWatchTests"_s);
    QCoreApplication::setApplicationName(u"tst_reportwindow"_s);
    QDir(QCoreApplication::applicationDirPath()).mkpath(u"screenshots"_s);
}

void TestReportWindow::showsTheSampleAtTwoSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestReportWindow::showsTheSampleAtTwoSizes()
{
    QFETCH(QSize, size);
    qw::ReportWindow window(sampleBindings(), m_settings);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &qw::ReportWindow::reportShown);
    window.run(sampleDefinition());
    QVERIFY(window.progressBar()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    QVERIFY(!window.progressBar()->isVisible());
    // The window fits the screen: no tab asks for more room than it has.
    QTest::qWait(50);
    QCOMPARE(window.size(), size);

    qw::ReportView* view = window.view();
    QCOMPARE(view->tabs()->count(), 7);
    for (qw::ReportTablePanel* panel : view->panels())
        QVERIFY2(panel->model()->rowCount() > 0, qPrintable(panel->model()->table().id));
    // Searching the call details narrows them to one caller's calls.
    qw::ReportTablePanel* calls = view->panels().constLast();
    QCOMPARE(calls->model()->table().id, u"calls"_s);
    const int callerColumn = 4; // Entered, Server, Call id, Queue, Caller
    QCOMPARE(calls->model()->headerData(callerColumn, Qt::Horizontal).toString(), u"Caller"_s);
    const QString caller = calls->model()->index(0, callerColumn).data().toString();
    calls->searchEdit()->setText(caller);
    QVERIFY(calls->proxy()->rowCount() >= 1);
    QVERIFY(calls->proxy()->rowCount() < calls->model()->rowCount());
    QVERIFY(calls->emptyMessage().isEmpty());
    // A search that finds nothing says so over the table.
    calls->searchEdit()->setText(u"no-such-caller"_s);
    QCOMPARE(calls->proxy()->rowCount(), 0);
    QCOMPARE(calls->emptyMessage(), u"No calls match \"no-such-caller\"."_s);
    const auto overlay = calls->view()->viewport()->findChildren<QLabel*>();
    QVERIFY(std::any_of(overlay.cbegin(), overlay.cend(), [](const QLabel* label) {
        return label->isVisibleTo(label->parentWidget()) && label->text().startsWith(u"No calls match"_s);
    }));
    calls->searchEdit()->clear();
    QVERIFY(calls->emptyMessage().isEmpty());

    // The hour chart labels its hours (every second one, upright), instead of 24 elided slots.
    for (qw::ReportTablePanel* panel : view->panels()) {
        if (panel->model()->table().id != u"by-hour")
            continue;
        const QList<QAbstractAxis*> axes = panel->chartView()->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        const auto* hours = qobject_cast<QValueAxis*>(axes.first());
        QVERIFY(hours);
        QVERIFY(hours->labelsVisible());
        QCOMPARE(hours->tickInterval(), 2.0);
        QCOMPARE(hours->min(), -0.5);
        QCOMPARE(hours->max(), 23.5);
    }

    const QString tag = u"%1x%2"_s.arg(size.width()).arg(size.height());
    for (int tab = 0; tab < view->tabs()->count(); ++tab) {
        view->tabs()->setCurrentIndex(tab);
        QTest::qWait(50); // layouts and chart scenes settle in the event loop
        const QStringList clipped = clippedTexts(&window);
        const QString name = view->tabs()->tabText(tab).remove(u'&').toLower().replace(u' ', u'-');
        const QString path = QCoreApplication::applicationDirPath() + u"/screenshots/report-%1-%2.png"_s.arg(name, tag);
        QVERIFY(window.grab().save(path));
        if (name == u"distribution" && size == QSize(1366, 768)) // docs/screenshots/report-hours.png
            QVERIFY(window.grab().save(QCoreApplication::applicationDirPath() + u"/screenshots/report-hours.png"_s));
        QVERIFY2(clipped.isEmpty(), qPrintable(name + u": "_s + clipped.join(u"; "_s)));
    }
}

void TestReportWindow::exports()
{
    qw::ReportWindow window(sampleBindings(), m_settings);
    QSignalSpy shown(&window, &qw::ReportWindow::reportShown);
    window.run(sampleDefinition());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);

    const qw::ReportTableModel& byQueue = *window.view()->panels().at(1)->model();
    QCOMPARE(byQueue.table().id, u"answered-by-queue"_s);
    const QString csvPath = m_dir.filePath(u"by-queue.csv"_s);
    QVERIFY(window.saveCsv(byQueue, csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().trimmed().count('\n') + 1, byQueue.rowCount() + 1);

    const QString pdfPath = m_dir.filePath(u"report.pdf"_s);
    QVERIFY(window.savePdf(pdfPath));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // A folder that does not exist: a message, and no file.
    QVERIFY(!window.saveCsv(byQueue, u"/nonexistent-queuewatch/x.csv"_s));
    QVERIFY(window.statusText().contains(u"/nonexistent-queuewatch/x.csv"_s));
}

void TestReportWindow::failureLeavesTheWindowUsable()
{
    qw::ReportWindow window(sampleBindings(), m_settings);
    window.show();
    QSignalSpy shown(&window, &qw::ReportWindow::reportShown);
    QSignalSpy failed(&window, &qw::ReportWindow::reportFailed);
    window.run(sampleDefinition());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    const int rows = window.view()->panels().at(1)->model()->rowCount();

    // sql:Z is bound to nothing: neither a file nor a database.
    qw::ReportDefinition missing = sampleDefinition();
    missing.sourceSpec = u"sql:Z"_s;
    window.run(missing);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(window.isEnabled());
    QVERIFY(window.view()->isEnabled());
    QCOMPARE(window.view()->panels().at(1)->model()->rowCount(), rows); // the earlier report stays
    QVERIFY(!window.progressBar()->isVisible());
    for (QWidget* box : QApplication::topLevelWidgets()) {
        if (box->inherits("QMessageBox"))
            box->close();
    }
}

namespace {
constexpr qint64 Day = 1793577600; // 2026-11-02T00:00:00Z

QString writeLog(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QByteArray line(qint64 time, const QByteArray& rest)
{
    return QByteArray::number(time) + '|' + rest + '\n';
}

qw::ReportDefinition dayOf(const QString& spec)
{
    qw::ReportDefinition definition;
    definition.sourceSpec = spec;
    definition.preset = qw::PeriodPreset::Custom;
    definition.timeZone = u"UTC"_s;
    definition.customFrom = Day;
    definition.customTo = Day + 86400;
    return definition;
}

const qw::ReportTablePanel* panelOf(const qw::ReportView* view, const QString& id)
{
    for (const qw::ReportTablePanel* panel : view->panels()) {
        if (panel->model()->table().id == id)
            return panel;
    }
    return nullptr;
}
} // namespace

void TestReportWindow::csvIsTheClisAndRunsNothing()
{
    // Callers that a spreadsheet would run as formulas, and a NUL byte.
    QTemporaryDir dir;
    const QList<QByteArray> callers {"=HYPERLINK(\"http://x\")", "+1555", "-2+3", "@SUM(A1)", "\tTAB",
                                     QByteArray("nul\0byte", 8), "\rcr"};
    QByteArray log;
    for (qsizetype i = 0; i < callers.size(); ++i) {
        const qint64 t = Day + 9 * 3600 + i * 300;
        const QByteArray id = "c" + QByteArray::number(i);
        log += line(t, id + "|support|NONE|ENTERQUEUE||" + callers[i] + "|1");
        log += line(t + 5, id + "|support|NONE|ABANDON|1|1|5");
    }
    const QString path = writeLog(dir, u"A.queue_log"_s, log);
    QVERIFY(!path.isEmpty());
    qw::SourceBindings bindings;
    bindings.partitionFiles.insert(u"A"_s, path);

    qw::ReportWindow window(bindings, m_settings);
    QSignalSpy shown(&window, &qw::ReportWindow::reportShown);
    window.run(dayOf(u"sql:A"_s));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    const qw::ReportTablePanel* calls = panelOf(window.view(), u"calls"_s);
    QVERIFY(calls);
    QCOMPARE(calls->model()->rowCount(), callers.size());
    const QString windowCsv = dir.filePath(u"window.csv"_s);
    QVERIFY(window.saveCsv(*calls->model(), windowCsv));

    // The CLI's call list of the same data: the same writer, so the same bytes.
    const QString cliCsv = dir.filePath(u"cli.csv"_s);
    const qw::test::ProgramRun cli
        = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s),
                               {u"--source"_s, u"sql:A"_s, u"--partition"_s, u"A="_s + path, u"--from"_s,
                                QString::number(Day), u"--to"_s, QString::number(Day + 86400), u"--tz"_s, u"UTC"_s,
                                u"--format"_s, u"csv"_s, u"--calls"_s, u"--output"_s, cliCsv});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    QFile a(windowCsv);
    QFile b(cliCsv);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QCOMPARE(bytes, b.readAll());

    // Every formula trigger is neutralised with an apostrophe; the NUL never reaches the file.
    QVERIFY2(bytes.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), bytes.constData());
    QVERIFY(bytes.contains(",'+1555,"));
    QVERIFY(bytes.contains(",'-2+3,"));
    QVERIFY(bytes.contains(",'@SUM(A1),"));
    QVERIFY(bytes.contains(",'\tTAB,"));
    QVERIFY(bytes.contains(",\"'\rcr\","));
    QVERIFY(!bytes.contains('\0'));
    QVERIFY(bytes.contains("nul"
                           "\xEF\xBF\xBD"
                           "byte")); // U+FFFD in UTF-8
    for (const QByteArray& row : bytes.split('\n')) {
        for (const QByteArray& cell : row.split(',')) {
            const QByteArray bare = cell.startsWith('"') ? cell.mid(1) : cell;
            QVERIFY2(bare.isEmpty() || !QByteArrayView("=+@").contains(bare.front()), cell.constData());
        }
    }
    // The export never writes over the queue_log it read (message shown, file untouched).
    QVERIFY(!window.saveCsv(*calls->model(), path));
    QVERIFY(window.statusText().contains(u"overwrite"_s));
    QFile input(path);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QCOMPARE(input.readAll(), log);
    for (QWidget* box : QApplication::topLevelWidgets()) {
        if (box->inherits("QMessageBox"))
            box->close();
    }

    // Units in the header, as in the CLI's.
    QVERIFY(bytes.startsWith("enter,enter_local,server,call_id,queue,caller,outcome,wait_s,talk_s,agent,transferred"));
}

void TestReportWindow::wizardTodayStopsAgentTimeAtNow()
{
    // "Today" in the wizard is the injected clock's day (13:56 on 2026-11-02), not the machine's;
    // an agent logged in since 08:00 has 5 h 56 min by then, not the 16 h to midnight.
    QTemporaryDir dir;
    QByteArray log;
    log += line(Day + 8 * 3600, "NONE|NONE|Agent/101|AGENTLOGIN|Local/101@agents");
    log += line(Day + 9 * 3600, "t1|support|NONE|ENTERQUEUE||0611111111|1");
    log += line(Day + 9 * 3600 + 8, "t1|support|Agent/101|CONNECT|8|t1.1|2");
    log += line(Day + 9 * 3600 + 128, "t1|support|Agent/101|COMPLETECALLER|8|120|1");
    log += line(Day + 12 * 3600, "NONE|NONE|Agent/101|PAUSEALL|Lunch");
    log += line(Day + 14 * 3600 + 600, "NONE|NONE|Agent/102|AGENTLOGIN|Local/102@agents"); // after now
    const QString path = writeLog(dir, u"A.queue_log"_s, log);
    qw::SourceBindings bindings;
    bindings.partitionFiles.insert(u"A"_s, path);
    const qint64 now = Day + 13 * 3600 + 56 * 60;
    const qw::ReportClock clock = [now] {
        return now;
    };

    qw::ReportWizard wizard(bindings, std::nullopt, nullptr, clock);
    qw::PeriodPage* period = wizard.periodPage();
    period->zoneCombo()->setCurrentIndex(period->zoneCombo()->findData(u"UTC"_s));
    period->presetCombo()->setCurrentIndex(period->presetCombo()->findData(int(qw::PeriodPreset::Today)));
    QCOMPARE(period->currentPeriod().from, Day);
    QCOMPARE(period->currentPeriod().to, Day + 86400);
    QVERIFY2(period->periodLabel()->text().contains(u"2026-11-02 00:00"_s), qPrintable(period->periodLabel()->text()));
    wizard.sourcePage()->specEdit()->setText(u"sql:A"_s);
    const qw::ReportDefinition definition = wizard.definition();
    QCOMPARE(definition.preset, qw::PeriodPreset::Today);

    qw::ReportWindow window(bindings, m_settings);
    window.setClock(clock);
    QSignalSpy shown(&window, &qw::ReportWindow::reportShown);
    window.run(definition);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    QCOMPARE(window.view()->report().from, Day);
    QCOMPARE(window.view()->report().now, std::optional<qint64>(now));
    const qw::AgentFigures agent = window.view()->report().agents.value(u"Agent/101"_s);
    QCOMPARE(agent.time.loggedIn, qint64(5 * 3600 + 56 * 60)); // 08:00 to 13:56
    QCOMPARE(agent.time.paused, qint64(3600 + 56 * 60)); // 12:00 to 13:56
    QCOMPARE(agent.answered, qint64(1));
    QVERIFY(!window.view()->report().agents.contains(u"Agent/102"_s)); // logs in after now
    // As the window shows it: one duration format.
    const qw::ReportTablePanel* agents = panelOf(window.view(), u"agents"_s);
    QVERIFY(agents);
    QCOMPARE(agents->model()->index(0, 0).data().toString(), u"Agent/101"_s);
    QCOMPARE(agents->model()->index(0, 1).data().toString(), u"5:56:00"_s);
}

void TestReportWindow::exportNamesAndFolder()
{
    m_settings.settings().setExportFolder(QString());
    qw::ReportWindow window(sampleBindings(), m_settings);
    QSignalSpy shown(&window, &qw::ReportWindow::reportShown);
    qw::ReportDefinition definition = sampleDefinition();
    definition.title = u"Sales: daily/north"_s;
    window.run(definition);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    // The title (made safe for a file name) and the period's first day; the CSV names its table.
    QCOMPARE(QFileInfo(window.proposedPdfPath()).fileName(), u"Sales-daily-north-2026-11-02.pdf"_s);
    const qw::ReportTablePanel* calls = panelOf(window.view(), u"calls"_s);
    QCOMPARE(QFileInfo(window.proposedCsvPath(*calls->model())).fileName(),
             u"Sales-daily-north-2026-11-02-calls.csv"_s);
    // After an export to a folder, the next dialog starts there.
    m_settings.settings().setExportFolder(m_dir.path());
    QCOMPARE(QFileInfo(window.proposedPdfPath()).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
}

QTEST_MAIN(TestReportWindow)
#include "tst_reportwindow.moc"
