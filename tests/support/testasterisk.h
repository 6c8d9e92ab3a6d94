#pragma once

#include <memory>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace qw::test {

// A real Asterisk 22 for one test: unpacked from the project's test tarball into a temporary
// folder, configured from tests/asterisk/etc (two queues, members over the manager interface,
// Asterisk's default member logging), started with its manager interface on a free loopback port,
// and ready once it says FullyBooted. Stopped when the object goes, and killed with the test
// process if that dies first, so no test leaves a server behind.
class TestAsterisk
{
public:
    static constexpr const char* User = "qwtest";
    static constexpr const char* Secret = "qwtest-secret";

    TestAsterisk();
    ~TestAsterisk();
    TestAsterisk(const TestAsterisk&) = delete;
    TestAsterisk& operator=(const TestAsterisk&) = delete;

    bool start();
    bool stop();
    // SIGKILL: a server that dies without a word.
    void kill();
    // Starts it again after stop() or kill(), on the same port, with the same configuration.
    bool restart();

    quint16 amiPort() const { return m_port; }
    QString queueLogPath() const;
    QString errorString() const { return m_error; }

private:
    bool launch();
    bool unpack();
    bool configure();
    bool waitUntilBooted(int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace qw::test
