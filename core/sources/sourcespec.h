#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace qw {

// One partition named by a spec, with the '-' flag that drops its agent events.
struct SpecPartition
{
    QString name;
    bool callsOnly = false; // trailing '-': agent-scope events of this partition are dropped

    friend bool operator==(const SpecPartition&, const SpecPartition&) = default;
};

// What a user types to name a source: `file:PATH`, `sql:A`, `cluster:A|B-|C`, `clustrw:A|B|C`.
// Parsing validates everything; a spec never reaches SQL as text.
class SourceSpec
{
    Q_DECLARE_TR_FUNCTIONS(qw::SourceSpec)
public:
    enum class Kind
    {
        File, // one flat queue_log file
        Sql, // one partition of the queue_log table
        Cluster, // partitions merged
        ClusterRewrite, // partitions merged, agents renamed per partition
    };

    static constexpr qsizetype MaxPartitionNameLength = 20;
    static constexpr qsizetype MaxSpecLength = 4096;

    struct Error
    {
        enum class Code
        {
            Empty,
            TooLong,
            UnknownPrefix,
            EmptyPath,
            EmptyBaseName,
            EmptyName,
            BadCharacter,
            NameTooLong,
            DuplicatePartition,
            FlagNotAllowed,
        };
        Code code = Code::Empty;
        qsizetype position = 0; // character offset in the spec where the problem starts
        QString message; // translated, names the offending part
    };

    SourceSpec() = default;

    static std::variant<SourceSpec, Error> parse(const QString& text);
    static SourceSpec file(const QString& path);
    static SourceSpec sql(const QString& partition);
    static SourceSpec cluster(QList<SpecPartition> partitions, bool renameAgents = false);

    // Partition name for a file source: the base name, every character outside [A-Za-z0-9_.]
    // replaced by '_', cut to 20. Empty when the path has no base name.
    static QString partitionNameForFile(const QString& path);
    static bool isValidPartitionName(const QString& name);

    Kind kind() const { return m_kind; }
    const QList<SpecPartition>& partitions() const { return m_partitions; }
    QStringList partitionNames() const; // in spec order
    const QString& filePath() const { return m_path; } // only for Kind::File
    bool renamesAgents() const { return m_kind == Kind::ClusterRewrite; }
    bool isValid() const { return !m_partitions.isEmpty(); }

    QString toString() const;

    friend bool operator==(const SourceSpec&, const SourceSpec&) = default;

private:
    Kind m_kind = Kind::Sql;
    QString m_path;
    QList<SpecPartition> m_partitions;
};

} // namespace qw
