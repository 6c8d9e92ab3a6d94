#include "json/jsonfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
int lineAt(const QByteArray& text, qint64 offset)
{
    return int(text.first(std::clamp<qint64>(offset, 0, text.size())).count('\n')) + 1;
}
} // namespace

std::variant<JsonFile::Document, QString> JsonFile::read(const QString& path, qint64 maxBytes, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    if (file.size() > maxBytes)
        return tr("%1 is too large to be %2.").arg(path, what);
    Document document;
    document.text = file.read(maxBytes + 1);
    if (document.text.size() > maxBytes) // a pipe or a file that grew: its size said nothing
        return tr("%1 is too large to be %2.").arg(path, what);
    auto parsed = parse(document.text, what);
    if (const auto* problem = std::get_if<JsonProblem>(&parsed))
        return tr("%1: %2").arg(path, problem->message);
    document.object = std::get<QJsonObject>(std::move(parsed));
    return document;
}

std::variant<QJsonObject, JsonProblem> JsonFile::parse(const QByteArray& text, const QString& what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const qint64 offset = std::clamp<qint64>(error.offset, 0, text.size());
        const qint64 lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return JsonProblem {{},
                            tr("line %1, column %2: not %3 (%4).")
                                .arg(lineAt(text, offset))
                                .arg(offset - lineStart + 1)
                                .arg(what, error.errorString())};
    }
    if (!document.isObject())
        return JsonProblem {{}, tr("not %1: expected a JSON object.").arg(what)};
    return document.object();
}

int JsonFile::lineOfKey(const QByteArray& text, const QString& key)
{
    const QByteArray quoted = '"' + key.toUtf8() + '"';
    for (qsizetype at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
        // A key is followed by a colon (a value equal to the key's name is not).
        qsizetype after = at + quoted.size();
        while (after < text.size() && QChar::isSpace(uchar(text.at(after))))
            ++after;
        if (after < text.size() && text.at(after) == ':')
            return lineAt(text, at);
    }
    return 0;
}

QString JsonFile::describe(const QString& path, const QByteArray& text, const JsonProblem& problem)
{
    if (problem.field.isEmpty())
        return tr("%1: %2").arg(path, problem.message);
    const int line = lineOfKey(text, problem.field);
    if (line == 0)
        return tr("%1: \"%2\": %3").arg(path, problem.field, problem.message);
    return tr("%1:%2: \"%3\": %4").arg(path).arg(line).arg(problem.field, problem.message);
}

std::optional<QString> JsonFile::write(const QString& path, const QByteArray& json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace qw
