#include "reports/definitionfile.h"

namespace qw {

std::variant<ReportDefinition, QString> DefinitionFile::read(const QString& path)
{
    auto file = JsonFile::read(path, MaxFileSize, tr("a report definition"));
    if (const auto* error = std::get_if<QString>(&file))
        return *error;
    const JsonFile::Document& document = std::get<JsonFile::Document>(file);
    auto definition = ReportDefinition::fromObject(document.object);
    if (const auto* problem = std::get_if<JsonProblem>(&definition))
        return JsonFile::describe(path, document.text, *problem);
    return std::get<ReportDefinition>(std::move(definition));
}

std::optional<QString> DefinitionFile::write(const ReportDefinition& definition, const QString& path)
{
    return JsonFile::write(path, definition.toJson());
}

} // namespace qw
