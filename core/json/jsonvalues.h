#pragma once

#include <optional>
#include <QJsonValue>

namespace qw {

// A figure that may be missing (a ratio with nothing to divide by): JSON null, never 0 or NaN.
inline QJsonValue jsonOrNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue jsonOrNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// A name that may be missing (no agent): JSON null rather than "".
inline QJsonValue jsonOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace qw
