#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace qw {

// Lines the database refused for good, kept so that none is lost silently. Each takes two
// lines: a comment saying where it came from, when and why, then the line exactly as it was:
//
//   # line 1234 of /var/log/asterisk/queue_log, set aside 2026-11-24T10:15:02+01:00: CONSTRAINT
//   `verb_known` failed for `qm`.`queue_log` (error 4025)
//   1790000100|1790000100.1|support|NONE|BADVERB|
//
// (the comment is one line). queue_log lines never start with '#', so the lines that are not
// comments are a queue_log again, to load once the table takes them.
class RejectedLines
{
    Q_DECLARE_TR_FUNCTIONS(qw::RejectedLines)
public:
    explicit RejectedLines(QString path);

    const QString& path() const { return m_path; }
    // Whether the file can be appended to, or created; false with errorString(). Asked at start,
    // so a loader that could not set a line aside stops before loading anything.
    bool checkWritable();
    // Appends one line and flushes it to disk before the caller moves its bookmark past it.
    bool add(qint64 lineNumber, const QString& file, const QByteArray& line, const QString& reason);
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace qw
