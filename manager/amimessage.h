#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace qw {

// One message of the Asterisk Manager Interface: "Key: Value" lines ended by a blank line; an
// action, its response, or an event. Keys are compared without case, as Asterisk does.
struct AmiMessage
{
    QList<QPair<QString, QString>> fields;

    QString value(QStringView key) const;
    bool has(QStringView key) const;
    bool isEvent(QStringView name) const { return value(u"Event") == name; }
    QString eventName() const { return value(u"Event"); }
    QString actionId() const { return value(u"ActionID"); }
    bool isResponse() const { return has(u"Response"); }
    bool isSuccess() const { return value(u"Response").compare(u"Success", Qt::CaseInsensitive) == 0; }

    // The message as the wire carries it (CRLF lines, a blank line at the end).
    QByteArray toBytes() const;
};

// Cuts the byte stream of a manager connection into messages, however the bytes arrive: one at a
// time, split anywhere, many messages at once. The greeting line ("Asterisk Call Manager/11.0.0")
// comes first and alone. Lines end with CRLF (a bare LF is taken too). A message larger than
// MaxMessageBytes is a broken stream: the parser says so instead of growing without end.
class AmiParser
{
public:
    static constexpr qsizetype MaxMessageBytes = 1024 * 1024; // an unfinished line this long
    static constexpr qsizetype MaxFields = 10000; // a message with more fields than this

    // Takes the bytes; complete messages are appended to `out`. False when the stream is broken.
    bool feed(QByteArrayView bytes, QList<AmiMessage>& out);

    bool hasBanner() const { return m_bannerDone; }
    QString banner() const { return m_banner; }
    void reset();

private:
    QByteArray m_pending;
    AmiMessage m_current;
    bool m_bannerDone = false;
    QString m_banner;
};

} // namespace qw

Q_DECLARE_METATYPE(qw::AmiMessage)
