#include "reportrun.h"

#include "support/fixtures.h"

#include <cmath>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace qw::test {

namespace {
constexpr int TimeoutMs = 60000;
constexpr double Tolerance = 1e-9;

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return u"(absent)"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString joinPath(const QString& where, const QString& key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

bool hasTz(const QStringList& extra)
{
    return extra.contains(u"--tz"_s);
}
} // namespace

QString ReportRun::summary() const
{
    QString text = u"queuewatch-report "_s + arguments.join(u' ') + u"\n  exit code "_s + QString::number(exitCode);
    if (!jsonError.isEmpty())
        text += u"\n  stdout is not a JSON object: "_s + jsonError;
    if (!err.isEmpty())
        text += u"\n  stderr: "_s + err.left(2000);
    if (!out.isEmpty())
        text += u"\n  stdout: "_s + out.left(2000);
    return text;
}

ReportRun runReport(const QStringList& arguments)
{
    ReportRun run;
    run.arguments = arguments;
    QProcess process;
    process.start(binaryPath(u"queuewatch-report"_s), arguments);
    if (!process.waitForStarted(TimeoutMs)) {
        run.err = u"could not start: "_s + process.errorString();
        run.jsonError = run.err;
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(TimeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(5000);
        run.err = u"did not finish normally: "_s + process.errorString();
        run.jsonError = run.err;
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        run.jsonError = error.errorString() + u" at offset "_s + QString::number(error.offset);
    else if (!document.isObject())
        run.jsonError = u"not an object"_s;
    else
        run.json = document.object();
    return run;
}

QString writeBytes(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QString writeQueueLog(const QTemporaryDir& dir, const QString& name, const QStringList& lines)
{
    QByteArray bytes;
    for (const QString& line : lines)
        bytes += line.toUtf8() + '\n';
    return writeBytes(dir, name, bytes);
}

QString ql(qint64 time, const QString& rest)
{
    return QString::number(time) + u'|' + rest;
}

LogSet::LogSet() = default;

void LogSet::add(const QString& partition, const QStringList& lines)
{
    const QString path = writeQueueLog(m_dir, partition + u".queue_log"_s, lines);
    m_paths.insert(partition, path);
    m_arguments << u"--partition"_s << partition + u'=' + path;
}

void LogSet::addBytes(const QString& partition, const QByteArray& bytes)
{
    const QString path = writeBytes(m_dir, partition + u".queue_log"_s, bytes);
    m_paths.insert(partition, path);
    m_arguments << u"--partition"_s << partition + u'=' + path;
}

ReportRun LogSet::report(const QString& spec, qint64 from, qint64 to, const QStringList& extra) const
{
    QStringList arguments {u"--source"_s, spec, u"--from"_s, QString::number(from), u"--to"_s, QString::number(to)};
    if (!hasTz(extra))
        arguments << u"--tz"_s << u"UTC"_s;
    // Made once the period is over, whatever the wall clock says: the logs here are dated in 2027,
    // and agent time is cut at min(to, now).
    if (!extra.contains(u"--now"_s))
        arguments << u"--now"_s << QString::number(to);
    return runReport(arguments + m_arguments + extra);
}

ReportRun LogSet::live(const QString& spec, qint64 atTime, const QStringList& extra) const
{
    QStringList arguments {u"--source"_s, spec, u"--live-at"_s, QString::number(atTime)};
    if (!hasTz(extra))
        arguments << u"--tz"_s << u"UTC"_s;
    return runReport(arguments + m_arguments + extra);
}

QJsonValue at(const QJsonValue& root, const QString& path)
{
    QJsonValue value = root;
    if (path.isEmpty())
        return value;
    for (const QString& step : path.split(u'.')) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (!object.contains(step))
                return QJsonValue(QJsonValue::Undefined);
            value = object.value(step);
        } else if (value.isArray()) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            const QJsonArray array = value.toArray();
            if (!isIndex || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            value = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return value;
}

QString jsonDifference(const QJsonValue& actual, const QJsonValue& expected, const QString& where)
{
    const QString name = where.isEmpty() ? u"(value)"_s : where;
    if (expected.isDouble()) {
        if (!actual.isDouble() || !(std::fabs(actual.toDouble() - expected.toDouble()) <= Tolerance))
            return name + u": got "_s + describe(actual) + u", expected "_s + describe(expected);
        return {};
    }
    if (actual.type() != expected.type())
        return name + u": got "_s + describe(actual) + u", expected "_s + describe(expected);
    if (expected.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        QStringList problems;
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                problems << joinPath(where, it.key()) + u": missing, expected "_s + describe(it.value());
            else if (const QString d = jsonDifference(a.value(it.key()), it.value(), joinPath(where, it.key()));
                     !d.isEmpty())
                problems << d;
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                problems << joinPath(where, it.key()) + u": unexpected "_s + describe(it.value());
        }
        return problems.join(u'\n');
    }
    if (expected.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (a.size() != e.size())
            return name + u": got "_s + describe(actual) + u", expected "_s + describe(expected);
        QStringList problems;
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (const QString d = jsonDifference(a.at(i), e.at(i), joinPath(where, QString::number(i))); !d.isEmpty())
                problems << d;
        }
        return problems.join(u'\n');
    }
    if (actual != expected)
        return name + u": got "_s + describe(actual) + u", expected "_s + describe(expected);
    return {};
}

Fields fieldsOf(const QJsonObject& expected)
{
    Fields fields;
    for (auto it = expected.begin(); it != expected.end(); ++it)
        fields.append({it.key(), it.value()});
    return fields;
}

Fields emptyKpi()
{
    return {{u"offered"_s, 0},
            {u"answered"_s, 0},
            {u"unanswered"_s, 0},
            {u"unanswered_by_cause"_s,
             QJsonObject {
                 {u"abandon"_s, 0}, {u"timeout"_s, 0}, {u"exitempty"_s, 0}, {u"exitwithkey"_s, 0}, {u"other"_s, 0}}},
            {u"answered_within_sl"_s, 0},
            {u"unanswered_within_sl"_s, 0},
            {u"service_level"_s, Null}, // 0 / (0 - 0)
            {u"sl_answered"_s, Null}, // 0 / 0
            {u"sl2"_s, Null}, // 0 / 0
            {u"avg_wait_answered"_s, Null},
            {u"max_wait_answered"_s, Null},
            {u"avg_talk"_s, Null},
            {u"total_talk"_s, 0},
            {u"avg_wait_unanswered"_s, Null},
            {u"transfers"_s, 0},
            {u"ring_no_answer"_s, 0}};
}

// CONTRACT: report-json.md says only that "a warning counts them" (lost stints). We read it as:
// the warnings that speak of lost (or not counted) calls carry counts that add up to the number
// lost; a program may split them by kind (past the 4 h horizon, still open where the data ends:
// both are "lost" by fine-print 9).
bool warnsLost(const QJsonObject& report, int count)
{
    static const QRegularExpression aboutLost(u"lost|not counted"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(u"\\d+"_s);
    int sum = 0;
    for (const QString& warning : warningsOf(report)) {
        if (!aboutLost.match(warning).hasMatch())
            continue;
        const QRegularExpressionMatch first = number.match(warning);
        sum += first.hasMatch() ? first.captured().toInt() : 1;
    }
    return sum == count;
}

QString mismatches(const QJsonValue& actual, const Fields& expected)
{
    QStringList problems;
    for (const Field& field : expected) {
        const QJsonValue value = at(actual, field.path);
        if (field.value.isUndefined()) {
            if (!value.isUndefined())
                problems << field.path + u": expected absent, got "_s + describe(value);
            continue;
        }
        if (value.isUndefined()) {
            problems << field.path + u": missing, expected "_s + describe(field.value);
            continue;
        }
        if (const QString d = jsonDifference(value, field.value, field.path); !d.isEmpty())
            problems << d;
    }
    if (!problems.isEmpty() && actual.isObject())
        problems << u"  in "_s + describe(actual).left(3000);
    return problems.join(u'\n');
}

QJsonObject entry(const QJsonObject& report, const QString& section, const QString& name)
{
    return report.value(section).toObject().value(name).toObject();
}

QJsonObject findCall(const QJsonObject& report, const QString& server, const QString& callId, const QString& queue,
                     qint64 enter)
{
    for (const QJsonValue& value : report.value(u"calls"_s).toArray()) {
        const QJsonObject call = value.toObject();
        if (call.value(u"server"_s).toString() == server && call.value(u"call_id"_s).toString() == callId
            && call.value(u"queue"_s).toString() == queue
            && (enter < 0 || call.value(u"enter"_s).toDouble() == double(enter)))
            return call;
    }
    return {};
}

QJsonObject findLive(const QJsonObject& live, const QString& list, const QString& server, const QString& callId,
                     const QString& queue)
{
    for (const QJsonValue& value : live.value(list).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(u"server"_s).toString() == server && item.value(u"call_id"_s).toString() == callId
            && item.value(u"queue"_s).toString() == queue)
            return item;
    }
    return {};
}

QStringList keysOf(const QJsonValue& object)
{
    QStringList keys = object.toObject().keys();
    keys.sort();
    return keys;
}

QStringList stringsOf(const QJsonValue& array)
{
    QStringList strings;
    for (const QJsonValue& value : array.toArray())
        strings << (value.isString() ? value.toString() : u"<not a string: "_s + describe(value) + u'>');
    return strings;
}

QStringList sortedStrings(const QJsonValue& array)
{
    QStringList strings = stringsOf(array);
    strings.sort();
    return strings;
}

QStringList warningsOf(const QJsonObject& report)
{
    return stringsOf(report.value(u"warnings"_s));
}

QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\n') {
            if (field.endsWith(u'\r'))
                field.chop(1);
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace qw::test
