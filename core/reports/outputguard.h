#pragma once

#include "sources/sourcebindings.h"
#include "sources/sourcespec.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace qw {

// Keeps an export from overwriting what the report reads: a --partition file, the file: source
// or the SQLite database. The same file is recognised through symbolic and hard links.
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(qw::OutputGuard)
public:
    // Why writing `output` would destroy an input ("--output X is the queue_log of partition
    // A (/logs/A.queue_log)..."), or nothing when it is safe.
    static std::optional<QString> problemWith(const QString& output, const SourceSpec& spec,
                                              const SourceBindings& bindings);

    // Whether two paths name one file (both must exist).
    static bool sameFile(const QString& a, const QString& b);
};

} // namespace qw
