#pragma once

#include <algorithm>
#include <QElapsedTimer>
#include <QTimer>

namespace qw::bench {

// Measures how long the event loop of the thread it lives in is blocked: a 1 ms timer, and the
// longest gap between two of its ticks.
class StallWatchdog
{
public:
    StallWatchdog()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestMs = std::max(m_longestMs, double(m_sinceTick.nsecsElapsed()) / 1e6);
            m_sinceTick.restart();
        });
    }

    // Starts (or starts again) from zero.
    void start()
    {
        m_longestMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }

    double longestStallMs() const { return m_longestMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longestMs = 0;
};

} // namespace qw::bench
