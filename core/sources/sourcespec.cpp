#include "sources/sourcespec.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr QLatin1StringView FilePrefix("file:");
constexpr QLatin1StringView SqlPrefix("sql:");
constexpr QLatin1StringView ClusterPrefix("cluster:");
constexpr QLatin1StringView RewritePrefix("clustrw:");

bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.';
}

using Error = SourceSpec::Error;
using Code = Error::Code;
} // namespace

bool SourceSpec::isValidPartitionName(const QString& name)
{
    if (name.isEmpty() || name.size() > MaxPartitionNameLength)
        return false;
    return std::all_of(name.cbegin(), name.cend(), isNameCharacter);
}

QString SourceSpec::partitionNameForFile(const QString& path)
{
    QString base = QFileInfo(path).fileName();
    for (QChar& c : base) {
        if (!isNameCharacter(c))
            c = u'_';
    }
    return base.left(MaxPartitionNameLength);
}

SourceSpec SourceSpec::file(const QString& path)
{
    SourceSpec spec;
    spec.m_kind = Kind::File;
    spec.m_path = path;
    spec.m_partitions = {SpecPartition {partitionNameForFile(path), false}};
    return spec;
}

SourceSpec SourceSpec::sql(const QString& partition)
{
    SourceSpec spec;
    spec.m_kind = Kind::Sql;
    spec.m_partitions = {SpecPartition {partition, false}};
    return spec;
}

SourceSpec SourceSpec::cluster(QList<SpecPartition> partitions, bool renameAgents)
{
    SourceSpec spec;
    spec.m_kind = renameAgents ? Kind::ClusterRewrite : Kind::Cluster;
    spec.m_partitions = std::move(partitions);
    return spec;
}

std::variant<SourceSpec, SourceSpec::Error> SourceSpec::parse(const QString& text)
{
    if (text.isEmpty())
        return Error {Code::Empty, 0,
                      tr("The source is empty: write file:PATH, sql:NAME, cluster:A|B or clustrw:A|B.")};
    if (text.size() > MaxSpecLength)
        return Error {
            Code::TooLong, MaxSpecLength,
            tr("The source is %1 characters long; at most %2 are allowed.").arg(text.size()).arg(MaxSpecLength)};

    if (text.startsWith(FilePrefix)) {
        const QString path = text.sliced(FilePrefix.size());
        if (path.isEmpty())
            return Error {Code::EmptyPath, FilePrefix.size(), tr("\"file:\" needs a path after it.")};
        if (partitionNameForFile(path).isEmpty())
            return Error {Code::EmptyBaseName, FilePrefix.size(),
                          tr("The path \"%1\" has no file name to name its partition after.").arg(path)};
        if (path.endsWith(u'-'))
            return Error {Code::FlagNotAllowed, text.size() - 1,
                          tr("The path \"%1\" ends in \"-\": the calls-only flag is allowed in cluster: and clustrw: "
                             "sources only.")
                              .arg(path)};
        return file(path);
    }

    Kind kind;
    qsizetype offset;
    if (text.startsWith(SqlPrefix)) {
        kind = Kind::Sql;
        offset = SqlPrefix.size();
    } else if (text.startsWith(ClusterPrefix)) {
        kind = Kind::Cluster;
        offset = ClusterPrefix.size();
    } else if (text.startsWith(RewritePrefix)) {
        kind = Kind::ClusterRewrite;
        offset = RewritePrefix.size();
    } else {
        const qsizetype colon = text.indexOf(u':');
        const QString prefix = colon < 0 ? text : text.first(colon + 1);
        return Error {Code::UnknownPrefix, 0,
                      tr("Unknown source type \"%1\": a source starts with file:, sql:, cluster: or clustrw: "
                         "(lower case).")
                          .arg(prefix)};
    }

    QList<SpecPartition> partitions;
    QSet<QString> seen;
    const QStringList names = text.sliced(offset).split(u'|');
    if (kind == Kind::Sql && names.size() > 1)
        return Error {Code::BadCharacter, offset + names.first().size(),
                      tr("\"sql:\" names one partition; use cluster: to merge several.")};

    qsizetype position = offset;
    for (const QString& item : names) {
        QString name = item;
        bool callsOnly = false;
        if (name.endsWith(u'-')) {
            if (kind == Kind::Sql)
                return Error {Code::FlagNotAllowed, position + name.size() - 1,
                              tr("\"%1\": the calls-only flag \"-\" is allowed in cluster: and clustrw: sources only.")
                                  .arg(name)};
            name.chop(1);
            callsOnly = true;
        }
        if (name.isEmpty())
            return Error {Code::EmptyName, position,
                          tr("Empty partition name at character %1 of \"%2\".").arg(position + 1).arg(text)};
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (!isNameCharacter(name.at(i)))
                return Error {Code::BadCharacter, position + i,
                              tr("Partition \"%1\" has the character \"%2\" at position %3; names use only A-Z, a-z, "
                                 "0-9, \"_\" and \".\".")
                                  .arg(name, name.at(i))
                                  .arg(position + i + 1)};
        }
        if (name.size() > MaxPartitionNameLength)
            return Error {Code::NameTooLong, position,
                          tr("Partition name \"%1\" is %2 characters long; at most %3 are allowed.")
                              .arg(name)
                              .arg(name.size())
                              .arg(MaxPartitionNameLength)};
        if (seen.contains(name))
            return Error {Code::DuplicatePartition, position,
                          tr("Partition \"%1\" appears twice in the source.").arg(name)};
        seen.insert(name);
        partitions.append(SpecPartition {name, callsOnly});
        position += item.size() + 1;
    }

    if (kind == Kind::Sql)
        return sql(partitions.first().name);
    return cluster(std::move(partitions), kind == Kind::ClusterRewrite);
}

QString SourceSpec::toString() const
{
    switch (m_kind) {
    case Kind::File:
        return FilePrefix + m_path;
    case Kind::Sql:
        return SqlPrefix + (m_partitions.isEmpty() ? QString() : m_partitions.first().name);
    case Kind::Cluster:
    case Kind::ClusterRewrite: {
        QString text = m_kind == Kind::Cluster ? QString(ClusterPrefix) : QString(RewritePrefix);
        for (qsizetype i = 0; i < m_partitions.size(); ++i) {
            if (i > 0)
                text += u'|';
            text += m_partitions[i].name;
            if (m_partitions[i].callsOnly)
                text += u'-';
        }
        return text;
    }
    }
    return {};
}

QStringList SourceSpec::partitionNames() const
{
    QStringList names;
    names.reserve(m_partitions.size());
    for (const SpecPartition& partition : m_partitions)
        names.append(partition.name);
    return names;
}

} // namespace qw
