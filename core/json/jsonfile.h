#pragma once

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <variant>

namespace qw {

// What is wrong in a JSON document: the field at fault (its key, such as "sl_threshold"; empty
// for the document as a whole) and why.
struct JsonProblem
{
    QString field;
    QString message;
};

// The JSON files users keep and pass around (report definitions, wallboard set-ups): read without
// trusting them, through one reader with one kind of error, "PATH:LINE: message", the line being
// where the field at fault is written.
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(qw::JsonFile)
public:
    struct Document
    {
        QByteArray text;
        QJsonObject object;
    };

    // The file's top-level object. `what` names the kind of file in messages ("a report
    // definition"); a file over maxBytes is refused unread.
    static std::variant<Document, QString> read(const QString& path, qint64 maxBytes, const QString& what);
    // The text as a JSON object, or the problem with the line and column of a syntax error.
    static std::variant<QJsonObject, JsonProblem> parse(const QByteArray& text, const QString& what);
    // "PATH:LINE: message" for a problem in the document read from `path`.
    static QString describe(const QString& path, const QByteArray& text, const JsonProblem& problem);
    // Writes the whole file or nothing (an older file stays as it was); the error, if any.
    static std::optional<QString> write(const QString& path, const QByteArray& json);

    // The line (from 1) where `key` is first written as a key, or 0.
    static int lineOfKey(const QByteArray& text, const QString& key);
};

} // namespace qw
