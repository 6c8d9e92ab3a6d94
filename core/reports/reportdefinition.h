#pragma once

#include "reports/reportperiod.h"
#include "reports/reportrunner.h"

#include "json/jsonfile.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <variant>

namespace qw {

// A report as the wizard builds it and a supervisor saves it to run again: what to read (a
// source spec), which period (a preset such as "last week", worked out again at each run, or
// fixed dates), which queues and agents, and the service-level threshold. Where the data lives
// (database, files) is not part of it: the same definition runs against any installation.
struct ReportDefinition
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportDefinition)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxSlThreshold = 86400;

    QString title;
    QString sourceSpec = QStringLiteral("cluster:A|B|C");
    // The wizard's and the report CLI's default: the day so far.
    PeriodPreset preset = PeriodPreset::Today;
    qint64 customFrom = 0; // with PeriodPreset::Custom
    qint64 customTo = 0;
    QString timeZone; // IANA id; empty: the system's
    QStringList queues; // empty: all
    QStringList agents; // empty: all
    qint64 slThreshold = 20;
    // Partitions the source reads from elsewhere than the database's queue_log table: "NAME=FILE"
    // or an Asterisk realtime table "NAME=mysql://...?table=T&tz=Z" (see SourceBindings::addPartition).
    // Bindings given with the run (the command line's --partition) win over these.
    QStringList partitions;

    QTimeZone zone() const;
    bool hasKnownZone() const;
    ReportPeriod periodAt(qint64 now) const;
    // The engine's request, or what is wrong with the definition. `now` is the moment the report
    // is made: it names the preset's period and ends the agents' open sessions and pauses.
    std::variant<ReportRequest, QString> toRequest(const SourceBindings& bindings, qint64 now) const;

    // A custom period from `from` to `to`; a missing end is the end of the day of the start, a
    // missing start the start of the day of the end (in the definition's zone).
    void setCustomPeriod(std::optional<qint64> from, std::optional<qint64> to, qint64 now);

    QByteArray toJson() const;
    // Definitions come from files: every field is checked, and a bad one is named.
    static std::variant<ReportDefinition, JsonProblem> fromObject(const QJsonObject& object);
    static std::variant<ReportDefinition, QString> fromJson(const QByteArray& json);

    friend bool operator==(const ReportDefinition&, const ReportDefinition&) = default;
};

} // namespace qw

Q_DECLARE_METATYPE(qw::ReportDefinition)
