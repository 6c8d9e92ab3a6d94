#pragma once

#include "reports/partitioncatalog.h"
#include "threading/worker.h"

#include <QObject>

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
    Worker m_worker; // one lane per kind of query: only the newest answer of each is delivered
    CatalogWorker* m_connections; // lives in the worker's thread: the connection it uses
};

} // namespace qw
