#pragma once

#include "reports/reportdefinition.h"

#include <optional>

namespace qw {

// Report definitions saved by supervisors, read back to run them again. Files are not trusted:
// a missing, unreadable or malformed file gives a message that names it, and a bad field its
// line ("/x/daily.json:7: "sl_threshold": must be from 0 to 86400 seconds.").
class DefinitionFile
{
    Q_DECLARE_TR_FUNCTIONS(qw::DefinitionFile)
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024; // a definition is a few hundred bytes

    static std::variant<ReportDefinition, QString> read(const QString& path);
    // Written whole or not at all (a failed save leaves an older file as it was). The error, if any.
    static std::optional<QString> write(const ReportDefinition& definition, const QString& path);
};

} // namespace qw
