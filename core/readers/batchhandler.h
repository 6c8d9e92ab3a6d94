#pragma once

#include "events/queuelogevent.h"

#include <functional>

namespace qw {

// Readers hand events on in batches, in partition order. The handler may move events out of the
// batch: the reader does not look at them again. Returning false stops the read (cancellation)
// and means the batch was not taken: a polling reader delivers it again next time. The reader
// then reports that it was stopped, not an error.
using BatchHandler = std::function<bool(EventBatch&)>;

// How a read ended: everything read, stopped by the handler, or failed (see errorString()).
enum class ReadStatus
{
    Finished,
    Stopped,
    Failed
};

} // namespace qw
