#include "reports/reportdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr qint64 MaxSlThreshold = 86400;

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

std::optional<QStringList> stringsOf(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList strings;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return std::nullopt;
        strings.append(item.toString().trimmed());
    }
    return strings;
}
} // namespace

bool ReportDefinition::hasKnownZone() const
{
    // A POSIX TZ string such as "Nowhere" would make a valid but meaningless zone: ask the
    // zone database instead.
    return timeZone.isEmpty() || QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8());
}

QTimeZone ReportDefinition::zone() const
{
    return timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timeZone.toUtf8());
}

ReportPeriod ReportDefinition::periodAt(qint64 now) const
{
    if (preset == PeriodPreset::Custom)
        return {customFrom, customTo};
    return PeriodPresets::periodAt(preset, now, zone());
}

std::variant<ReportRequest, QString> ReportDefinition::toRequest(const SourceBindings& bindings, qint64 now) const
{
    const auto spec = SourceSpec::parse(sourceSpec.trimmed());
    if (const auto* error = std::get_if<SourceSpec::Error>(&spec))
        return error->message;
    if (!hasKnownZone() || !zone().isValid())
        return tr("Unknown time zone \"%1\".").arg(timeZone);
    if (slThreshold < 0 || slThreshold > MaxSlThreshold)
        return tr("The service-level threshold must be from 0 to %1 seconds.").arg(MaxSlThreshold);
    const ReportPeriod period = periodAt(now);
    if (const QString problem = PeriodPresets::problemWith(period); !problem.isEmpty())
        return problem;
    ReportRequest request;
    request.spec = std::get<SourceSpec>(spec);
    request.bindings = bindings;
    request.options.from = period.from;
    request.options.to = period.to;
    request.options.timeZone = zone();
    request.options.slThreshold = slThreshold;
    request.options.now = now; // agent time of a period still running stops at now
    request.options.withCalls = true; // the views list every call
    request.options.queues = QSet<QString>(queues.cbegin(), queues.cend());
    request.options.agents = QSet<QString>(agents.cbegin(), agents.cend());
    return request;
}

QByteArray ReportDefinition::toJson() const
{
    QJsonObject object {
        {u"format"_s, FormatVersion},   {u"title"_s, title},
        {u"source"_s, sourceSpec},      {u"period"_s, PeriodPresets::key(preset)},
        {u"time_zone"_s, timeZone},     {u"queues"_s, toArray(queues)},
        {u"agents"_s, toArray(agents)}, {u"sl_threshold"_s, slThreshold},
    };
    if (preset == PeriodPreset::Custom) {
        object.insert(u"from"_s, customFrom);
        object.insert(u"to"_s, customTo);
    }
    return QJsonDocument(object).toJson();
}

std::variant<ReportDefinition, QString> ReportDefinition::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("Not a report definition: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset);
    if (!document.isObject())
        return tr("Not a report definition: expected a JSON object.");
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toInt() != FormatVersion)
        return tr("Unsupported report definition format (expected %1).").arg(FormatVersion);

    ReportDefinition definition;
    definition.title = object.value(u"title"_s).toString();
    definition.sourceSpec = object.value(u"source"_s).toString();
    if (const auto spec = SourceSpec::parse(definition.sourceSpec); std::holds_alternative<SourceSpec::Error>(spec))
        return tr("Bad source: %1").arg(std::get<SourceSpec::Error>(spec).message);
    const auto preset = PeriodPresets::fromKey(object.value(u"period"_s).toString());
    if (!preset)
        return tr("Unknown period \"%1\".").arg(object.value(u"period"_s).toString());
    definition.preset = *preset;
    if (definition.preset == PeriodPreset::Custom) {
        const QJsonValue from = object.value(u"from"_s);
        const QJsonValue to = object.value(u"to"_s);
        if (!from.isDouble() || !to.isDouble() || to.toInteger() <= from.toInteger())
            return tr("A custom period needs \"from\" before \"to\" (epoch seconds).");
        definition.customFrom = from.toInteger();
        definition.customTo = to.toInteger();
    }
    definition.timeZone = object.value(u"time_zone"_s).toString();
    if (!definition.hasKnownZone() || !definition.zone().isValid())
        return tr("Unknown time zone \"%1\".").arg(definition.timeZone);
    const auto queues = stringsOf(object.value(u"queues"_s));
    const auto agents = stringsOf(object.value(u"agents"_s));
    if (!queues || !agents)
        return tr("\"queues\" and \"agents\" must be lists of names.");
    definition.queues = *queues;
    definition.agents = *agents;
    const QJsonValue sl = object.value(u"sl_threshold"_s);
    if (!sl.isUndefined()) {
        if (!sl.isDouble() || sl.toInteger(-1) < 0 || sl.toInteger() > MaxSlThreshold)
            return tr("\"sl_threshold\" must be from 0 to %1 seconds.").arg(MaxSlThreshold);
        definition.slThreshold = sl.toInteger();
    }
    return definition;
}

} // namespace qw
