#pragma once

#include "live/livepoller.h"

#include <functional>
#include <memory>
#include <QObject>

namespace qw {

struct LiveViewSettings;

// A live source that has to be started before it can be polled, such as the embedded demo, which
// first writes the day so far into a database of its own. It works in a thread of its own and
// says when it is ready, with the settings the poller reads it with. The live session creates
// one through a factory, so core knows nothing of what is behind it.
class LiveBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0; // ready() or failed() follow, in the owner's thread
    // What the window calls this source ("demo cluster").
    virtual QString description() const = 0;

Q_SIGNALS:
    void ready(const qw::LiveSettings& settings);
    void failed(const QString& message);
};

using LiveBackendFactory = std::function<std::unique_ptr<LiveBackend>(const LiveViewSettings& settings)>;

} // namespace qw
