// Reading queue_log files: real Asterisk files, bad lines, a growing file, and memory that stays
// flat however large the file.
#include "parsing/lineassembler.h"
#include "readers/queuelogfilereader.h"
#include "support/fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using qw::EventBatch;
using qw::QueueLogEvent;
using qw::QueueLogFileReader;
using qw::ReadStatus;

namespace {
void writeFile(const QString& path, const QByteArray& bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    QVERIFY(file.open(mode));
    QCOMPARE(file.write(bytes), bytes.size());
}

EventBatch readAll(QueueLogFileReader& reader, ReadStatus expected = ReadStatus::Finished)
{
    EventBatch all;
    const ReadStatus status = reader.readAvailable([&all](const EventBatch& batch) {
        all.append(batch);
        return true;
    });
    if (status != expected)
        qWarning("read status %d, error %s", int(status), qPrintable(reader.errorString()));
    return all;
}
} // namespace

class TestQueueLogFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRealAsteriskFiles();
    void badLinesAreSkippedCountedAndReported();
    void lastLineWithoutNewline();
    void lineEnds_data();
    void lineEnds();
    void crOnlyFileIsReadLineByLine();
    void followModeHoldsBackPartialLine();
    void handlerCanStopTheRead();
    void missingFileIsAClearError();
    void memoryStaysFlatOnLargeFile();

private:
    QTemporaryDir m_dir;
};

void TestQueueLogFileReader::readsRealAsteriskFiles()
{
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s}) {
        const QString path = qw::test::fixturePath(u"asterisk22-cluster/%1.queue_log"_s.arg(name));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const qsizetype nonEmpty
            = std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray& l) { return !l.isEmpty(); });

        QueueLogFileReader reader(path, name);
        const EventBatch events = readAll(reader);
        QCOMPARE(events.size(), nonEmpty);
        QCOMPARE(reader.problems().count(), qint64(0));
        QCOMPARE(events.first().verb, u"QUEUESTART"_s);
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].partition, name);
            QCOMPARE(events[i].order, qint64(i + 1)); // line numbers
            QCOMPARE(events[i].toLine(), QString::fromUtf8(lines[i]));
        }
    }
}

void TestQueueLogFileReader::badLinesAreSkippedCountedAndReported()
{
    const QString path = m_dir.filePath(u"bad.queue_log"_s);
    writeFile(path,
              "1|NONE|NONE|NONE|QUEUESTART|\n"
              "this is not a queue_log line\n"
              "\n"
              "x2|c|q|NONE|ENTERQUEUE||555|1\n"
              "3|c|q|NONE|ENTERQUEUE||555|1\r\n"
              "4|c|q|NONE||\n"
              "5|c|q|Agent/1|CONNECT|2|c.1|1\n");
    QueueLogFileReader reader(path, u"bad"_s);
    const EventBatch events = readAll(reader);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[1].time, qint64(3));
    QCOMPARE(events[1].data3(), u"1"_s); // CR stripped
    QCOMPARE(events[2].order, qint64(7));
    QCOMPARE(reader.problems().count(), qint64(3));
    const QList<qw::ParseProblem>& problems = reader.problems().firstProblems();
    QCOMPARE(problems[0].lineNumber, qint64(2));
    QCOMPARE(problems[1].lineNumber, qint64(4));
    QCOMPARE(problems[2].lineNumber, qint64(6));
    QVERIFY(problems[0].message().contains(u"line 2"_s));
}

void TestQueueLogFileReader::lastLineWithoutNewline()
{
    const QString path = m_dir.filePath(u"nonl.queue_log"_s);
    writeFile(path, "1|NONE|NONE|NONE|QUEUESTART|\n2|c|q|NONE|ENTERQUEUE||555|1");
    QueueLogFileReader reader(path, u"p"_s);
    const EventBatch events = readAll(reader);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].data2(), u"555"_s);
}

void TestQueueLogFileReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QByteArray>>("lines"); // as handed to the parser
    QTest::addColumn<qint64>("consumed"); // bytes of complete lines, after finish()
    // An LF within the first line's reach makes an ordinary file; CRs and no LF a CR file.
    QTest::addRow("LF") << QByteArray("a\nb\n") << QList<QByteArray> {"a", "b"} << qint64(4);
    // CRLF is an LF file: the CR stays on the line, for the parser to strip (as before).
    QTest::addRow("CRLF") << QByteArray("a\r\nb\r\n") << QList<QByteArray> {"a\r", "b\r"} << qint64(6);
    // A CR inside a line of an LF file is data, not a line end, even in the first line.
    QTest::addRow("CR inside an LF line") << QByteArray("a\rx\nb\n") << QList<QByteArray> {"a\rx", "b"} << qint64(6);
    QTest::addRow("CR inside a later LF line")
        << QByteArray("a\nb\rx\n") << QList<QByteArray> {"a", "b\rx"} << qint64(6);
    // Old Mac: CR ends lines.
    QTest::addRow("CR") << QByteArray("a\rb\rc\r") << QList<QByteArray> {"a", "b", "c"} << qint64(6);
    QTest::addRow("CR, last line open") << QByteArray("a\rb") << QList<QByteArray> {"a", "b"} << qint64(3);
    // A CR file that later has CRLF or LF ends: each is one line end.
    // Past the first line's reach (here 100 bytes), a CR file with CRLF or LF later: each ends a line.
    QByteArray crStart;
    QList<QByteArray> crLines;
    for (int i = 0; i < 60; ++i) {
        crStart += "a\r";
        crLines << "a";
    }
    QTest::addRow("CR then CRLF and LF") << crStart + "b\r\nc\nd\r" << crLines + QList<QByteArray> {"b", "c", "d"}
                                         << qint64(120 + 3 + 2 + 2);
    QTest::addRow("CR, empty lines") << QByteArray("a\r\rb\r") << QList<QByteArray> {"a", "", "b"} << qint64(5);
}

void TestQueueLogFileReader::lineEnds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QByteArray>, lines);
    QFETCH(qint64, consumed);
    const qsizetype reach = bytes.size() > 100 ? 100 : 200;
    // Whole, and one byte at a time (a CR at the end of a chunk waits for the byte after it).
    for (const qsizetype step : {bytes.size(), qsizetype(1)}) {
        qw::LineAssembler assembler(reach);
        QList<QByteArray> got;
        const auto take = [&](const qw::LineAssembler::Line& line) {
            got.append(line.bytes.toByteArray());
        };
        for (qsizetype at = 0; at < bytes.size(); at += step)
            assembler.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)), take);
        assembler.finish(take);
        QCOMPARE(got, lines);
        QCOMPARE(assembler.consumedBytes(), consumed); // every byte accounted for
        QCOMPARE(assembler.pendingBytes(), qsizetype(0));
    }
}

void TestQueueLogFileReader::crOnlyFileIsReadLineByLine()
{
    // A queue_log saved with old Mac line ends: every line an event, none a bad line (it used to
    // be read as one line, a single event with the whole file in its data5, and no warning).
    const QString path = m_dir.filePath(u"cr.queue_log"_s);
    writeFile(path, "1|NONE|NONE|NONE|QUEUESTART|\r2|c|q|NONE|ENTERQUEUE||555|1\r3|c|q|Agent/1|CONNECT|1|x|1\r");
    QueueLogFileReader reader(path, u"p"_s);
    const EventBatch events = readAll(reader);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[1].verb, u"ENTERQUEUE"_s);
    QCOMPARE(events[1].data2(), u"555"_s);
    QCOMPARE(events[2].data3(), u"1"_s);
    QCOMPARE(events[2].order, qint64(3));
    QVERIFY(reader.problems().isEmpty());
}

void TestQueueLogFileReader::followModeHoldsBackPartialLine()
{
    const QString path = m_dir.filePath(u"growing.queue_log"_s);
    writeFile(path, "1|NONE|NONE|NONE|QUEUESTART|\n2|c|q|NONE|ENTERQ");
    QueueLogFileReader reader(path, u"p"_s, QueueLogFileReader::Mode::Follow);
    EventBatch events = readAll(reader);
    QCOMPARE(events.size(), 1);
    QCOMPARE(reader.consumedBytes(), qint64(29));

    writeFile(path, "UEUE||555|1\n3|c|q|Agent/1|CONNECT|1|x|1", QIODevice::Append);
    events = readAll(reader);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].verb, u"ENTERQUEUE"_s);
    QCOMPARE(events[0].order, qint64(2));

    writeFile(path, "\n", QIODevice::Append);
    events = readAll(reader);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].verb, u"CONNECT"_s);
    QCOMPARE(events[0].order, qint64(3));
}

void TestQueueLogFileReader::handlerCanStopTheRead()
{
    const QString path = m_dir.filePath(u"stop.queue_log"_s);
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += QByteArray::number(i) + "|c|q|NONE|ENTERQUEUE||555|1\n";
    writeFile(path, text);
    QueueLogFileReader reader(path, u"p"_s);
    int batches = 0;
    QCOMPARE(reader.readAvailable([&batches](const EventBatch&) { return ++batches < 2; }), ReadStatus::Stopped);
    QCOMPARE(batches, 2);
}

void TestQueueLogFileReader::missingFileIsAClearError()
{
    const QString path = m_dir.filePath(u"missing.queue_log"_s);
    QueueLogFileReader reader(path, u"p"_s);
    QCOMPARE(reader.readAvailable([](const EventBatch&) { return true; }), ReadStatus::Failed);
    QVERIFY(reader.errorString().contains(path));
}

void TestQueueLogFileReader::memoryStaysFlatOnLargeFile()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("sanitizers keep freed memory in quarantine: resident size says nothing here");
#endif
#ifdef Q_OS_LINUX
    // About 110 MB of queue_log: if the reader kept the file or its events, the process would
    // grow by hundreds of megabytes.
    const QString path = m_dir.filePath(u"large.queue_log"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block;
        for (int i = 0; i < 10000; ++i)
            block += "1795495870|1795495865." + QByteArray::number(i)
                + "|support|Agent/101|COMPLETEAGENT|5|1795495865.2|5|some padding to look like a real row\n";
        for (int i = 0; i < 100; ++i)
            QCOMPARE(file.write(block), block.size());
    }
    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    QueueLogFileReader reader(path, u"p"_s);
    qint64 events = 0;
    QCOMPARE(reader.readAvailable([&events](const EventBatch& batch) {
        events += batch.size();
        return true;
    }),
             ReadStatus::Finished);
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    QCOMPARE(events, qint64(1000000));
    const long grownKb = after.ru_maxrss - before.ru_maxrss;
    QVERIFY2(grownKb < 32 * 1024, qPrintable(u"peak memory grew by %1 kB"_s.arg(grownKb)));
#else
    QSKIP("peak memory is measured with getrusage on Linux");
#endif
}

QTEST_GUILESS_MAIN(TestQueueLogFileReader)
#include "tst_queuelogfilereader.moc"
