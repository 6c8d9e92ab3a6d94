#pragma once

#include <functional>
#include <QByteArray>
#include <QByteArrayView>

namespace qw {

// Cuts a byte stream into lines. Bytes arrive in chunks of any size; a line is handed on only
// once its end has arrived, so a line still being written is held back. Memory stays bounded:
// a line longer than `maxLineLength` is handed on cut short and flagged, the rest of it dropped.
//
// Line ends: a stream with an LF within its first maxLineLength bytes is an ordinary file: only
// LF ends a line, a CR before it stays on the line (the parser strips it) and a CR inside a line
// is data (a caller id cannot start a line of its own). A stream with CRs but no LF that early
// (old Mac files) has CR, CRLF and LF as line ends, the CR not part of the line: a CR-only file is
// read line by line, not as one line. Until that is known the bytes are held (at most one line).
class LineAssembler
{
public:
    struct Line
    {
        QByteArrayView bytes; // without its line end; valid only during the callback
        qint64 number = 0; // 1-based
        bool truncated = false;
    };
    using LineHandler = std::function<void(const Line&)>;

    explicit LineAssembler(qsizetype maxLineLength);

    void feed(QByteArrayView chunk, const LineHandler& onLine);
    // Hands on a last line that has no '\n' (a one-off read of a complete file).
    void finish(const LineHandler& onLine);

    qint64 linesSeen() const { return m_lineNumber; }
    qsizetype pendingBytes() const
    {
        return m_undecided.size() + m_partial.size() + m_droppedBytes + (m_crPending ? 1 : 0);
    }
    // Whether the stream turned out to use CR line ends.
    bool usesCrLineEnds() const { return m_ends == LineEnds::Cr; }
    // Bytes of complete lines handed on so far, the current one included while its handler
    // runs: where a follower resumes reading.
    qint64 consumedBytes() const { return m_consumedBytes; }

private:
    void appendPartial(QByteArrayView bytes);
    void emitLine(QByteArrayView bytes, const LineHandler& onLine);
    void feedDecided(QByteArrayView chunk, const LineHandler& onLine);
    // Hands on the held part plus `piece` as one line, `terminatorBytes` of line end after it.
    void endLine(QByteArrayView piece, qsizetype terminatorBytes, const LineHandler& onLine);

    enum class LineEnds : quint8
    {
        Unknown,
        Lf,
        Cr
    };

    qsizetype m_maxLineLength;
    QByteArray m_partial;
    qsizetype m_droppedBytes = 0;
    qint64 m_lineNumber = 0;
    qint64 m_consumedBytes = 0;
    LineEnds m_ends = LineEnds::Unknown;
    bool m_crPending = false; // the last chunk ended with a CR whose meaning the next byte tells
    QByteArray m_undecided; // the stream's start, until its line ends are known
};

} // namespace qw
