// The report window on the bundled sample, offscreen: the report runs in the background and
// fills every tab; nothing is clipped at 1366x768 or 1920x1080 (screenshots saved with the test
// output); CSV and PDF exports write files; a database that cannot be reached gives a message
// and leaves the window, and the report already shown, usable.
#include "reports/reporttablemodel.h"
#include "reports/reporttablepanel.h"
#include "reports/reportview.h"
#include "reports/reportwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

private:
    QTemporaryDir m_dir;
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
    qw::ReportWindow window(sampleBindings());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &qw::ReportWindow::reportShown);
    window.run(sampleDefinition());
    QVERIFY(window.progressBar()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    QVERIFY(!window.progressBar()->isVisible());

    qw::ReportView* view = window.view();
    QCOMPARE(view->tabs()->count(), 7);
    for (qw::ReportTablePanel* panel : view->panels())
        QVERIFY2(panel->model()->rowCount() > 0, qPrintable(panel->model()->table().id));
    // Searching the call details narrows them to one caller's calls.
    qw::ReportTablePanel* calls = view->panels().constLast();
    QCOMPARE(calls->model()->table().id, u"calls"_s);
    const QString caller = calls->model()->index(0, 3).data().toString();
    calls->searchEdit()->setText(caller);
    QVERIFY(calls->proxy()->rowCount() >= 1);
    QVERIFY(calls->proxy()->rowCount() < calls->model()->rowCount());
    calls->searchEdit()->clear();

    const QString tag = u"%1x%2"_s.arg(size.width()).arg(size.height());
    for (int tab = 0; tab < view->tabs()->count(); ++tab) {
        view->tabs()->setCurrentIndex(tab);
        QTest::qWait(50); // layouts and chart scenes settle in the event loop
        const QStringList clipped = clippedTexts(&window);
        const QString name = view->tabs()->tabText(tab).remove(u'&').toLower().replace(u' ', u'-');
        const QString path = QCoreApplication::applicationDirPath() + u"/screenshots/report-%1-%2.png"_s.arg(name, tag);
        QVERIFY(window.grab().save(path));
        QVERIFY2(clipped.isEmpty(), qPrintable(name + u": "_s + clipped.join(u"; "_s)));
    }
}

void TestReportWindow::exports()
{
    qw::ReportWindow window(sampleBindings());
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
    qw::ReportWindow window(sampleBindings());
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

QTEST_MAIN(TestReportWindow)
#include "tst_reportwindow.moc"
