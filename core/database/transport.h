#pragma once

#include <QString>

namespace qw {

// How the rows of a database reach QueueWatch: over no network at all (a file, SQLite, a local
// socket), in the clear over TCP, or encrypted with TLS. Told in the status bar's tooltips so a
// supervisor (and IT) can see at a glance that nothing crosses the network unencrypted.
struct Transport
{
    enum class Kind : quint8
    {
        Local,
        Plain,
        Encrypted
    };

    Kind kind = Kind::Local;
    QString protocol; // "TLSv1.3" when encrypted
    QString cipher; // "TLS_AES_256_GCM_SHA384" when encrypted

    friend bool operator==(const Transport&, const Transport&) = default;
};

} // namespace qw
