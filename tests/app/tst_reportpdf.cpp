// queuewatch-report --format pdf as a user runs it: real files, real programs. The PDF is read
// back with poppler's tools (pdftotext, pdftoppm, pdfimages) and its figures compared with the
// same run's JSON.
#include "support/fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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

// The numbers of the first line of the text that starts with label (a table row). The report
// writes counts in the user's locale, thousands separator included ("3,304").
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
        const qint64 value = QLocale().toLongLong(token, &ok);
        if (!ok)
            break;
        numbers.append(value);
    }
    return numbers;
}

// A word of a PDF page as pdftotext -bbox places it (points, origin top left).
struct PdfWord
{
    QRectF box;
    QString text;
    int page = 0;
};

QList<PdfWord> pdfWords(const QString& pdf, QSizeF* pageSize = nullptr)
{
    const Run run = qw::test::runProgram(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    const QString html = QString::fromUtf8(run.out);
    static const QRegularExpression pageRe(u"<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"_s);
    static const QRegularExpression wordRe(
        u"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"_s);
    QList<PdfWord> words;
    int page = 0;
    qsizetype at = 0;
    for (;;) {
        const auto nextPage = pageRe.match(html, at);
        const auto nextWord = wordRe.match(html, at);
        if (!nextWord.hasMatch())
            break;
        if (nextPage.hasMatch() && nextPage.capturedStart() < nextWord.capturedStart()) {
            ++page;
            if (pageSize)
                *pageSize = QSizeF(nextPage.captured(1).toDouble(), nextPage.captured(2).toDouble());
            at = nextPage.capturedEnd();
            continue;
        }
        QString text = nextWord.captured(5);
        text.replace(u"&amp;"_s, u"&"_s)
            .replace(u"&lt;"_s, u"<"_s)
            .replace(u"&gt;"_s, u">"_s)
            .replace(u"&quot;"_s, u"\""_s);
        words.append({QRectF(QPointF(nextWord.captured(1).toDouble(), nextWord.captured(2).toDouble()),
                             QPointF(nextWord.captured(3).toDouble(), nextWord.captured(4).toDouble())),
                      text, page});
        at = nextWord.capturedEnd();
    }
    return words;
}

// The text between two lines of the document (both excluded), whitespace made single spaces.
QString textBetween(const QString& text, const QString& startLine, const QString& endLine)
{
    const QStringList lines = text.split(u'\n');
    QStringList taken;
    bool inside = false;
    for (const QString& line : lines) {
        if (!inside && line.trimmed() == startLine) {
            inside = true;
            continue;
        }
        if (inside && line.trimmed() == endLine)
            break;
        if (inside)
            taken << line;
    }
    return taken.join(u' ').simplified();
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
    void notesAreTheWarnings();
    void longQueueNameFits();
    void pdfNeedsAnOutputFile();
    void unwritablePdfIsAClearError();
    void frenchPdfSpeaksFrench();
    void jsonIsTheSameInEveryLocale();

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
    QVERIFY(text.contains(u"The period has %1 call"_s.arg(QLocale().toString(offered))));
    const qint64 unanswered = totals.value(u"unanswered"_s).toInteger();
    if (unanswered > 300)
        QVERIFY(text.contains(u"and %1 more unanswered call"_s.arg(QLocale().toString(unanswered - 300))));
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

void TestReportPdf::notesAreTheWarnings()
{
    // The case: the only note is that some calls are still in progress (the PDF used to say
    // "1 malformed line ... were skipped"); then a bad line, a silent server and an unknown queue too.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"A.queue_log"_s);
    const QString silent = dir.filePath(u"B.queue_log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1793606400|c1|support|NONE|ENTERQUEUE||0611111111|1\n" // 2026-11-02 08:00 UTC
               "1793606410|c1|support|Agent/101|CONNECT|10|c1.1|2\n"
               "1793606470|c1|support|Agent/101|COMPLETECALLER|10|60|1\n"
               "1793609000|c2|support|NONE|ENTERQUEUE||0622222222|1\n"); // 08:43:20, no end yet
    file.close();
    QFile b(silent);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("1793606400|b1|support|NONE|ENTERQUEUE||0633333333|1\n1793606430|b1|support|NONE|ABANDON|1|1|30\n");
    b.close();
    const QStringList common {u"--tz"_s,   u"UTC"_s,
                              u"--from"_s, u"2026-11-02T08:00:00"_s,
                              u"--to"_s,   u"2026-11-02T09:00:00"_s,
                              u"--now"_s,  u"2026-11-02T08:50:00"_s};
    struct Case
    {
        QStringList arguments;
        int warnings; // at least
    };
    const QList<Case> cases {
        {{u"--source"_s, u"file:"_s + path}, 1},
        {{u"--source"_s, u"cluster:A|B"_s, u"--partition"_s, u"A="_s + path, u"--partition"_s, u"B="_s + silent,
          u"--queue"_s, u"support"_s, u"--queue"_s, u"sales"_s},
         3},
    };
    for (const Case& c : cases) {
        if (c.warnings > 1) { // the second case: a bad line too
            QVERIFY(file.open(QIODevice::Append));
            file.write("this is not a queue_log line\n");
            file.close();
        }
        const Run json = runReport(c.arguments + common);
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QStringList warnings = [&] {
            QStringList list;
            for (const QJsonValue& w : QJsonDocument::fromJson(json.out).object().value(u"warnings"_s).toArray())
                list << w.toString();
            return list;
        }();
        QVERIFY2(warnings.size() >= c.warnings, qPrintable(warnings.join(u'\n')));
        const QString pdf = dir.filePath(u"notes.pdf"_s);
        const Run run = runReport(c.arguments + common + QStringList {u"--format"_s, u"pdf"_s, u"--output"_s, pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString notes = textBetween(pdfText(pdf), u"Notes"_s, u"Summary"_s);
        QCOMPARE(notes, warnings.join(u' ').simplified());
        QVERIFY(!notes.contains(u"malformed"_s) || warnings.join(u' ').contains(u"malformed"_s));
    }
}

void TestReportPdf::longQueueNameFits()
{
    // A 50-character queue name without a space: the column wraps it, the headers keep their
    // places, and nothing is drawn past the page or over other text.
    const QString name = u"international-premium-support-line-north-east-2026"_s.left(50);
    QCOMPARE(name.size(), 50);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"A.queue_log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"1793606400|c1|%1|NONE|ENTERQUEUE||0611111111|1\n"
               "1793606410|c1|%1|Agent/101|CONNECT|10|c1.1|2\n"
               "1793606470|c1|%1|Agent/101|COMPLETECALLER|10|60|1\n"
               "1793606500|c2|support|NONE|ENTERQUEUE||0622222222|1\n"
               "1793606530|c2|support|NONE|ABANDON|1|1|30\n"_s.arg(name)
                   .toUtf8());
    file.close();
    const QString pdf = dir.filePath(u"long.pdf"_s);
    const Run run = runReport({u"--source"_s, u"file:"_s + path, u"--tz"_s, u"UTC"_s, u"--from"_s, u"2026-11-02"_s,
                               u"--format"_s, u"pdf"_s, u"--output"_s, pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    QSizeF page;
    const QList<PdfWord> words = pdfWords(pdf, &page);
    QVERIFY(!words.isEmpty());
    for (const PdfWord& word : words)
        QVERIFY2(word.box.left() >= 0 && word.box.right() <= page.width() + 0.5,
                 qPrintable(u"%1 at %2..%3"_s.arg(word.text).arg(word.box.left()).arg(word.box.right())));

    // The queue table: from its subheading to the next one.
    const auto findWord = [&](const QString& text, int from = 0) -> qsizetype {
        for (qsizetype i = from; i < words.size(); ++i) {
            if (words[i].text == text)
                return i;
        }
        return -1;
    };
    qsizetype start = -1;
    for (qsizetype i = 0; i + 4 < words.size(); ++i) {
        if (words[i].text == u"Answered" && words[i + 1].text == u"calls" && words[i + 2].text == u"by"
            && words[i + 3].text == u"queue") {
            start = i + 4;
            break;
        }
    }
    QVERIFY(start > 0);
    const qsizetype end = findWord(u"agent"_s, int(start)); // "Answered calls by agent"
    QVERIFY(end > start);
    const QList<PdfWord> table = words.mid(start, end - start - 3);
    // No two words of the table overlap: no header runs into its neighbour, no cell into the next.
    for (qsizetype i = 0; i < table.size(); ++i) {
        for (qsizetype j = i + 1; j < table.size(); ++j) {
            const QRectF overlap
                = table[i].box.adjusted(0.3, 0.3, -0.3, -0.3).intersected(table[j].box.adjusted(0.3, 0.3, -0.3, -0.3));
            QVERIFY2(overlap.isEmpty(), qPrintable(u"\"%1\" overlaps \"%2\""_s.arg(table[i].text, table[j].text)));
        }
    }
    // Every header is there, whole.
    for (const QString& header : {u"Queue"_s, u"Offered"_s, u"Answered"_s, u"Unanswered"_s, u"Transfers"_s})
        QVERIFY2(std::any_of(table.cbegin(), table.cend(), [&](const PdfWord& w) { return w.text == header; }),
                 qPrintable(header));
    // The full name, in the pieces of the first column read top to bottom.
    const qreal firstColumnEnd = [&] {
        for (const PdfWord& w : table) {
            if (w.text == u"Offered")
                return w.box.left();
        }
        return qreal(0);
    }();
    QVERIFY(firstColumnEnd > 0);
    QString firstColumn;
    for (const PdfWord& w : table) {
        if (w.box.right() <= firstColumnEnd)
            firstColumn += w.text;
    }
    QVERIFY2(firstColumn.contains(name), qPrintable(firstColumn));
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

void TestReportPdf::frenchPdfSpeaksFrench()
{
    // The French translation, read the way the program reads it, says what the headings are.
    QTranslator french;
    QVERIFY(french.load(u"queuewatch_fr"_s, u":/i18n"_s));
    const QString answered = french.translate("qw::ReportDocument", "Answered calls");
    const QString serviceLevel = french.translate("qw::ReportDocument", "Service level");
    QVERIFY(!answered.isEmpty() && answered != u"Answered calls"_s);

    const QString pdf = m_dir.filePath(u"demo-fr.pdf"_s);
    const Run run = runReport(
        {u"--demo"_s, u"--tz"_s, u"UTC"_s, u"--language"_s, u"fr"_s, u"--format"_s, u"pdf"_s, u"--output"_s, pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(answered) && text.contains(serviceLevel), qPrintable(text.left(2000)));
    QVERIFY(!text.contains(u"Answered calls"_s));
    // Percentages with a decimal comma, as French readers write them.
    QVERIFY2(text.contains(QRegularExpression(u"\\d+,\\d\\s?%"_s)), qPrintable(text.left(3000)));
    QVERIFY(!text.contains(QRegularExpression(u"\\d+\\.\\d %"_s)));

    const QString shots = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(shots));
    const QString base = shots + u"/reportpdf-fr-page1"_s;
    QFile::remove(base + u".png"_s);
    const Run shot = qw::test::runProgram(
        u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf, base});
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
}

void TestReportPdf::jsonIsTheSameInEveryLocale()
{
    // The JSON contract does not follow the user's language: the same bytes under a German
    // system locale and with --language de as in the C locale.
    const QStringList arguments {u"--demo"_s, u"--tz"_s, u"UTC"_s, u"--now"_s, u"2026-11-02T12:00:00Z"_s};
    const Run plain = runReport(arguments);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QProcess german;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"de"_s);
    german.setProcessEnvironment(environment);
    german.start(qw::test::binaryPath(u"queuewatch-report"_s), arguments);
    QVERIFY(german.waitForFinished(120000));
    QCOMPARE(german.exitCode(), 0);
    QCOMPARE(german.readAllStandardOutput(), plain.out);
    const Run chosen = runReport(arguments + QStringList {u"--language"_s, u"de"_s});
    QCOMPARE(chosen.out, plain.out);
    // ...while its messages do speak German (the help, from the translation).
    const Run help = runReport({u"--language"_s, u"de"_s, u"--help"_s});
    QVERIFY2(!help.out.contains("Displays this help"), help.out.constData());
}

QTEST_GUILESS_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
