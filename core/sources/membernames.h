#pragma once

#include "json/jsonfile.h"
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <variant>

namespace qw {

// One queue member as its server knows it: the name Asterisk logs for it, and the queues where
// it is a static member (defined in queues.conf, so no line of the log ever logs it in).
struct MemberInfo
{
    QString name;
    QStringList staticQueues;

    friend bool operator==(const MemberInfo&, const MemberInfo&) = default;
};

// Which member name stands for which queue-member interface, per partition. On its default
// setting (log_membername_as_agent = no) Asterisk logs ADDMEMBER and REMOVEMEMBER under the
// member's interface ("Local/agent3@agents/n") and every other line under its member name
// ("Agent Three"); with this map the pipeline's rewrite step turns the interface into the name,
// so each member is one agent. An interface the map does not know keeps its value.
//
// Kept by the user as a JSON file:
//   {"A": {"Local/agent3@agents/n": "Agent Three",
//          "Local/agent1@agents/n": {"name": "Agent One", "static": ["support"]}}, "B": {...}}
class MemberNames
{
    Q_DECLARE_TR_FUNCTIONS(qw::MemberNames)
public:
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;
    static constexpr int MaxValueLength = 200;

    bool isEmpty() const { return m_byPartition.isEmpty(); }
    // The members of a partition by interface (empty when none is known).
    QHash<QString, MemberInfo> of(const QString& partition) const { return m_byPartition.value(partition); }
    void set(const QString& partition, const QString& interface, const MemberInfo& member);
    // These names with `other`'s added; where both know an interface, `other` wins.
    MemberNames unitedWith(const MemberNames& other) const;
    QStringList partitions() const { return m_byPartition.keys(); }

    static std::variant<MemberNames, QString> readFile(const QString& path);
    QJsonObject toObject() const; // the file's form
    static std::variant<MemberNames, JsonProblem> fromObject(const QJsonObject& object);

    friend bool operator==(const MemberNames&, const MemberNames&) = default;

private:
    QHash<QString, QHash<QString, MemberInfo>> m_byPartition;
};

} // namespace qw
