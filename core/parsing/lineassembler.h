#pragma once

#include <functional>
#include <QByteArray>
#include <QByteArrayView>

namespace qw {

// Cuts a byte stream into lines. Bytes arrive in chunks of any size; a line is handed on only
// once its '\n' has arrived, so a line still being written is held back. Memory stays bounded:
// a line longer than `maxLineLength` is handed on cut short and flagged, the rest of it dropped.
class LineAssembler
{
public:
    struct Line
    {
        QByteArrayView bytes; // without the '\n'; valid only during the callback
        qint64 number = 0; // 1-based
        bool truncated = false;
    };
    using LineHandler = std::function<void(const Line&)>;

    explicit LineAssembler(qsizetype maxLineLength);

    void feed(QByteArrayView chunk, const LineHandler& onLine);
    // Hands on a last line that has no '\n' (a one-off read of a complete file).
    void finish(const LineHandler& onLine);

    qint64 linesSeen() const { return m_lineNumber; }
    qsizetype pendingBytes() const { return m_partial.size() + m_droppedBytes; }
    // Bytes of complete lines handed on so far, the current one included while its handler
    // runs: where a follower resumes reading.
    qint64 consumedBytes() const { return m_consumedBytes; }

private:
    void appendPartial(QByteArrayView bytes);
    void emitLine(QByteArrayView bytes, const LineHandler& onLine);

    qsizetype m_maxLineLength;
    QByteArray m_partial;
    qsizetype m_droppedBytes = 0;
    qint64 m_lineNumber = 0;
    qint64 m_consumedBytes = 0;
};

} // namespace qw
