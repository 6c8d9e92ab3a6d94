#pragma once

#include <QMenu>

namespace qw {

class AppSettings;

// View › Language: the system's language or one QueueWatch ships, each under its own name.
// The choice is saved at once; since every window, model and delegate took its texts at
// creation, the new language comes with a restart, which the menu offers.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    LanguageMenu(AppSettings& settings, QWidget* parent);

Q_SIGNALS:
    void restartRequested();

private:
    void choose(const QString& code);

    AppSettings& m_settings;
};

} // namespace qw
