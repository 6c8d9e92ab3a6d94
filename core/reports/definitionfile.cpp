#include "reports/definitionfile.h"

#include <QFile>
#include <QSaveFile>

namespace qw {

std::variant<ReportDefinition, QString> DefinitionFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    if (file.size() > MaxFileSize)
        return tr("%1 is too large to be a report definition.").arg(path);
    const QByteArray json = file.read(MaxFileSize + 1);
    auto definition = ReportDefinition::fromJson(json);
    if (const auto* error = std::get_if<QString>(&definition))
        return tr("%1: %2").arg(path, *error);
    return definition;
}

std::optional<QString> DefinitionFile::write(const ReportDefinition& definition, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const QByteArray json = definition.toJson();
    if (file.write(json) != json.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace qw
