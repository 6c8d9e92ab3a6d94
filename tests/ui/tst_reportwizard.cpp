// The report wizard on a real MariaDB holding partitions A, B and C: ticking boxes builds the
// seed's specs, a typed spec is checked as typed and ticks the boxes, the queue and agent lists
// fill from the data without blocking, a saved definition reopens with the same choices, and
// every page is photographed at two screen sizes with no label cut short.
#include "database/databaseconnection.h"
#include "reports/catalogloader.h"
#include "reports/definitionfile.h"
#include "reports/wizard/filterpage.h"
#include "reports/wizard/finishpage.h"
#include "reports/wizard/periodpage.h"
#include "reports/wizard/reportwizard.h"
#include "reports/wizard/sourcepage.h"
#include "support/fixtures.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Day = 1793577600; // 2026-11-02T00:00:00Z

qw::EventBatch answeredCall(const QString& partition, qint64 end, const QString& queue, const QString& agent)
{
    const auto make = [&](qint64 time, const QString& q, const QString& a, const QString& verb) {
        qw::QueueLogEvent e;
        e.partition = partition;
        e.time = time;
        e.callId = partition + QString::number(end);
        e.queue = q;
        e.agent = a;
        e.verb = verb;
        return e;
    };
    return {make(end - 600, u"NONE"_s, agent, u"AGENTLOGIN"_s), make(end - 120, queue, u"NONE"_s, u"ENTERQUEUE"_s),
            make(end - 100, queue, agent, u"CONNECT"_s), make(end, queue, agent, u"COMPLETECALLER"_s)};
}

// A click on the box's indicator, as a user makes it.
void click(QCheckBox* box)
{
    QVERIFY(box);
    QVERIFY(box->isVisible() && box->isEnabled());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

QStringList itemTexts(const QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}
} // namespace

class TestReportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ticksBuildTheSeedSpecs();
    void typedSpecIsCheckedAndTicksTheBoxes();
    void filtersFillFromTheData();
    void savedDefinitionReopens();
    void screenshotsHaveNoClippedLabels();

private:
    qw::SourceBindings bindings() const { return {m_server.url(), {}}; }
    static bool waitForPartitions(qw::ReportWizard& wizard);
    static void chooseCustomUtcDay(qw::ReportWizard& wizard);

    qw::test::TestMariaDb m_server;
    QTemporaryDir m_dir;
};

void TestReportWizard::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qw::DatabaseConnection connection(m_server.url());
    QVERIFY(connection.open());
    qw::EventBatch events = answeredCall(u"A"_s, Day + 10 * 3600, u"sales"_s, u"Agent/101"_s);
    events += answeredCall(u"B"_s, Day + 11 * 3600, u"support"_s, u"Agent/201"_s);
    events += answeredCall(u"C"_s, Day + 12 * 3600, u"sales"_s, u"Agent/301"_s);
    QVERIFY(qw::test::insertEvents(connection, events));
}

bool TestReportWizard::waitForPartitions(qw::ReportWizard& wizard)
{
    return QTest::qWaitFor([&] { return !wizard.sourcePage()->isLoading(); }, 20000);
}

void TestReportWizard::chooseCustomUtcDay(qw::ReportWizard& wizard)
{
    qw::PeriodPage* period = wizard.periodPage();
    period->presetCombo()->setCurrentIndex(period->presetCombo()->findData(int(qw::PeriodPreset::Custom)));
    period->zoneCombo()->setCurrentIndex(period->zoneCombo()->findData(u"UTC"_s));
    QVERIFY(period->fromEdit()->isEnabled());
    period->fromEdit()->setDateTime(QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC));
    period->toEdit()->setDateTime(QDateTime(QDate(2026, 11, 3), QTime(0, 0), Qt::UTC));
    QCOMPARE(period->customFrom(), Day);
    QCOMPARE(period->customTo(), Day + 86400);
}

void TestReportWizard::ticksBuildTheSeedSpecs()
{
    qw::ReportWizard wizard(bindings());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(waitForPartitions(wizard));
    qw::SourcePage* page = wizard.sourcePage();
    QCOMPARE(page->listedPartitions(), QStringList({u"A"_s, u"B"_s, u"C"_s}));
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled()); // nothing chosen yet
    QVERIFY(!page->callsOnlyBox(u"B"_s)->isEnabled()); // only for a ticked partition

    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        click(page->includeBox(name));
    QCOMPARE(page->specEdit()->text(), u"cluster:A|B|C"_s);
    QVERIFY(next->isEnabled());

    click(page->callsOnlyBox(u"B"_s));
    click(page->callsOnlyBox(u"C"_s));
    QCOMPARE(page->specEdit()->text(), u"cluster:A|B-|C-"_s);

    click(page->callsOnlyBox(u"B"_s));
    click(page->callsOnlyBox(u"C"_s));
    click(page->renameAgentsBox());
    QCOMPARE(page->specEdit()->text(), u"clustrw:A|B|C"_s);

    click(page->renameAgentsBox());
    click(page->includeBox(u"B"_s));
    click(page->includeBox(u"C"_s));
    QCOMPARE(page->specEdit()->text(), u"sql:A"_s);
    QVERIFY(next->isEnabled());
    QCOMPARE(wizard.definition().sourceSpec, u"sql:A"_s);
}

void TestReportWizard::typedSpecIsCheckedAndTicksTheBoxes()
{
    qw::ReportWizard wizard(bindings());
    wizard.show();
    QVERIFY(waitForPartitions(wizard));
    qw::SourcePage* page = wizard.sourcePage();
    QAbstractButton* next = wizard.button(QWizard::NextButton);

    QTest::keyClicks(page->specEdit(), u"cluster:A||C"_s);
    QVERIFY(page->specProblemLabel()->isVisible());
    QVERIFY2(!page->specProblemLabel()->text().isEmpty(), "the problem is explained");
    QVERIFY(!next->isEnabled());

    // A valid spec, in an order of its own: the boxes follow, the text stays as typed.
    page->specEdit()->clear();
    QTest::keyClicks(page->specEdit(), u"cluster:C|A-"_s);
    QVERIFY(!page->specProblemLabel()->isVisible());
    QVERIFY(next->isEnabled());
    QVERIFY(page->includeBox(u"C"_s)->isChecked());
    QVERIFY(page->includeBox(u"A"_s)->isChecked());
    QVERIFY(page->callsOnlyBox(u"A"_s)->isChecked());
    QVERIFY(!page->includeBox(u"B"_s)->isChecked());
    QCOMPARE(page->specEdit()->text(), u"cluster:C|A-"_s);

    page->specEdit()->clear();
    QTest::keyClicks(page->specEdit(), u"clustrw:A|Q"_s);
    QVERIFY(page->renameAgentsBox()->isChecked());
    QVERIFY(next->isEnabled()); // allowed: the expert may know a partition the data does not show yet
    QVERIFY2(
        page->findChildren<QLabel*>().cend()
            != std::find_if(page->findChildren<QLabel*>().cbegin(), page->findChildren<QLabel*>().cend(),
                            [](const QLabel* label) { return label->text().contains(u"Not found in the data: Q"_s); }),
        "an unknown partition is pointed out");
}

void TestReportWizard::filtersFillFromTheData()
{
    qw::ReportWizard wizard(bindings());
    wizard.show();
    QVERIFY(waitForPartitions(wizard));
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        click(wizard.sourcePage()->includeBox(name));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(qw::ReportWizard::PeriodPageId));
    chooseCustomUtcDay(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(qw::ReportWizard::FilterPageId));
    qw::FilterPage* filters = wizard.filterPage();
    QVERIFY(filters->isLoading());
    QVERIFY(!filters->queueList()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!filters->isLoading(), 20000);
    QCOMPARE(itemTexts(filters->queueList()), QStringList({u"sales"_s, u"support"_s}));
    QCOMPARE(itemTexts(filters->agentList()), QStringList({u"Agent/101"_s, u"Agent/201"_s, u"Agent/301"_s}));
    QVERIFY(wizard.definition().queues.isEmpty()); // nothing ticked: all

    filters->queueList()->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(wizard.definition().queues, QStringList({u"sales"_s}));

    // Back to rename the agents: the agent list reloads with the report's names, the tick stays.
    wizard.back();
    wizard.back();
    click(wizard.sourcePage()->renameAgentsBox());
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!filters->isLoading(), 20000);
    QCOMPARE(itemTexts(filters->agentList()), QStringList({u"Agent/A-101"_s, u"Agent/B-201"_s, u"Agent/C-301"_s}));
    QCOMPARE(filters->queueList()->item(0)->checkState(), Qt::Checked);
    QCOMPARE(wizard.definition().queues, QStringList({u"sales"_s}));
}

void TestReportWizard::savedDefinitionReopens()
{
    const QString path = m_dir.filePath(u"weekly.qwreport.json"_s);
    qw::ReportDefinition saved;
    {
        qw::ReportWizard wizard(bindings());
        wizard.show();
        QVERIFY(waitForPartitions(wizard));
        for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
            click(wizard.sourcePage()->includeBox(name));
        click(wizard.sourcePage()->callsOnlyBox(u"C"_s));
        wizard.next();
        chooseCustomUtcDay(wizard);
        wizard.periodPage()->zoneCombo()->setCurrentIndex(wizard.periodPage()->zoneCombo()->findData(u"Europe/Rome"_s));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.filterPage()->isLoading(), 20000);
        wizard.filterPage()->agentList()->item(1)->setCheckState(Qt::Checked);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(qw::ReportWizard::FinishPageId));
        wizard.finishPage()->slEdit()->setValue(30);
        QTest::keyClicks(wizard.finishPage()->titleEdit(), u"Day of the cluster"_s);
        QVERIFY(wizard.finishPage()->summaryLabel()->text().contains(u"cluster:A|B|C-"_s));

        QString error;
        QVERIFY(!wizard.saveDefinition(m_dir.filePath(u"no/such/dir/x.json"_s), &error));
        QVERIFY(wizard.finishPage()->saveStatusLabel()->text().contains(u"no/such/dir"_s));
        QVERIFY2(wizard.saveDefinition(path, &error), qPrintable(error));
        saved = wizard.definition();
    }
    QCOMPARE(saved.sourceSpec, u"cluster:A|B|C-"_s);
    QCOMPARE(saved.preset, qw::PeriodPreset::Custom);
    QCOMPARE(saved.timeZone, u"Europe/Rome"_s);
    QCOMPARE(saved.customFrom, Day - 3600); // midnight in Rome, wall clock kept when the zone changed
    QCOMPARE(saved.agents, QStringList({u"Agent/201"_s}));
    QCOMPARE(saved.slThreshold, 30);
    QCOMPARE(saved.title, u"Day of the cluster"_s);

    const auto read = qw::DefinitionFile::read(path);
    QVERIFY(std::holds_alternative<qw::ReportDefinition>(read));
    QCOMPARE(std::get<qw::ReportDefinition>(read), saved);

    // queuewatch-report runs the saved file, and gives what the same report asked with options gives.
    const QString db = m_server.url().toDisplayString();
    const QString now = QString::number(saved.customTo + 86400);
    const qw::test::ProgramRun fromFile = qw::test::runProgram(
        qw::test::binaryPath(u"queuewatch-report"_s), {u"--definition"_s, path, u"--db"_s, db, u"--now"_s, now});
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
    const qw::test::ProgramRun fromOptions = qw::test::runProgram(
        qw::test::binaryPath(u"queuewatch-report"_s),
        {u"--db"_s, db, u"--source"_s, u"cluster:A|B|C-"_s, u"--from"_s, QString::number(saved.customFrom), u"--to"_s,
         QString::number(saved.customTo), u"--tz"_s, u"Europe/Rome"_s, u"--sl"_s, u"30"_s, u"--agent"_s, u"Agent/201"_s,
         u"--now"_s, now});
    QVERIFY2(fromOptions.exitCode == 0, qPrintable(fromOptions.err));
    QVERIFY(fromFile.out.contains("\"sl_threshold\": 30"));
    QCOMPARE(fromFile.out, fromOptions.out);

    qw::ReportWizard reopened(bindings(), std::get<qw::ReportDefinition>(read));
    reopened.show();
    QVERIFY(waitForPartitions(reopened));
    QCOMPARE(reopened.definition(), saved);
    qw::SourcePage* source = reopened.sourcePage();
    QVERIFY(source->includeBox(u"A"_s)->isChecked() && source->includeBox(u"C"_s)->isChecked());
    QVERIFY(source->callsOnlyBox(u"C"_s)->isChecked() && !source->callsOnlyBox(u"B"_s)->isChecked());
    QCOMPARE(reopened.periodPage()->presetCombo()->currentData().toInt(), int(qw::PeriodPreset::Custom));
    QCOMPARE(reopened.finishPage()->slEdit()->value(), 30);
    reopened.next();
    reopened.next();
    QTRY_VERIFY_WITH_TIMEOUT(!reopened.filterPage()->isLoading(), 20000);
    QCOMPARE(reopened.filterPage()->agentList()->item(1)->checkState(), Qt::Checked);
    QCOMPARE(reopened.definition(), saved);
}

void TestReportWizard::screenshotsHaveNoClippedLabels()
{
    QDir output(QCoreApplication::applicationDirPath());
    output.mkpath(u"screenshots"_s);
    const QList<QSize> sizes {QSize(1366, 768), QSize(1920, 1080)};
    const QStringList pageNames {u"source"_s, u"period"_s, u"filters"_s, u"finish"_s};
    for (const QSize& size : sizes) {
        qw::ReportWizard wizard(bindings());
        wizard.show();
        QVERIFY(waitForPartitions(wizard));
        // The wizard's own size first (what a user sees), then the screen's.
        const QSize natural = wizard.size();
        for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
            click(wizard.sourcePage()->includeBox(name));
        click(wizard.sourcePage()->callsOnlyBox(u"B"_s));
        for (int page = 0; page < pageNames.size(); ++page) {
            if (page > 0)
                wizard.next();
            if (page == qw::ReportWizard::PeriodPageId)
                chooseCustomUtcDay(wizard);
            if (page == qw::ReportWizard::FilterPageId)
                QTRY_VERIFY_WITH_TIMEOUT(!wizard.filterPage()->isLoading(), 20000);
            for (const QSize& shown : {natural, size}) {
                wizard.resize(shown);
                QTest::qWait(50); // layouts settle from the event loop
                const QString file = output.filePath(u"screenshots/reportwizard-%1-%2x%3-at-%4x%5.png"_s.arg(
                    pageNames[page], QString::number(size.width()), QString::number(size.height()),
                    QString::number(wizard.width()), QString::number(wizard.height())));
                QVERIFY(wizard.grab().save(file));
                qInfo("screenshot: %s", qPrintable(file));
                for (QWidget* widget : wizard.findChildren<QWidget*>()) {
                    if (!widget->isVisible() || widget->width() == 0)
                        continue;
                    const QString what = u"%1 \"%2\" on %3 at %4x%5"_s.arg(
                        QString::fromLatin1(widget->metaObject()->className()), widget->property("text").toString(),
                        pageNames[page], QString::number(shown.width()), QString::number(shown.height()));
                    if (auto* label = qobject_cast<QLabel*>(widget); label && label->wordWrap()) {
                        QVERIFY2(label->heightForWidth(label->width()) <= label->height(), qPrintable(what));
                    } else if (qobject_cast<QLabel*>(widget) || qobject_cast<QCheckBox*>(widget)
                               || qobject_cast<QRadioButton*>(widget) || qobject_cast<QPushButton*>(widget)) {
                        QVERIFY2(widget->sizeHint().width() <= widget->width(), qPrintable(what));
                    }
                }
            }
        }
    }
}

QTEST_MAIN(TestReportWizard)
#include "tst_reportwizard.moc"
