#include "readers/queuelogfilereader.h"

namespace qw {

QueueLogFileReader::QueueLogFileReader(QString path, QString partition, Mode mode)
    : m_path(std::move(path))
    , m_mode(mode)
    , m_file(m_path)
    , m_parser(std::move(partition))
    , m_assembler(QueueLogParser::MaxLineLength)
{ }

ReadStatus QueueLogFileReader::readAvailable(const BatchHandler& handler)
{
    m_error.clear();
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(m_path, m_file.errorString());
        return ReadStatus::Failed;
    }

    EventBatch batch;
    batch.reserve(BatchSize);
    bool stopped = false;
    const LineAssembler::LineHandler onLine = [&](const LineAssembler::Line& line) {
        auto result = m_parser.parse(line.bytes, line.number);
        if (auto* event = std::get_if<QueueLogEvent>(&result)) {
            batch.append(std::move(*event));
            ++m_eventsRead;
        } else if (auto* problem = std::get_if<ParseProblem>(&result)) {
            m_problems.record(std::move(*problem));
        }
    };
    const auto flush = [&]() {
        if (!batch.isEmpty() && !stopped && !handler(batch))
            stopped = true;
        batch.clear();
    };

    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = m_file.read(chunk.data(), ChunkSize);
        if (got < 0) {
            m_error = tr("Reading %1 failed: %2").arg(m_path, m_file.errorString());
            flush();
            return ReadStatus::Failed;
        }
        if (got == 0)
            break;
        m_assembler.feed(QByteArrayView(chunk.constData(), got), onLine);
        if (batch.size() >= BatchSize)
            flush();
        if (stopped)
            return ReadStatus::Stopped;
    }
    if (m_mode == Mode::WholeFile)
        m_assembler.finish(onLine);
    flush();
    return stopped ? ReadStatus::Stopped : ReadStatus::Finished;
}

} // namespace qw
