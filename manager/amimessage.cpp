#include "amimessage.h"

namespace qw {

QString AmiMessage::value(QStringView key) const
{
    for (const auto& [name, text] : fields) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return text;
    }
    return {};
}

bool AmiMessage::has(QStringView key) const
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [key](const auto& field) { return field.first.compare(key, Qt::CaseInsensitive) == 0; });
}

QByteArray AmiMessage::toBytes() const
{
    QByteArray bytes;
    for (const auto& [name, text] : fields) {
        // A line break inside a value would end the field early, or the message: never sent.
        QString clean = text;
        clean.replace(u'\r', u' ').replace(u'\n', u' ');
        bytes += name.toUtf8() + ": " + clean.toUtf8() + "\r\n";
    }
    return bytes + "\r\n";
}

void AmiParser::reset()
{
    m_pending.clear();
    m_current = {};
    m_bannerDone = false;
    m_banner.clear();
}

bool AmiParser::feed(QByteArrayView bytes, QList<AmiMessage>& out)
{
    m_pending.append(bytes.data(), bytes.size());
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_pending.indexOf('\n', start);
        if (newline < 0)
            break;
        qsizetype end = newline;
        if (end > start && m_pending.at(end - 1) == '\r')
            --end;
        const QByteArrayView line(m_pending.constData() + start, end - start);
        start = newline + 1;
        if (!m_bannerDone) {
            m_banner = QString::fromUtf8(line);
            m_bannerDone = true;
            continue;
        }
        if (line.isEmpty()) {
            if (!m_current.fields.isEmpty()) {
                out.append(std::move(m_current));
                m_current = {};
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a field (Asterisk sends none such): passed over
        qsizetype valueStart = colon + 1;
        while (valueStart < line.size() && line.at(valueStart) == ' ')
            ++valueStart;
        m_current.fields.append({QString::fromLatin1(line.first(colon)), QString::fromUtf8(line.sliced(valueStart))});
        if (m_current.fields.size() > MaxFields)
            return false;
    }
    m_pending.remove(0, start);
    return m_pending.size() <= MaxMessageBytes;
}

} // namespace qw
