#pragma once

#include "events/queuelogevent.h"

#include <QCoreApplication>
#include <QFile>

namespace qw {

// Writes events as queue_log lines to a file, buffered. Every write error (a full disk most
// often) is reported, at the latest by close(): a caller that checks close() knows the file is
// whole.
class QueueLogFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(qw::QueueLogFileWriter)
public:
    static constexpr qsizetype FlushThreshold = 1 << 20;

    explicit QueueLogFileWriter(const QString& path);

    bool open(); // truncates
    bool append(const QueueLogEvent& event);
    bool close();

    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }

private:
    bool flush();

    QFile m_file;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace qw
