#include "parsing/lineassembler.h"

namespace qw {

LineAssembler::LineAssembler(qsizetype maxLineLength)
    : m_maxLineLength(maxLineLength)
{ }

void LineAssembler::appendPartial(QByteArrayView bytes)
{
    const qsizetype room = std::max<qsizetype>(0, m_maxLineLength + 1 - m_partial.size());
    const qsizetype kept = std::min(room, bytes.size());
    m_partial.append(bytes.first(kept));
    m_droppedBytes += bytes.size() - kept;
}

void LineAssembler::emitLine(QByteArrayView bytes, const LineHandler& onLine)
{
    ++m_lineNumber;
    const bool truncated = bytes.size() > m_maxLineLength;
    onLine(Line {truncated ? bytes.first(m_maxLineLength + 1) : bytes, m_lineNumber, truncated});
}

void LineAssembler::feed(QByteArrayView chunk, const LineHandler& onLine)
{
    qsizetype start = 0;
    while (start < chunk.size()) {
        const qsizetype newline = chunk.indexOf('\n', start);
        if (newline < 0) {
            appendPartial(chunk.sliced(start));
            return;
        }
        const QByteArrayView piece = chunk.sliced(start, newline - start);
        const qint64 lineBytes = m_partial.size() + m_droppedBytes + piece.size() + 1;
        m_consumedBytes += lineBytes; // before the handler: it may note where this line ends
        if (m_partial.isEmpty() && m_droppedBytes == 0) {
            emitLine(piece, onLine);
        } else {
            appendPartial(piece);
            emitLine(m_partial, onLine);
            m_partial.clear();
            m_droppedBytes = 0;
        }
        start = newline + 1;
    }
}

void LineAssembler::finish(const LineHandler& onLine)
{
    if (m_partial.isEmpty() && m_droppedBytes == 0)
        return;
    m_consumedBytes += m_partial.size() + m_droppedBytes;
    emitLine(m_partial, onLine);
    m_partial.clear();
    m_droppedBytes = 0;
}

} // namespace qw
