// Black-box helpers for the report semantics suites: write queue_log files, run
// queuewatch-report on them, and compare its JSON with figures worked out by hand.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace qw::test {

// One run of queuewatch-report.
struct ReportRun
{
    int exitCode = -1;
    QJsonObject json; // stdout parsed as a JSON object (empty when it is not one)
    QString out;
    QString err;
    QString jsonError; // why stdout is not a JSON object; empty when it is
    QStringList arguments;

    bool ok() const { return exitCode == 0 && jsonError.isEmpty(); }
    // For failure messages: the command line, exit code, stderr and the start of stdout.
    QString summary() const;
};

// Runs the program (60 s limit); stdout is parsed as JSON when it looks like an object.
ReportRun runReport(const QStringList& arguments);

// Writes the lines, each followed by '\n', to dir/name; returns the path.
QString writeQueueLog(const QTemporaryDir& dir, const QString& name, const QStringList& lines);
// Writes bytes exactly as given (CRLF, missing last newline, invalid UTF-8).
QString writeBytes(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);

// A queue_log line: "<time>|<rest>".
QString ql(qint64 time, const QString& rest);

// Partitions backed by files in one temporary directory, and program runs over them.
class LogSet
{
public:
    LogSet();
    LogSet(const LogSet&) = delete;
    LogSet& operator=(const LogSet&) = delete;

    // Writes <dir>/<partition>.queue_log and adds "--partition partition=path".
    void add(const QString& partition, const QStringList& lines);
    // The same with the bytes given as they are.
    void addBytes(const QString& partition, const QByteArray& bytes);
    QString path(const QString& partition) const { return m_paths.value(partition); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    const QTemporaryDir& dir() const { return m_dir; }
    QStringList partitionArguments() const { return m_arguments; }

    // A report of [from, to); "--tz UTC" unless extra names --tz, "--now to" (made after the
    // period) unless extra names --now.
    ReportRun report(const QString& spec, qint64 from, qint64 to, const QStringList& extra = {}) const;
    // The live state at `at`; "--tz UTC" unless extra names --tz.
    ReportRun live(const QString& spec, qint64 at, const QStringList& extra = {}) const;

private:
    QTemporaryDir m_dir;
    QStringList m_arguments;
    QMap<QString, QString> m_paths;
};

// An expected value at a path inside a JSON value: "a.b.c" walks objects, "a.2" an array index.
// Numbers are compared within 1e-9; QJsonValue::Undefined means "the key must be absent";
// arrays and objects are compared deeply (numbers inside them within 1e-9 too).
struct Field
{
    QString path;
    QJsonValue value;
};
using Fields = QList<Field>;

inline constexpr QJsonValue::Type Null = QJsonValue::Null;
inline constexpr QJsonValue::Type Absent = QJsonValue::Undefined;

// The fields of an object as expectations (for comparing only the keys the contract names).
Fields fieldsOf(const QJsonObject& expected);
// The KPI of a scope with no counted stint: every count and total_talk 0, every ratio, average and
// max null (semantics.md section 6: "a ratio with a zero denominator is null").
Fields emptyKpi();
// True when the warnings count `count` lost stints (see the CONTRACT note in reportrun.cpp).
bool warnsLost(const QJsonObject& report, int count);
// Every mismatch, one per line (empty when everything matches).
QString mismatches(const QJsonValue& actual, const Fields& expected);
// Deep comparison with the numeric tolerance; empty when equal, else where they differ.
QString jsonDifference(const QJsonValue& actual, const QJsonValue& expected, const QString& where = {});
// The value at a dotted path (Undefined when missing).
QJsonValue at(const QJsonValue& root, const QString& path);

// report["section"]["name"] as an object (empty when missing).
QJsonObject entry(const QJsonObject& report, const QString& section, const QString& name);
// The CALL of (server, call id, queue); with enter >= 0 also matching "enter". Empty when none.
QJsonObject findCall(const QJsonObject& report, const QString& server, const QString& callId, const QString& queue,
                     qint64 enter = -1);
// A live waiting/talking entry of (server, call id, queue); empty when none.
QJsonObject findLive(const QJsonObject& live, const QString& list, const QString& server, const QString& callId,
                     const QString& queue);
// The keys of an object, sorted.
QStringList keysOf(const QJsonValue& object);
// The strings of an array in their order; sortedStrings sorts them.
QStringList stringsOf(const QJsonValue& array);
QStringList sortedStrings(const QJsonValue& array);
// The warnings array as strings.
QStringList warningsOf(const QJsonObject& report);
// Rows of a simple CSV text (quotes "" and commas inside quotes handled; a trailing empty line dropped).
QList<QStringList> parseCsv(const QString& text);

} // namespace qw::test

// The program ran, exited 0 and printed a JSON object.
#define QW_REQUIRE_OK(run) QVERIFY2((run).ok(), qPrintable((run).summary()))

// Compares fields of a JSON value with expected values, reporting every mismatch at once:
// QW_CHECK_FIELDS(object, {{u"offered"_s, 3}, {u"service_level"_s, Null}});
#define QW_CHECK_FIELDS(actual, ...)                                                                                   \
    do {                                                                                                               \
        const QString qwMismatch_ = ::qw::test::mismatches((actual), ::qw::test::Fields(__VA_ARGS__));                 \
        QVERIFY2(qwMismatch_.isEmpty(), qPrintable(qwMismatch_));                                                      \
    } while (false)

// Deep JSON comparison with the numeric tolerance.
#define QW_COMPARE_JSON(actual, expected)                                                                              \
    do {                                                                                                               \
        const QString qwDifference_ = ::qw::test::jsonDifference((actual), (expected));                                \
        QVERIFY2(qwDifference_.isEmpty(), qPrintable(qwDifference_));                                                  \
    } while (false)
