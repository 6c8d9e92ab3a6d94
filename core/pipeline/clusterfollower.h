#pragma once

#include "database/transport.h"
#include "pipeline/cluster.h"

#include <functional>
#include <memory>
#include <QList>
#include <vector>

namespace qw {

class DatabaseConnection;

// What one poll of a partition found, as the live health rules need it.
struct PartitionReading
{
    bool failed = false;
    QString error; // when failed
    qint64 newestRow = 0; // its newest row in the live window and look-back (0: none)
    qint64 futureRows = 0;
    qint64 firstFutureRow = 0;
    Transport transport; // how its database connection travels (Local for files)
};

// The live view's driver of the pipeline: follows every partition of a cluster and, at each
// poll, hands on the rows that arrived since the last one, merged in spec order. Lives in one
// thread (the poller's): it opens one connection per database there, tries each at most once
// per poll (a database that is away makes all its partitions fail at once, instead of each
// waiting for its own connect timeout), and reopens it at the next poll after a failure.
class ClusterFollower
{
public:
    explicit ClusterFollower(Cluster cluster);
    ~ClusterFollower();
    ClusterFollower(const ClusterFollower&) = delete;
    ClusterFollower& operator=(const ClusterFollower&) = delete;

    const Cluster& cluster() const { return m_cluster; }

    // (Re)starts following every partition at `from`: the next poll reads everything from there.
    void follow(qint64 from, PartitionBinding::FollowMode mode);
    // Opens the connections that are not open (once each); the start of every poll does it too.
    void connect();
    // Closes every connection, in the thread that opened them.
    void close();

    struct Poll
    {
        QList<PartitionReading> readings; // in spec order
        bool rowsWentAway = false; // see PartitionBinding::rowsWentAway: nothing was handed on
        qint64 events = 0; // handed on
    };
    // Polls every partition once and hands the new events to `handler` in merged order; when a
    // partition found rows gone, hands on nothing (the caller follows again and polls again).
    Poll poll(const PollLimits& limits, const std::function<void(const ClusterEvent&)>& handler);

private:
    struct Link
    {
        std::unique_ptr<DatabaseConnection> connection;
        QString error; // why it could not be opened in this poll
    };
    Link* linkOf(const PartitionBinding& binding);

    Cluster m_cluster;
    qint64 m_from = 0;
    std::vector<Link> m_links;
};

} // namespace qw
