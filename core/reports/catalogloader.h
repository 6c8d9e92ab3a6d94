#pragma once

#include "reports/partitioncatalog.h"

#include <atomic>
#include <QObject>
#include <QThread>

namespace qw {

class CatalogWorker;

// Asks PartitionCatalog in a worker thread, so a dialog never waits for the database. The
// worker keeps its own DatabaseConnection (QtSql connections belong to the thread that opened
// them). Results come back as signals in the loader's thread; only the answer to the newest
// request of each kind is delivered, older ones are dropped.
class CatalogLoader : public QObject
{
    Q_OBJECT
public:
    enum class Query
    {
        Partitions,
        Names
    };
    Q_ENUM(Query)

    explicit CatalogLoader(SourceBindings bindings, QObject* parent = nullptr);
    ~CatalogLoader() override; // waits for a query still running

    void loadPartitions();
    void loadNames(const SourceSpec& spec, qint64 from, qint64 to);

    bool isLoading(Query query) const;
    const SourceBindings& bindings() const { return m_bindings; }

Q_SIGNALS:
    void partitionsLoaded(const qw::PartitionInfoList& partitions);
    void namesLoaded(const qw::CatalogNames& names);
    void failed(qw::CatalogLoader::Query query, const QString& message);

private:
    template<typename Work, typename Deliver> void run(Query query, Work work, Deliver deliver);

    SourceBindings m_bindings;
    QThread m_thread;
    CatalogWorker* m_worker; // lives in m_thread, deleted there when it finishes
    // Newest request of each kind; the worker skips requests that are already outdated.
    std::atomic<quint64> m_latest[2] = {0, 0};
    quint64 m_delivered[2] = {0, 0}; // touched in the loader's thread only
};

} // namespace qw
