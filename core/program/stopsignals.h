#pragma once

#include <QObject>

namespace qw {

// Turns the operating system's polite requests to stop (SIGTERM from systemd or kill, SIGINT
// from Ctrl+C; the console's close and Ctrl+C events on Windows) into a signal in the event loop,
// so a long-running program finishes what it is writing and exits cleanly instead of dying
// half-way. A closed pipe becomes a write error instead of killing the process. One per
// process; install() once the application object exists.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    static StopSignals& install();

Q_SIGNALS:
    void stopRequested();

private:
    StopSignals();
};

} // namespace qw
