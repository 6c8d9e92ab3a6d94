#include "sources/membernames.h"

#include "sources/sourcespec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// A name or interface: not empty, not too long, no control characters (a line break would make
// a queue_log line of its own).
bool isCleanValue(const QString& value)
{
    if (value.trimmed().isEmpty() || value.size() > MemberNames::MaxValueLength)
        return false;
    return std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

MemberNames MemberNames::unitedWith(const MemberNames& other) const
{
    MemberNames united = *this;
    for (const QString& partition : other.partitions()) {
        const QHash<QString, MemberInfo> members = other.of(partition);
        for (auto it = members.cbegin(); it != members.cend(); ++it)
            united.set(partition, it.key(), it.value());
    }
    return united;
}

void MemberNames::set(const QString& partition, const QString& interface, const MemberInfo& member)
{
    m_byPartition[partition].insert(interface, member);
}

QJsonObject MemberNames::toObject() const
{
    QJsonObject object;
    for (auto partition = m_byPartition.cbegin(); partition != m_byPartition.cend(); ++partition) {
        QJsonObject members;
        for (auto member = partition->cbegin(); member != partition->cend(); ++member) {
            if (member->staticQueues.isEmpty())
                members.insert(member.key(), member->name);
            else
                members.insert(member.key(),
                               QJsonObject {{u"name"_s, member->name},
                                            {u"static"_s, QJsonArray::fromStringList(member->staticQueues)}});
        }
        object.insert(partition.key(), members);
    }
    return object;
}

std::variant<MemberNames, QString> MemberNames::readFile(const QString& path)
{
    auto file = JsonFile::read(path, MaxFileSize, tr("a member-names file"));
    if (const auto* error = std::get_if<QString>(&file))
        return *error;
    const JsonFile::Document& document = std::get<JsonFile::Document>(file);
    auto names = fromObject(document.object);
    if (const auto* problem = std::get_if<JsonProblem>(&names))
        return JsonFile::describe(path, document.text, *problem);
    return std::get<MemberNames>(std::move(names));
}

std::variant<MemberNames, JsonProblem> MemberNames::fromObject(const QJsonObject& object)
{
    MemberNames names;
    for (auto partition = object.constBegin(); partition != object.constEnd(); ++partition) {
        if (!SourceSpec::isValidPartitionName(partition.key()))
            return JsonProblem {partition.key(), tr("not a partition name (1 to 20 of A-Z, a-z, 0-9, \"_\", \".\").")};
        if (!partition.value().isObject())
            return JsonProblem {partition.key(), tr("must map interfaces to member names.")};
        const QJsonObject members = partition.value().toObject();
        for (auto member = members.constBegin(); member != members.constEnd(); ++member) {
            if (!isCleanValue(member.key()))
                return JsonProblem {member.key(), tr("not a usable interface.")};
            MemberInfo info;
            if (member.value().isString()) {
                info.name = member.value().toString();
            } else if (member.value().isObject()) {
                const QJsonObject details = member.value().toObject();
                info.name = details.value(u"name"_s).toString();
                const QJsonValue queues = details.value(u"static"_s);
                if (!queues.isUndefined() && !queues.isArray())
                    return JsonProblem {member.key(),
                                        tr("\"static\" must list the queues where it is a static member.")};
                for (const QJsonValue& queue : queues.toArray()) {
                    if (!queue.isString() || !isCleanValue(queue.toString()))
                        return JsonProblem {member.key(), tr("\"static\" must list queue names.")};
                    info.staticQueues.append(queue.toString());
                }
            } else {
                return JsonProblem {member.key(), tr("must be a member name, or an object with \"name\".")};
            }
            if (!isCleanValue(info.name))
                return JsonProblem {member.key(), tr("needs a member name.")};
            names.set(partition.key(), member.key(), info);
        }
    }
    return names;
}

} // namespace qw
