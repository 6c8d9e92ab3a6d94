#include "support/fixtures.h"

#include "readers/queuelogfilereader.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace qw::test {

QString fixturePath(const QString& relative)
{
    return QDir(QStringLiteral(QUEUEWATCH_FIXTURES_DIR)).filePath(relative);
}

QString binaryPath(const QString& name)
{
    QString path = QDir(QStringLiteral(QUEUEWATCH_BIN_DIR)).filePath(name);
#ifdef Q_OS_WIN
    path += u".exe"_s;
#endif
    return path;
}

EventBatch readQueueLogFile(const QString& path, const QString& partition)
{
    QueueLogFileReader reader(path, partition);
    EventBatch all;
    const ReadStatus status = reader.readAvailable([&all](const EventBatch& batch) {
        all.append(batch);
        return true;
    });
    if (status != ReadStatus::Finished)
        qWarning("cannot read %s: %s", qPrintable(path), qPrintable(reader.errorString()));
    return all;
}

ProgramRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        run.err = program + u" did not finish normally: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace qw::test
