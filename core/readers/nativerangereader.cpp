#include "readers/nativerangereader.h"

#include "database/databaseconnection.h"
#include "events/stringpool.h"
#include "readers/partitionpage.h"

#ifdef QUEUEWATCH_HAVE_MARIADB_CLIENT
#include <array>
#include <cstring>
#include <memory>
#include <mysql.h>
#include <QSqlDriver>
#include <vector>
#endif

namespace qw {

bool NativeRangeReader::isBuiltIn()
{
#ifdef QUEUEWATCH_HAVE_MARIADB_CLIENT
    return true;
#else
    return false;
#endif
}

#ifndef QUEUEWATCH_HAVE_MARIADB_CLIENT

bool NativeRangeReader::canRead(const DatabaseConnection&)
{
    return false;
}

ReadStatus NativeRangeReader::read(DatabaseConnection&, const QueueLogTableLayout&, const QString&, qint64, qint64,
                                   qsizetype, const BatchHandler&, QString& error)
{
    error = tr("This build reads MariaDB through QtSql only.");
    return ReadStatus::Failed;
}

#else

namespace {

constexpr unsigned long LargestText = 65535; // a TEXT column; queue_log's are VARCHAR(200) or less

MYSQL* nativeHandle(const DatabaseConnection& connection)
{
    if (connection.url().driver() != DatabaseUrl::Driver::MySql || !connection.isOpen())
        return nullptr;
    const QVariant handle = connection.database().driver()->handle();
    // QMYSQL names the type after the struct behind MYSQL.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "MYSQL*") != 0 && qstrcmp(handle.typeName(), "st_mysql*") != 0))
        return nullptr;
    return *static_cast<MYSQL* const*>(handle.constData());
}

// One result column bound to a buffer of its own.
struct TextColumn
{
    QByteArray buffer;
    unsigned long length = 0;
    my_bool isNull = 0;
    my_bool truncated = 0;

    QByteArrayView view() const
    {
        return isNull ? QByteArrayView() : QByteArrayView(buffer.constData(), qsizetype(length));
    }
};

// Data fields are mostly empty or small numbers (a position, seconds waited or talked): those
// come from a table made once per read, without an allocation per row.
class SmallNumbers
{
public:
    static constexpr int Count = 1000;

    QString textOf(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            return QString();
        if (utf8.size() <= 3 && (utf8.size() == 1 || utf8[0] != '0')) { // "007" stays "007"
            int value = 0;
            for (const char c : utf8) {
                if (c < '0' || c > '9')
                    return QString::fromUtf8(utf8);
                value = value * 10 + (c - '0');
            }
            QString& text = m_texts[std::size_t(value)];
            if (text.isNull())
                text = QString::number(value);
            return text;
        }
        return QString::fromUtf8(utf8);
    }

private:
    std::array<QString, Count> m_texts;
};

struct StatementCloser
{
    void operator()(MYSQL_STMT* statement) const { mysql_stmt_close(statement); }
};

} // namespace

bool NativeRangeReader::canRead(const DatabaseConnection& connection)
{
    return nativeHandle(connection) != nullptr;
}

ReadStatus NativeRangeReader::read(DatabaseConnection& connection, const QueueLogTableLayout& layout,
                                   const QString& partition, qint64 from, qint64 to, qsizetype batchSize,
                                   const BatchHandler& handler, QString& error)
{
    MYSQL* mysql = nativeHandle(connection);
    const std::unique_ptr<MYSQL_STMT, StatementCloser> statement(mysql ? mysql_stmt_init(mysql) : nullptr);
    const auto failed = [&](MYSQL_STMT* failing) {
        error = tr("Cannot read partition %1: %2")
                    .arg(partition, QString::fromUtf8(failing ? mysql_stmt_error(failing) : "no MariaDB connection"));
        return ReadStatus::Failed;
    };
    if (!statement)
        return failed(nullptr);

    // The same query as the paged reader, in one piece: the index on (partition, time_id,
    // unique_row_count) hands the rows over in order. Values are bound, never written into it.
    QStringList columns {QStringLiteral("time_id"), QStringLiteral("unique_row_count")};
    columns += layout.textColumns;
    const QByteArray sql
        = (QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
           + connection.quotedIdentifier(layout.table) + QStringLiteral(" WHERE ")
           + connection.quotedIdentifier(QStringLiteral("partition"))
           + QStringLiteral(" = ? AND time_id >= ? AND time_id < ? ORDER BY time_id, unique_row_count"))
              .toUtf8();
    if (mysql_stmt_prepare(statement.get(), sql.constData(), sql.size()) != 0)
        return failed(statement.get());

    QByteArray partitionBytes = partition.toUtf8();
    unsigned long partitionLength = partitionBytes.size();
    long long bounds[2] = {from, to};
    MYSQL_BIND parameters[3] = {};
    parameters[0].buffer_type = MYSQL_TYPE_STRING;
    parameters[0].buffer = partitionBytes.data();
    parameters[0].buffer_length = partitionLength;
    parameters[0].length = &partitionLength;
    for (int i = 0; i < 2; ++i) {
        parameters[i + 1].buffer_type = MYSQL_TYPE_LONGLONG;
        parameters[i + 1].buffer = &bounds[i];
    }
    if (mysql_stmt_bind_param(statement.get(), parameters) != 0 || mysql_stmt_execute(statement.get()) != 0)
        return failed(statement.get());

    // Results: the two keys as integers, each text column in a buffer as long as the column.
    const qsizetype textCount = layout.textColumns.size();
    long long keys[2] = {0, 0};
    my_bool keyNull[2] = {0, 0};
    std::vector<TextColumn> texts(static_cast<std::size_t>(textCount));
    std::vector<MYSQL_BIND> results(static_cast<std::size_t>(2 + textCount));
    std::memset(results.data(), 0, results.size() * sizeof(MYSQL_BIND));
    for (int i = 0; i < 2; ++i) {
        results[std::size_t(i)].buffer_type = MYSQL_TYPE_LONGLONG;
        results[std::size_t(i)].buffer = &keys[i];
        results[std::size_t(i)].is_null = &keyNull[i];
    }
    MYSQL_RES* metadata = mysql_stmt_result_metadata(statement.get());
    for (qsizetype i = 0; i < textCount; ++i) {
        const MYSQL_FIELD* field = metadata ? mysql_fetch_field_direct(metadata, unsigned(2 + i)) : nullptr;
        const unsigned long size = std::clamp<unsigned long>(field ? field->length : 1024, 16, LargestText) + 1;
        TextColumn& text = texts[std::size_t(i)];
        text.buffer.resize(qsizetype(size));
        MYSQL_BIND& bind = results[std::size_t(2 + i)];
        bind.buffer_type = MYSQL_TYPE_STRING;
        bind.buffer = text.buffer.data();
        bind.buffer_length = size;
        bind.length = &text.length;
        bind.is_null = &text.isNull;
        bind.error = &text.truncated;
    }
    if (metadata)
        mysql_free_result(metadata);
    if (mysql_stmt_bind_result(statement.get(), results.data()) != 0)
        return failed(statement.get());

    StringPool pool; // queue, agent and verb values repeat on nearly every row
    SmallNumbers numbers;
    const QString partitionName(partition.constData(), partition.size());
    EventBatch batch;
    batch.reserve(batchSize);
    for (;;) {
        const int status = mysql_stmt_fetch(statement.get());
        if (status == MYSQL_NO_DATA)
            break;
        if (status == 1)
            return failed(statement.get());
        if (keyNull[0] || keyNull[1]) {
            error = tr("Partition %1 has a row without a valid time_id or unique_row_count.").arg(partition);
            return ReadStatus::Failed;
        }
        if (status == MYSQL_DATA_TRUNCATED) {
            // A value longer than its column said (a table altered under us): fetch it whole.
            for (std::size_t i = 0; i < texts.size(); ++i) {
                TextColumn& text = texts[i];
                if (!text.truncated)
                    continue;
                QByteArray whole(qsizetype(text.length), Qt::Uninitialized);
                MYSQL_BIND bind = results[2 + i];
                bind.buffer = whole.data();
                bind.buffer_length = text.length;
                if (mysql_stmt_fetch_column(statement.get(), &bind, unsigned(2 + i), 0) != 0)
                    return failed(statement.get());
                text.buffer = whole; // the bound buffer is no longer in use: keep this size from now on
                results[2 + i].buffer = text.buffer.data();
                results[2 + i].buffer_length = text.length;
                if (mysql_stmt_bind_result(statement.get(), results.data()) != 0)
                    return failed(statement.get());
            }
        }
        QueueLogEvent event;
        event.partition = partitionName;
        event.time = keys[0];
        event.order = keys[1];
        event.callId = QString::fromUtf8(texts[0].view());
        event.queue = pool.internUtf8(texts[1].view());
        event.agent = pool.internUtf8(texts[2].view());
        event.verb = pool.internUtf8(texts[3].view());
        if (layout.singleDataColumn) {
            splitDataColumn(QString::fromUtf8(texts[4].view()), event);
        } else {
            for (std::size_t i = 4; i < texts.size(); ++i)
                event.data[i - 4] = numbers.textOf(texts[i].view());
        }
        batch.append(std::move(event));
        if (batch.size() >= batchSize) {
            if (!handler(batch))
                return ReadStatus::Stopped; // closing the statement drops the rows still coming
            batch.clear();
        }
    }
    if (!batch.isEmpty() && !handler(batch))
        return ReadStatus::Stopped;
    return ReadStatus::Finished;
}

#endif

} // namespace qw
