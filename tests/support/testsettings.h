#pragma once

#include "settings/appsettings.h"

#include <QTemporaryDir>

namespace qw::test {

// Application settings in a file of the test's own, gone with it: a test never reads or
// changes the user's settings, nor another test's.
class TestSettings
{
public:
    TestSettings()
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini")))
    { }

    AppSettings& settings() { return m_settings; }
    operator AppSettings&() { return m_settings; }
    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private:
    QTemporaryDir m_dir;
    AppSettings m_settings;
};

} // namespace qw::test
