#include "loader/rejectedlines.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace qw {

RejectedLines::RejectedLines(QString path)
    : m_path(std::move(path))
{ }

bool RejectedLines::checkWritable()
{
    const QFileInfo info(m_path);
    if (info.exists()) {
        if (!info.isFile() || !info.isWritable()) {
            m_error = tr("The rejected-lines file %1 cannot be written.").arg(m_path);
            return false;
        }
        return true;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        m_error = tr("The rejected-lines file %1 cannot be created: %2 is not a writable folder.")
                      .arg(m_path, folder.filePath());
        return false;
    }
    return true;
}

bool RejectedLines::add(qint64 lineNumber, const QString& file, const QByteArray& line, const QString& reason)
{
    QFile out(m_path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("Cannot write %1: %2").arg(m_path, out.errorString());
        return false;
    }
    QString why = reason;
    why.replace(u'\n', u' ').replace(u'\r', u' ');
    // Local time with its offset ("2026-11-24T10:15:02+01:00"), as the loader's log would show it.
    const QDateTime now = QDateTime::currentDateTime();
    const QString when = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
    // Not translated: people and scripts read it alike, in one format.
    const QByteArray record = "# line " + QByteArray::number(lineNumber) + " of " + file.toUtf8() + ", set aside "
        + when.toUtf8() + ": " + why.toUtf8() + '\n' + line + '\n';
    if (out.write(record) != record.size() || !out.flush()) {
        m_error = tr("Cannot write %1: %2").arg(m_path, out.errorString());
        return false;
    }
#ifdef Q_OS_UNIX
    // The bookmark moves past the line right after this: the line must be on disk first.
    if (::fsync(out.handle()) != 0) {
        m_error = tr("Cannot write %1: the data did not reach the disk.").arg(m_path);
        return false;
    }
#endif
    return true;
}

} // namespace qw
