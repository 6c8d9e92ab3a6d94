#pragma once

#include "loader/logposition.h"

#include <optional>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QStringList>

namespace qw {

// Reads a queue_log that Asterisk keeps appending to and logrotate keeps rotating, complete
// lines only, each exactly once, remembering where it stands as a LogPosition.
//
// A file is known by a hash of its first line. When the path's first line changes (rotation by
// rename, or copy-and-truncate followed by new lines) or the path shrinks below the position
// (copy-and-truncate), the rest of the old file is read from its rotated copy (a sibling such as
// queue_log.1 or queue_log-20261124 that starts with the same line), then the new file from its
// start. The same search at start-up picks up lines written to a file rotated while the loader
// was down.
class LogFollower
{
    Q_DECLARE_TR_FUNCTIONS(qw::LogFollower)
public:
    static constexpr qsizetype MaxLineLength = 64 * 1024;
    static constexpr qsizetype ReadChunkBytes = 256 * 1024;

    struct Line
    {
        QByteArray bytes; // without '\n' (a trailing '\r' is left to the parser)
        qint64 number = 0;
        LogPosition after; // the position once this line is taken
        QString file; // the file it was read from (the path followed, or its rotated copy)
    };

    explicit LogFollower(QString path);

    // Where to resume: the position stored with the last committed rows, or nullopt for the
    // start of the file. Problems found (a rotated copy that cannot be found) go to notes().
    void resumeFrom(const std::optional<LogPosition>& position);

    // Complete lines available now, about `maxBytes` of them at most. Empty when there is
    // nothing new (or the file does not exist yet: see errorString()).
    QList<Line> read(qsizetype maxBytes);

    const LogPosition& position() const { return m_position; }
    QString errorString() const { return m_error; }
    QStringList takeNotes();
    // Lines longer than MaxLineLength, skipped (queue_log lines are far shorter).
    qint64 overlongLines() const { return m_overlong; }

    static QByteArray keyOfFile(const QString& path); // empty until the first line is complete

private:
    QString findRotatedCopy(const QByteArray& key) const;
    QList<Line> readFrom(const QString& path, qsizetype maxBytes, bool* atEnd);
    void switchTo(const QByteArray& key);
    void skipOverlong(qint64 lineNumber);

    QString m_path;
    LogPosition m_position;
    bool m_started = false;
    QString m_drainPath; // a rotated copy still being read to its end
    QString m_error;
    QStringList m_notes;
    qint64 m_overlong = 0;
};

} // namespace qw
