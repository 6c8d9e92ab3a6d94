#pragma once

#include "live/livemonitor.h"

#include <optional>
#include <QCoreApplication>
#include <QObject>

namespace qw {

// The live feed for other programs (`queuewatch-report --follow`): the same poller as the live
// window, and after every poll the live state as JSON (the fields of `--live-at`, each
// partition's health included), written as one line on standard output, or as a whole file
// replaced at once, so a web wallboard or a monitoring agent never reads half of one.
class LiveFeed : public QObject
{
    Q_OBJECT
public:
    // `output` empty or "-": standard output.
    LiveFeed(LiveSettings settings, QString output, QObject* parent = nullptr);

    void start();

    // The JSON of one update: a single line for a stream, indented for a file.
    static QByteArray render(const LiveUpdate& update, bool oneLine);

Q_SIGNALS:
    void written(const qw::LiveUpdate& update);
    // The output cannot be written (a full disk, a closed pipe): the feed stops.
    void failed(const QString& message);

private:
    std::optional<QString> write(const LiveUpdate& update);

    LiveMonitor m_monitor;
    QString m_output;
    bool m_failed = false;
};

} // namespace qw
