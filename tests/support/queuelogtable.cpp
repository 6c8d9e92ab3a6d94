#include "support/queuelogtable.h"

#include "database/databaseconnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw::test {

bool insertEvents(DatabaseConnection& connection, const EventBatch& events, const QString& table)
{
    constexpr qsizetype RowsPerStatement = 500;
    QSqlDatabase db = connection.database();
    const QString head = u"INSERT INTO "_s + table + u" ("_s + connection.quotedIdentifier(u"partition"_s)
        + u", time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5) VALUES "_s;
    db.transaction();
    for (qsizetype start = 0; start < events.size(); start += RowsPerStatement) {
        const qsizetype count = std::min(RowsPerStatement, events.size() - start);
        QStringList rows;
        for (qsizetype i = 0; i < count; ++i)
            rows.append(u"(?,?,?,?,?,?,?,?,?,?,?)"_s);
        QSqlQuery query(db);
        if (!query.prepare(head + rows.join(u','))) {
            qWarning("prepare failed: %s", qPrintable(query.lastError().text()));
            db.rollback();
            return false;
        }
        int column = 0;
        for (qsizetype i = start; i < start + count; ++i) {
            const QueueLogEvent& e = events[i];
            query.bindValue(column++, e.partition);
            query.bindValue(column++, e.time);
            for (const QString* text :
                 {&e.callId, &e.queue, &e.agent, &e.verb, &e.data[0], &e.data[1], &e.data[2], &e.data[3], &e.data[4]})
                query.bindValue(column++, text->isNull() ? u""_s : *text); // null binds as SQL NULL
        }
        if (!query.exec()) {
            qWarning("insert failed: %s", qPrintable(query.lastError().text()));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

} // namespace qw::test
