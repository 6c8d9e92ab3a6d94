#pragma once

#include <QCoreApplication>
#include <QString>

namespace qw {

// What each report figure counts, in a sentence, keyed by the column's stable key ("offered",
// "service_level"): the report tables' header tooltips. docs/figures.md says the same at length.
class FigureHelp
{
    Q_DECLARE_TR_FUNCTIONS(qw::FigureHelp)
public:
    // Empty for a key without an explanation (names such as "queue" explain themselves).
    static QString describe(const QString& key);
};

} // namespace qw
