#include "writers/queuelogfilewriter.h"

#include <QDir>

namespace qw {

QueueLogFileWriter::QueueLogFileWriter(const QString& path)
    : m_file(path)
{ }

bool QueueLogFileWriter::open()
{
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return true;
    m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    return false;
}

bool QueueLogFileWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    const bool written = m_file.write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    if (!written)
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    return written;
}

bool QueueLogFileWriter::append(const QueueLogEvent& event)
{
    m_buffer += event.toLine().toUtf8();
    m_buffer += '\n';
    ++m_rows;
    return m_buffer.size() < FlushThreshold || flush();
}

bool QueueLogFileWriter::close()
{
    // QFile buffers too: its flush is where a full disk shows up last.
    const bool ok = flush() && m_file.flush() && m_file.error() == QFileDevice::NoError;
    if (!ok && m_error.isEmpty())
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    m_file.close();
    return ok && m_file.error() == QFileDevice::NoError;
}

} // namespace qw
