#include "reports/reportdefinition.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
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
    request.bindings.tableZone = zone();
    for (const QString& partition : partitions) {
        const QString name = partition.section(u'=', 0, 0);
        if (bindings.partitionFiles.contains(name) || bindings.partitionTables.contains(name))
            continue;
        if (const auto error = request.bindings.addPartition(partition))
            return *error;
    }
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

void ReportDefinition::setCustomPeriod(std::optional<qint64> from, std::optional<qint64> to, qint64 now)
{
    const QTimeZone zoneOfPeriod = zone();
    const auto startOfDay = [&](qint64 time) {
        return PeriodPresets::startOf(QDateTime::fromSecsSinceEpoch(time, zoneOfPeriod).date(), zoneOfPeriod);
    };
    const ReportPeriod current = periodAt(now);
    preset = PeriodPreset::Custom;
    customFrom = from.value_or(to ? startOfDay(*to - 1) : current.from);
    customTo = to.value_or(PeriodPresets::startOf(
        QDateTime::fromSecsSinceEpoch(customFrom, zoneOfPeriod).date().addDays(1), zoneOfPeriod));
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
    if (!partitions.isEmpty())
        object.insert(u"partitions"_s, toArray(partitions));
    return QJsonDocument(object).toJson();
}

std::variant<ReportDefinition, QString> ReportDefinition::fromJson(const QByteArray& json)
{
    auto parsed = JsonFile::parse(json, tr("a report definition"));
    if (const auto* problem = std::get_if<JsonProblem>(&parsed))
        return problem->message;
    auto definition = fromObject(std::get<QJsonObject>(parsed));
    if (const auto* problem = std::get_if<JsonProblem>(&definition))
        return problem->field.isEmpty() ? problem->message : u"\""_s + problem->field + u"\": "_s + problem->message;
    return std::get<ReportDefinition>(std::move(definition));
}

std::variant<ReportDefinition, JsonProblem> ReportDefinition::fromObject(const QJsonObject& object)
{
    if (object.value(u"format"_s).toInt() != FormatVersion)
        return JsonProblem {u"format"_s, tr("unsupported report definition format (expected %1).").arg(FormatVersion)};

    ReportDefinition definition;
    const QJsonValue title = object.value(u"title"_s);
    if (!title.isUndefined() && !title.isString())
        return JsonProblem {u"title"_s, tr("must be text.")};
    definition.title = title.toString();
    definition.sourceSpec = object.value(u"source"_s).toString();
    if (const auto spec = SourceSpec::parse(definition.sourceSpec); std::holds_alternative<SourceSpec::Error>(spec))
        return JsonProblem {u"source"_s, tr("bad source: %1").arg(std::get<SourceSpec::Error>(spec).message)};
    const auto preset = PeriodPresets::fromKey(object.value(u"period"_s).toString());
    if (!preset)
        return JsonProblem {u"period"_s, tr("unknown period \"%1\".").arg(object.value(u"period"_s).toString())};
    definition.preset = *preset;
    if (definition.preset == PeriodPreset::Custom) {
        const QJsonValue from = object.value(u"from"_s);
        const QJsonValue to = object.value(u"to"_s);
        if (!from.isDouble())
            return JsonProblem {u"from"_s, tr("a custom period needs \"from\" (epoch seconds).")};
        if (!to.isDouble() || to.toInteger() <= from.toInteger())
            return JsonProblem {u"to"_s, tr("a custom period needs \"to\" after \"from\" (epoch seconds).")};
        definition.customFrom = from.toInteger();
        definition.customTo = to.toInteger();
    }
    definition.timeZone = object.value(u"time_zone"_s).toString();
    if (!definition.hasKnownZone() || !definition.zone().isValid())
        return JsonProblem {u"time_zone"_s, tr("unknown time zone \"%1\".").arg(definition.timeZone)};
    for (const QString& key : {u"queues"_s, u"agents"_s}) {
        const auto names = stringsOf(object.value(key));
        if (!names)
            return JsonProblem {key, tr("must be a list of names.")};
        (key == u"queues" ? definition.queues : definition.agents) = *names;
    }
    if (object.contains(u"partitions"_s)) {
        const auto partitions = stringsOf(object.value(u"partitions"_s));
        if (!partitions)
            return JsonProblem {u"partitions"_s, tr("must be a list of NAME=FILE or NAME=URL?table=TABLE.")};
        SourceBindings checked;
        for (const QString& partition : *partitions) {
            if (const auto error = checked.addPartition(partition))
                return JsonProblem {u"partitions"_s, *error};
        }
        definition.partitions = *partitions;
    }
    const QJsonValue sl = object.value(u"sl_threshold"_s);
    if (!sl.isUndefined()) {
        if (!sl.isDouble() || sl.toInteger(-1) < 0 || sl.toInteger() > MaxSlThreshold)
            return JsonProblem {u"sl_threshold"_s, tr("must be from 0 to %1 seconds.").arg(MaxSlThreshold)};
        definition.slThreshold = sl.toInteger();
    }
    return definition;
}

} // namespace qw
