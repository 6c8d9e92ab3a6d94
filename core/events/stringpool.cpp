#include "events/stringpool.h"

namespace qw {

QString StringPool::intern(QStringView text)
{
    // fromRawData wraps the caller's characters without copying: a hit allocates nothing.
    const QString key = QString::fromRawData(text.data(), text.size());
    const auto it = m_byText.constFind(key);
    if (it != m_byText.cend())
        return it.value();
    if (m_byText.size() >= m_limit)
        m_byText.clear();
    const QString value = text.toString();
    m_byText.insert(value, value);
    return value;
}

QString StringPool::internUtf8(QByteArrayView utf8)
{
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    const auto it = m_byUtf8.constFind(key);
    if (it != m_byUtf8.cend())
        return it.value();
    if (m_byUtf8.size() >= m_limit)
        m_byUtf8.clear();
    const QString value = QString::fromUtf8(utf8);
    m_byUtf8.insert(utf8.toByteArray(), value);
    return value;
}

} // namespace qw
