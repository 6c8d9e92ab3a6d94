#include "database/schema.h"

#include "database/databaseconnection.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw {

QStringList Schema::statements(const DatabaseConnection& connection)
{
    const QString path = connection.url().driver() == DatabaseUrl::Driver::MySql ? u":/sql/queue_log.mysql.sql"_s
                                                                                 : u":/sql/queue_log.sqlite.sql"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    QString current;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    return statements;
}

bool Schema::create(DatabaseConnection& connection, QString* error, QSqlError* sqlError)
{
    const QStringList list = statements(connection);
    if (list.isEmpty()) {
        if (error)
            *error = tr("The schema file is missing from the program's resources.");
        return false;
    }
    QSqlQuery query(connection.database());
    for (const QString& statement : list) {
        if (!query.exec(statement)) {
            if (error)
                *error = tr("Cannot create the queue_log table: %1").arg(query.lastError().text());
            if (sqlError)
                *sqlError = query.lastError();
            return false;
        }
    }
    return true;
}

std::optional<bool> Schema::tableExists(const DatabaseConnection& connection, const QString& table, QSqlError* sqlError)
{
    QSqlQuery query(connection.database());
    query.prepare(connection.url().driver() == DatabaseUrl::Driver::MySql
                      ? u"SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"_s
                      : u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(table);
    if (!query.exec()) {
        if (sqlError)
            *sqlError = query.lastError();
        return std::nullopt;
    }
    return query.next();
}

} // namespace qw
