#include "program/stopsignals.h"

#include <QCoreApplication>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace qw {

namespace {
#if defined(Q_OS_UNIX)
// A signal handler may do almost nothing: it writes one byte into a socket pair, and the event
// loop reads it (the self-pipe idea).
int g_pipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}
#elif defined(Q_OS_WIN)
StopSignals* g_instance = nullptr;

BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs in a thread of its own: a queued call reaches the event loop safely.
    QMetaObject::invokeMethod(g_instance, &StopSignals::stopRequested, Qt::QueuedConnection);
    return TRUE;
}
#endif
} // namespace

StopSignals::StopSignals()
    : QObject(QCoreApplication::instance())
{
#if defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_pipe[1], &byte, 1);
        Q_EMIT stopRequested();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    // A reader that went away (a closed pipe) is a write error to report, not a silent death.
    std::signal(SIGPIPE, SIG_IGN);
#elif defined(Q_OS_WIN)
    g_instance = this;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

StopSignals& StopSignals::install()
{
    static auto* instance = new StopSignals; // owned by the application object
    return *instance;
}

} // namespace qw
