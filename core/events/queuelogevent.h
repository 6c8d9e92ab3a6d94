#pragma once

#include <array>
#include <QList>
#include <QMetaType>
#include <QString>

namespace qw {

// One queue_log row, whichever source it came from (a file line or a table row).
// Strings are implicitly shared, so copying an event is cheap.
struct QueueLogEvent
{
    static constexpr int DataFieldCount = 5;

    QString partition;
    qint64 time = 0; // epoch seconds, UTC
    QString callId;
    QString queue;
    QString agent;
    QString verb;
    std::array<QString, DataFieldCount> data; // data1..data5; extra file fields are joined into data5 with '|'
    qint64 order = 0; // position inside its partition: file line number or the table's unique_row_count

    const QString& data1() const { return data[0]; }
    const QString& data2() const { return data[1]; }
    const QString& data3() const { return data[2]; }
    const QString& data4() const { return data[3]; }
    const QString& data5() const { return data[4]; }

    // The row as a queue_log file line (without newline); empty trailing data fields are dropped,
    // but the '|' after the verb is always written, as Asterisk does.
    QString toLine() const;

    friend bool operator==(const QueueLogEvent&, const QueueLogEvent&) = default;
};

using EventBatch = QList<QueueLogEvent>;

} // namespace qw

Q_DECLARE_METATYPE(qw::QueueLogEvent)
