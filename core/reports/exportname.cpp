#include "reports/exportname.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
QString safeForFileNames(const QString& text)
{
    static const QString refused = u"/\\:*?\"<>|"_s;
    QString result;
    bool dash = false; // a run of refused characters becomes one "-"
    for (const QChar c : text) {
        const bool bad = refused.contains(c) || c.isSpace() || c.category() == QChar::Other_Control;
        if (bad) {
            dash = !result.isEmpty();
            continue;
        }
        if (dash)
            result += u'-';
        dash = false;
        result += c;
    }
    // A name of dots only ("." or "..") names a folder, not a file.
    if (result.count(u'.') == result.size())
        result.clear();
    return result.left(80);
}
} // namespace

QString exportFileName(const QString& title, qint64 periodFrom, const QTimeZone& zone, const QString& what,
                       const QString& extension)
{
    QStringList parts;
    if (const QString name = safeForFileNames(title); !name.isEmpty())
        parts << name;
    parts << QDateTime::fromSecsSinceEpoch(periodFrom, zone).date().toString(Qt::ISODate);
    if (const QString part = safeForFileNames(what); !part.isEmpty())
        parts << part;
    return parts.join(u'-') + u'.' + extension;
}

} // namespace qw
