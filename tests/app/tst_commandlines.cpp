// The command line every QueueWatch program shares, checked on the five programs as built: an
// option it does not know is "bad arguments" (status 2, as each --help promises) and is named on
// standard error after the program's name; --help and --help-all print the usage and end; --version
// prints the program's command name and the project's version.
#include "support/fixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedOptions_data();
    void sharedOptions();
};

void TestCommandLines::sharedOptions_data()
{
    QTest::addColumn<QString>("command");
    for (const QString& command : {u"queuewatch"_s, u"queuewatch-report"_s, u"queuewatch-loader"_s,
                                   u"queuewatch-generate"_s, u"queuewatch-action"_s})
        QTest::newRow(qPrintable(command)) << command;
}

void TestCommandLines::sharedOptions()
{
    QFETCH(QString, command);
    const QString program = qw::test::binaryPath(command);

    const qw::test::ProgramRun unknown = qw::test::runProgram(program, {u"--no-such-option"_s}, 30000);
    QCOMPARE(unknown.exitCode, 2);
    // (Qt may warn first, e.g. about XDG_RUNTIME_DIR: the program's own line is what counts.)
    const QStringList lines = unknown.err.split(u'\n');
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&](const QString& line) {
                             return line.startsWith(command + u": "_s) && line.contains(u"no-such-option"_s);
                         }),
             qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());

    const qw::test::ProgramRun missingValue = qw::test::runProgram(program, {u"--language"_s}, 30000);
    QCOMPARE(missingValue.exitCode, 2);
    QVERIFY2(missingValue.err.contains(u"language"_s), qPrintable(missingValue.err));

    for (const QString& help : {u"--help"_s, u"--help-all"_s}) {
        const qw::test::ProgramRun run = qw::test::runProgram(program, {help}, 30000);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Usage: "), run.out.left(200).constData());
        QVERIFY2(run.out.contains("--language <code>"), run.out.constData());
        QVERIFY2(run.out.contains("--help-all"), run.out.constData());
    }

    const qw::test::ProgramRun version = qw::test::runProgram(program, {u"--version"_s}, 30000);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(QString::fromUtf8(version.out), command + u' ' + QStringLiteral(QUEUEWATCH_EXPECTED_VERSION) + u'\n');
}

QTEST_GUILESS_MAIN(TestCommandLines)
#include "tst_commandlines.moc"
