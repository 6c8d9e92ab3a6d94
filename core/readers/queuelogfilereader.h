#pragma once

#include "parsing/lineassembler.h"
#include "parsing/parseproblem.h"
#include "parsing/queuelogparser.h"
#include "readers/batchhandler.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace qw {

// Reads a queue_log file (or a Qt resource) in fixed-size chunks: memory stays the same whatever
// the file's size. Bad lines are skipped and logged with their line numbers; they never stop
// the read.
//
// A one-off read parses a last line that has no newline. In follow mode that line is held
// back until its newline arrives: call readAvailable() again when the file has grown.
class QueueLogFileReader
{
    Q_DECLARE_TR_FUNCTIONS(qw::QueueLogFileReader)
public:
    enum class Mode
    {
        WholeFile,
        Follow
    };

    static constexpr qsizetype ChunkSize = 256 * 1024;
    static constexpr qsizetype BatchSize = 4096;

    QueueLogFileReader(QString path, QString partition, Mode mode = Mode::WholeFile);

    // Reads everything the file holds now, from where the last call stopped.
    ReadStatus readAvailable(const BatchHandler& handler);

    const QString& path() const { return m_path; }
    const QString& partition() const { return m_parser.partition(); }
    const ParseProblemLog& problems() const { return m_problems; }
    QString errorString() const { return m_error; }
    qint64 eventsRead() const { return m_eventsRead; }
    qint64 linesRead() const { return m_assembler.linesSeen(); }
    // Bytes of complete lines consumed: the file offset a follower has reached.
    qint64 consumedBytes() const { return m_assembler.consumedBytes(); }

private:
    QString m_path;
    Mode m_mode;
    QFile m_file;
    QueueLogParser m_parser;
    LineAssembler m_assembler;
    ParseProblemLog m_problems;
    QString m_error;
    qint64 m_eventsRead = 0;
};

} // namespace qw
