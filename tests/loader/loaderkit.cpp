#include "loaderkit.h"

#include "database/databaseconnection.h"
#include "parsing/queuelogparser.h"
#include "support/fixtures.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw::test {

QByteArray queueLogLine(qint64 time, const QString& callId, const char* verb, const QString& data)
{
    return QByteArray::number(time) + '|' + callId.toUtf8() + "|support|NONE|" + verb + '|' + data.toUtf8() + '\n';
}

bool appendTo(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}

QList<QByteArray> linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QList<QStringList> expectedRows(const QList<QByteArray>& lines)
{
    QueueLogParser parser(u"x"_s);
    QList<QStringList> rows;
    qint64 number = 0;
    for (const QByteArray& line : lines) {
        auto result = parser.parse(line, ++number);
        if (const auto* e = std::get_if<QueueLogEvent>(&result))
            rows.append({QString::number(e->time), e->callId, e->queue, e->agent, e->verb, e->data[0], e->data[1],
                         e->data[2], e->data[3], e->data[4]});
    }
    return rows;
}

QList<QStringList> partitionRows(const DatabaseUrl& database, const QString& partition)
{
    DatabaseConnection connection(database);
    if (!connection.open())
        return {};
    QSqlQuery query(connection.database());
    query.prepare(u"SELECT time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5 FROM queue_log "
                  u"WHERE "_s
                  + connection.quotedIdentifier(u"partition"_s) + u" = ? ORDER BY unique_row_count"_s);
    query.addBindValue(partition);
    query.exec();
    QList<QStringList> rows;
    while (query.next()) {
        QStringList row;
        for (int c = 0; c < 10; ++c)
            row.append(query.value(c).toString());
        rows.append(row);
    }
    return rows;
}

qint64 partitionCount(const DatabaseUrl& database, const QString& partition)
{
    DatabaseConnection connection(database);
    if (!connection.open())
        return -1;
    QSqlQuery query(connection.database());
    query.prepare(u"SELECT COUNT(*) FROM queue_log WHERE "_s + connection.quotedIdentifier(u"partition"_s) + u" = ?"_s);
    query.addBindValue(partition);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

std::unique_ptr<QProcess> startLoader(const QString& url, const QString& partition, const QString& file,
                                      const QStringList& extra, const QString& password)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedOutputChannel); // stderr kept for the test
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1StringView(DatabaseUrl::PasswordVariable), password);
        process->setProcessEnvironment(environment);
    }
    process->start(binaryPath(u"queuewatch-loader"_s),
                   QStringList {u"--db"_s, url, u"--partition"_s, partition, u"--poll-interval"_s, u"50"_s} + extra
                       + QStringList {file});
    process->waitForStarted();
    return process;
}

} // namespace qw::test
