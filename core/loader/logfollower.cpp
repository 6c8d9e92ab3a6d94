#include "loader/logfollower.h"

#include "parsing/lineassembler.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace qw {

LogFollower::LogFollower(QString path)
    : m_path(std::move(path))
{ }

QByteArray LogFollower::keyOfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(MaxLineLength + 1);
    const qsizetype newline = head.indexOf('\n');
    if (newline < 0)
        return {}; // not even one complete line yet: nothing to know the file by
    return QCryptographicHash::hash(head.left(newline + 1), QCryptographicHash::Sha1).toHex();
}

void LogFollower::resumeFrom(const std::optional<LogPosition>& position)
{
    m_started = true;
    if (!position || position->fileKey.isEmpty()) {
        m_position = {};
        return;
    }
    m_position = *position;
    if (keyOfFile(m_path) == position->fileKey)
        return;
    // The file we stopped in was rotated while we were down: finish it first.
    m_drainPath = findRotatedCopy(position->fileKey);
    if (m_drainPath.isEmpty()) {
        m_notes.append(tr("The file the loader stopped in (at line %1) is no longer there and no rotated copy "
                          "starts with its first line: lines written to it after line %1 were not loaded. "
                          "Starting %2 from its beginning.")
                           .arg(position->lineNumber)
                           .arg(m_path));
        m_position = {};
    } else {
        m_notes.append(tr("Finishing %1 (rotated while the loader was stopped) from line %2.")
                           .arg(m_drainPath)
                           .arg(position->lineNumber + 1));
    }
}

QString LogFollower::findRotatedCopy(const QByteArray& key) const
{
    const QFileInfo info(m_path);
    QDir dir = info.dir();
    QFileInfoList candidates = dir.entryInfoList({info.fileName() + u"*"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo& candidate : candidates) {
        if (candidate.fileName() == info.fileName() || candidate.suffix() == u"gz" || candidate.suffix() == u"bz2"
            || candidate.suffix() == u"xz" || candidate.suffix() == u"zst" || candidate.suffix() == u"rejected")
            continue;
        if (keyOfFile(candidate.filePath()) == key)
            return candidate.filePath();
    }
    return {};
}

void LogFollower::switchTo(const QByteArray& key)
{
    m_position = LogPosition {key, 0, 0};
}

QStringList LogFollower::takeNotes()
{
    return std::exchange(m_notes, {});
}

QList<LogFollower::Line> LogFollower::readFrom(const QString& path, qsizetype maxBytes, bool* atEnd)
{
    QList<Line> lines;
    *atEnd = true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return lines;
    }
    m_error.clear();
    if (!file.seek(m_position.offset))
        return lines;
    // The assembler cuts complete lines and keeps an overlong one from growing memory; a last
    // line without its '\n' stays in it and is read again next time, from the same offset.
    const LogPosition start = m_position;
    LineAssembler assembler(MaxLineLength);
    const auto take = [&](const LineAssembler::Line& line) {
        m_position.offset = start.offset + assembler.consumedBytes();
        m_position.lineNumber = start.lineNumber + line.number;
        if (line.truncated) {
            skipOverlong(m_position.lineNumber);
            if (!lines.isEmpty())
                lines.last().after = m_position; // the bookmark moves past it with the line before
            return;
        }
        lines.append(Line {line.bytes.toByteArray(), m_position.lineNumber, m_position, path});
    };
    while (assembler.consumedBytes() < maxBytes) {
        const QByteArray chunk = file.read(ReadChunkBytes);
        if (chunk.isEmpty())
            return lines; // the end of the file, or a last line still being written
        assembler.feed(chunk, take);
    }
    *atEnd = false;
    return lines;
}

void LogFollower::skipOverlong(qint64 lineNumber)
{
    ++m_overlong;
    m_notes.append(
        tr("Line %1 is longer than %2 bytes: not a queue_log line, skipped.").arg(lineNumber).arg(MaxLineLength));
}

QList<LogFollower::Line> LogFollower::read(qsizetype maxBytes)
{
    if (!m_started)
        resumeFrom(std::nullopt);
    if (!m_drainPath.isEmpty()) {
        bool atEnd = false;
        QList<Line> lines = readFrom(m_drainPath, maxBytes, &atEnd);
        if (atEnd) {
            m_drainPath.clear();
            switchTo(keyOfFile(m_path)); // next read starts the current file
        }
        if (!lines.isEmpty() || !atEnd)
            return lines;
    }
    if (!QFileInfo::exists(m_path)) {
        m_error = tr("%1 does not exist (yet).").arg(m_path);
        return {};
    }
    const QByteArray key = keyOfFile(m_path);
    if (key.isEmpty())
        return {}; // no complete first line yet (or the file was just truncated)
    if (m_position.fileKey.isEmpty()) {
        switchTo(key);
    } else if (key != m_position.fileKey || QFileInfo(m_path).size() < m_position.offset) {
        // Rotated (renamed away, or copied and truncated): the rest of our file is in its copy.
        m_drainPath = findRotatedCopy(m_position.fileKey);
        if (m_drainPath.isEmpty()) {
            m_notes.append(tr("%1 was rotated but no copy starting with its first line was found: lines after "
                              "line %2 may be missing.")
                               .arg(m_path)
                               .arg(m_position.lineNumber));
            switchTo(key);
        } else {
            m_notes.append(tr("%1 was rotated: finishing %2, then starting the new file.").arg(m_path, m_drainPath));
            return read(maxBytes);
        }
    }
    bool atEnd = false;
    return readFrom(m_path, maxBytes, &atEnd);
}

} // namespace qw
