#include "support/fixtures.h"

#include "readers/queuelogfilereader.h"

#include <QDir>
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

} // namespace qw::test
