#include "sources/sourcebindings.h"

#include "sources/sourcespec.h"

namespace qw {

std::variant<std::pair<QString, QString>, QString> SourceBindings::parsePartitionFile(const QString& text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals < 0)
        return tr("\"%1\" should be NAME=PATH, for example A=/var/log/asterisk/queue_log.").arg(text);
    const QString name = text.first(equals);
    const QString path = text.sliced(equals + 1);
    if (!SourceSpec::isValidPartitionName(name))
        return tr("\"%1\" is not a partition name: use 1 to 20 of A-Z, a-z, 0-9, \"_\" and \".\".").arg(name);
    if (path.isEmpty())
        return tr("The partition %1 needs a file path after \"=\".").arg(name);
    return std::pair {name, path};
}

} // namespace qw
