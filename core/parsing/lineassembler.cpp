#include "parsing/lineassembler.h"

#include <algorithm>
#include <utility>

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

void LineAssembler::endLine(QByteArrayView piece, qsizetype terminatorBytes, const LineHandler& onLine)
{
    m_consumedBytes += m_partial.size() + m_droppedBytes + piece.size() + terminatorBytes; // before the handler
    if (m_partial.isEmpty() && m_droppedBytes == 0) {
        emitLine(piece, onLine);
    } else {
        appendPartial(piece);
        emitLine(m_partial, onLine);
        m_partial.clear();
        m_droppedBytes = 0;
    }
}

void LineAssembler::feed(QByteArrayView chunk, const LineHandler& onLine)
{
    if (m_ends != LineEnds::Unknown) {
        feedDecided(chunk, onLine);
        return;
    }
    // Undecided: an LF within the first line's reach makes an ordinary file; none there (and a
    // CR) makes a CR file. The start is held until then (about one line's length, plus a chunk).
    m_undecided.append(chunk);
    const QByteArrayView reach = QByteArrayView(m_undecided).first(std::min(m_undecided.size(), m_maxLineLength + 1));
    if (reach.contains('\n'))
        m_ends = LineEnds::Lf;
    else if (m_undecided.size() > m_maxLineLength)
        m_ends = reach.contains('\r') ? LineEnds::Cr : LineEnds::Lf;
    else
        return;
    const QByteArray held = std::exchange(m_undecided, {});
    feedDecided(held, onLine);
}

void LineAssembler::feedDecided(QByteArrayView chunk, const LineHandler& onLine)
{
    qsizetype start = 0;
    if (m_crPending && !chunk.isEmpty()) {
        // The last chunk ended with a CR: a CRLF or a lone CR, both one line end.
        m_crPending = false;
        const bool lf = chunk.front() == '\n';
        endLine({}, lf ? 2 : 1, onLine);
        start = lf ? 1 : 0;
    }
    while (start < chunk.size()) {
        if (m_ends == LineEnds::Lf) {
            const qsizetype newline = chunk.indexOf('\n', start);
            if (newline < 0) {
                appendPartial(chunk.sliced(start));
                return;
            }
            endLine(chunk.sliced(start, newline - start), 1, onLine);
            start = newline + 1;
            continue;
        }
        // A CR file: CR, CRLF and LF each end a line.
        const char* begin = chunk.data() + start;
        const char* end = chunk.data() + chunk.size();
        const char* found = std::find_if(begin, end, [](char c) { return c == '\n' || c == '\r'; });
        if (found == end) {
            appendPartial(chunk.sliced(start));
            return;
        }
        const qsizetype at = found - chunk.data();
        if (*found == '\n') {
            endLine(chunk.sliced(start, at - start), 1, onLine);
            start = at + 1;
            continue;
        }
        if (at + 1 == chunk.size()) { // a CR at the end of the chunk: the next byte tells CR from CRLF
            appendPartial(chunk.sliced(start, at - start));
            m_crPending = true;
            return;
        }
        const bool crlf = chunk.at(at + 1) == '\n';
        endLine(chunk.sliced(start, at - start), crlf ? 2 : 1, onLine);
        start = at + (crlf ? 2 : 1);
    }
}

void LineAssembler::finish(const LineHandler& onLine)
{
    if (m_ends == LineEnds::Unknown) { // a short stream with no LF at all
        m_ends = m_undecided.contains('\r') ? LineEnds::Cr : LineEnds::Lf;
        const QByteArray held = std::exchange(m_undecided, {});
        feedDecided(held, onLine);
    }
    if (m_crPending) { // the stream ends with a CR: it ended the last line
        m_crPending = false;
        endLine({}, 1, onLine);
        return;
    }
    if (m_partial.isEmpty() && m_droppedBytes == 0)
        return;
    m_consumedBytes += m_partial.size() + m_droppedBytes;
    emitLine(m_partial, onLine);
    m_partial.clear();
    m_droppedBytes = 0;
}

} // namespace qw
