// queuewatch-report --format pdf as a user runs it: real files, real programs. The PDF is read
// back with poppler's tools (pdftotext, pdftoppm, pdfimages) and its figures compared with the
// same run's JSON.
#include "support/fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = qw::test::ProgramRun;

Run runReport(const QStringList& arguments)
{
    return qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s), arguments);
}

QString pdfText(const QString& pdf)
{
    const Run run = qw::test::runProgram(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    return run.exitCode == 0 ? QString::fromUtf8(run.out) : QString();
}

int pdfPages(const QString& pdf)
{
    const Run run = qw::test::runProgram(u"pdfinfo"_s, {pdf});
    const auto match = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(run.out));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The numbers of the first line of the text that starts with label (a table row).
QList<qint64> rowNumbers(const QString& text, const QString& label)
{
    const QRegularExpression row(u"^\\s*"_s + QRegularExpression::escape(label) + u"\\s+(\\S.*)$"_s,
                                 QRegularExpression::MultilineOption);
    const auto match = row.match(text);
    QList<qint64> numbers;
    if (!match.hasMatch())
        return numbers;
    for (const QString& token : match.captured(1).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 value = token.toLongLong(&ok);
        if (!ok)
            break;
        numbers.append(value);
    }
    return numbers;
}

bool havePoppler()
{
    for (const QString& tool : {u"pdftotext"_s, u"pdftoppm"_s, u"pdfimages"_s, u"pdfinfo"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return false;
    }
    return true;
}
} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoPdfHoldsTheSectionsAndTheJsonFigures();
    void demoPdfRendersEveryPage();
    void demoPdfIsVector();
    void monthOfThreeServersStaysSmall();
    void pdfNeedsAnOutputFile();
    void unwritablePdfIsAClearError();

private:
    QTemporaryDir m_dir;
    QString m_demoPdf;
    QJsonObject m_demoJson;
};

void TestReportPdf::initTestCase()
{
    if (!havePoppler())
        QSKIP("poppler-utils (pdftotext, pdftoppm, pdfimages, pdfinfo) are not installed");
    QVERIFY(m_dir.isValid());
    m_demoPdf = m_dir.filePath(u"demo.pdf"_s);
    const Run pdf = runReport({u"--demo"_s, u"--tz"_s, u"UTC"_s, u"--format"_s, u"pdf"_s, u"--output"_s, m_demoPdf});
    QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
    QVERIFY(pdf.out.isEmpty()); // the document goes to the file only
    const Run json = runReport({u"--demo"_s, u"--tz"_s, u"UTC"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    m_demoJson = QJsonDocument::fromJson(json.out).object();
    QVERIFY(!m_demoJson.isEmpty());
}

void TestReportPdf::demoPdfHoldsTheSectionsAndTheJsonFigures()
{
    QFile file(m_demoPdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = pdfText(m_demoPdf);
    QVERIFY(!text.isEmpty());
    for (const QString& title : {u"Call-centre report"_s, u"cluster:A|B|C"_s, u"2026-11-02 00:00 to 2026-11-03 00:00"_s,
                                 u"Summary"_s, u"Answered calls by queue"_s, u"Answered calls by agent"_s,
                                 u"Answered within"_s, u"Unanswered calls by cause"_s, u"Wait before giving up"_s,
                                 u"Unanswered calls"_s, u"Calls by hour"_s, u"Calls by day"_s, u"Calls by weekday"_s,
                                 u"Agents"_s, u"Paused time by reason"_s, u"Servers"_s, u"Call details"_s})
        QVERIFY2(text.contains(title), qPrintable(title));

    // Every page: its number out of the total, and the formula in the footer.
    const int pages = pdfPages(m_demoPdf);
    QVERIFY(pages > 1);
    QCOMPARE(text.count(u"Page "_s), pages);
    for (int page = 1; page <= pages; ++page)
        QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
    QVERIFY(text.count(u"SL = answered within 20 s / (offered - unanswered within 20 s)"_s) >= pages);

    // The same figures as the same run's JSON.
    const QJsonObject totals = m_demoJson.value(u"totals"_s).toObject();
    const qint64 offered = totals.value(u"offered"_s).toInteger();
    QVERIFY(offered > 1000);
    QCOMPARE(rowNumbers(text, u"Calls offered"_s).value(0, -1), offered);
    const QList<qint64> allQueues = rowNumbers(text, u"All queues"_s);
    QVERIFY(allQueues.size() >= 3);
    QCOMPARE(allQueues[0], offered);
    QCOMPARE(allQueues[1], totals.value(u"answered"_s).toInteger());
    QCOMPARE(allQueues[2], totals.value(u"unanswered"_s).toInteger());
    const QJsonObject queues = m_demoJson.value(u"queues"_s).toObject();
    QVERIFY(!queues.isEmpty());
    for (auto it = queues.constBegin(); it != queues.constEnd(); ++it)
        QCOMPARE(rowNumbers(text, it.key()).value(0, -1), it.value().toObject().value(u"offered"_s).toInteger());
    const QJsonObject abandon = totals.value(u"unanswered_by_cause"_s).toObject();
    QCOMPARE(rowNumbers(text, u"Caller hung up (abandon)"_s).value(0, -1), abandon.value(u"abandon"_s).toInteger());

    // The call list is not printed, but counted; the unanswered list is capped with a note.
    QVERIFY(text.contains(u"The period has %1 call"_s.arg(offered)));
    const qint64 unanswered = totals.value(u"unanswered"_s).toInteger();
    if (unanswered > 300)
        QVERIFY(text.contains(u"and %1 more unanswered call"_s.arg(unanswered - 300)));
}

void TestReportPdf::demoPdfRendersEveryPage()
{
    const QString out = m_dir.filePath(u"pages"_s);
    QVERIFY(QDir().mkpath(out));
    const Run run = qw::test::runProgram(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"50"_s, m_demoPdf, out + u"/page"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"Error"_s), qPrintable(run.err));
    const QStringList pngs = QDir(out).entryList({u"page*.png"_s}, QDir::Files, QDir::Name);
    QCOMPARE(pngs.size(), pdfPages(m_demoPdf));
    for (const QString& png : pngs)
        QVERIFY2(QFileInfo(QDir(out).filePath(png)).size() > 1000, qPrintable(png));

    // Two pages at a readable resolution kept for a person to look at.
    const QString shots = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(shots));
    for (const QString& page : {u"1"_s, u"2"_s}) {
        const QString base = shots + u"/reportpdf-page"_s + page;
        QFile::remove(base + u".png"_s);
        const Run shot = qw::test::runProgram(
            u"pdftoppm"_s,
            {u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, page, u"-l"_s, page, u"-singlefile"_s, m_demoPdf, base});
        QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
        QVERIFY(QFileInfo::exists(base + u".png"_s));
    }
}

void TestReportPdf::demoPdfIsVector()
{
    const Run run = qw::test::runProgram(u"pdfimages"_s, {u"-list"_s, m_demoPdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // A header line and a rule, then one line per image: there must be none.
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() <= 2, run.out.constData());
}

void TestReportPdf::monthOfThreeServersStaysSmall()
{
    const QString logs = m_dir.filePath(u"month"_s);
    const Run generate = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-generate"_s),
                                              {u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-01"_s,
                                               u"--calls-per-day"_s, u"1000"_s, u"--output-dir"_s, logs});
    QVERIFY2(generate.exitCode == 0, qPrintable(generate.err));
    QStringList arguments {u"--source"_s,   u"cluster:A|B|C"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s,
                           u"2026-11-01"_s, u"--tz"_s,          u"UTC"_s,    u"--format"_s,   u"pdf"_s};
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        arguments << u"--partition"_s << u"%1=%2/%1.queue_log"_s.arg(name, logs);
    const QString pdf = m_dir.filePath(u"month.pdf"_s);
    const Run run = runReport(arguments + QStringList {u"--output"_s, pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const qint64 size = QFileInfo(pdf).size();
    qInfo("a month of three servers: %lld bytes, %d pages", size, pdfPages(pdf));
    QVERIFY(size > 0);
    QVERIFY2(size < 1024 * 1024, qPrintable(QString::number(size)));

    // A month: every day in the day table, and still no raster image.
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"2026-10-01"_s));
    QVERIFY(text.contains(u"2026-10-31"_s));
    const Run images = qw::test::runProgram(u"pdfimages"_s, {u"-list"_s, pdf});
    QVERIFY(QString::fromUtf8(images.out).split(u'\n', Qt::SkipEmptyParts).size() <= 2);
}

void TestReportPdf::pdfNeedsAnOutputFile()
{
    const Run run = runReport({u"--demo"_s, u"--format"_s, u"pdf"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--output"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestReportPdf::unwritablePdfIsAClearError()
{
    const QString path = m_dir.filePath(u"no-such-directory/report.pdf"_s);
    const Run run = runReport({u"--demo"_s, u"--format"_s, u"pdf"_s, u"--output"_s, path});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
