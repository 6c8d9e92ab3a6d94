#include "reports/outputguard.h"

#include <filesystem>
#include <QFile>

namespace qw {

bool OutputGuard::sameFile(const QString& a, const QString& b)
{
    std::error_code error;
    const bool same = std::filesystem::equivalent(std::filesystem::path(QFile::encodeName(a).toStdString()),
                                                  std::filesystem::path(QFile::encodeName(b).toStdString()), error);
    return !error && same;
}

std::optional<QString> OutputGuard::problemWith(const QString& output, const SourceSpec& spec,
                                                const SourceBindings& bindings)
{
    QList<std::pair<QString, QString>> inputs; // path, what it is to the report
    for (auto it = bindings.partitionFiles.cbegin(); it != bindings.partitionFiles.cend(); ++it) {
        if (!it.value().startsWith(u':')) // a Qt resource (the bundled sample) is not a file
            inputs.append({it.value(), tr("the queue_log of partition %1").arg(it.key())});
    }
    for (auto it = bindings.partitionTables.cbegin(); it != bindings.partitionTables.cend(); ++it) {
        if (it->url.driver() == DatabaseUrl::Driver::Sqlite)
            inputs.append({it->url.databaseName(), tr("the SQLite database of partition %1").arg(it.key())});
    }
    if (spec.kind() == SourceSpec::Kind::File)
        inputs.append({spec.filePath(), tr("the file: source")});
    if (bindings.database && bindings.database->driver() == DatabaseUrl::Driver::Sqlite)
        inputs.append({bindings.database->databaseName(), tr("the SQLite database")});
    for (const auto& [path, what] : inputs) {
        if (sameFile(output, path))
            return tr("%1 is %2 (%3): the report would overwrite what it reads.").arg(output, what, path);
    }
    return std::nullopt;
}

} // namespace qw
