#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringView>

namespace qw {

// Hands out one shared QString per distinct value. Queue, agent and verb values repeat on
// nearly every row; sharing them saves an allocation per field and makes equal strings cheap
// to compare. Bounded: past `limit` distinct values it starts afresh, so odd input cannot make
// it grow for ever.
class StringPool
{
public:
    explicit StringPool(qsizetype limit = 4096)
        : m_limit(limit)
    { }

    QString intern(QStringView text);
    QString internUtf8(QByteArrayView utf8);

private:
    qsizetype m_limit;
    QHash<QString, QString> m_byText;
    QHash<QByteArray, QString> m_byUtf8;
};

} // namespace qw
