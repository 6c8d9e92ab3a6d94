#pragma once

#include "database/databaseurl.h"

#include <memory>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace qw::test {

// A throwaway MariaDB server for one test program: its own data directory in a temporary
// folder, a free TCP port on 127.0.0.1, no systemd, and the queue_log schema loaded. It is
// stopped when this object dies, and on Linux also when the test process is killed (the server
// gets SIGKILL through PR_SET_PDEATHSIG), so no test leaves a server behind.
class TestMariaDb
{
public:
    static constexpr const char* DatabaseName = "queuewatch_test";

    TestMariaDb();
    ~TestMariaDb();
    TestMariaDb(const TestMariaDb&) = delete;
    TestMariaDb& operator=(const TestMariaDb&) = delete;

    // More server options (TLS certificates, say), given before start().
    void setServerArguments(const QStringList& arguments) { m_extraArguments = arguments; }
    // Creates the data directory, starts the server and creates the database and its table.
    bool start();
    // Graceful shutdown; the data directory stays, so start() can bring it back.
    bool stop();
    // SIGKILL: a server that goes away without a word.
    void kill();
    bool isRunning() const;

    QString errorString() const { return m_error; }
    int port() const { return m_port; }
    QString directory() const { return m_dir->path(); }
    QString socketPath() const;
    DatabaseUrl url() const;
    // Runs SQL statements on the test database through the mariadb command-line client.
    bool execute(const QString& sql);
    // Arguments for the mariadb client reaching the test database (after the program name).
    QStringList clientArguments() const;

    static QString findProgram(const QString& name);
    // CPU seconds the server process has used so far (Linux; 0 elsewhere): benchmarks tell the
    // server's share of a query from the client's.
    double serverCpuSeconds() const;

private:
    bool installDataDirectory();
    bool launch();
    bool waitUntilReady(int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    bool m_installed = false;
    QStringList m_extraArguments;
    QString m_error;
};

} // namespace qw::test
