#include "dialogs/languagemenu.h"

#include "i18n/translations.h"
#include "settings/appsettings.h"

#include <QActionGroup>
#include <QMessageBox>

namespace qw {

LanguageMenu::LanguageMenu(AppSettings& settings, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
{
    auto* group = new QActionGroup(this);
    const QString current = settings.language();
    const auto add = [&](const QString& text, const QString& code) {
        QAction* action = addAction(text, this, [this, code] { choose(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    add(tr("System language"), QString());
    addSeparator();
    for (const Language& language : availableLanguages())
        add(language.nativeName, language.code);
}

void LanguageMenu::choose(const QString& code)
{
    if (code == m_settings.language())
        return;
    m_settings.setLanguage(code);
    m_settings.sync();
    QMessageBox ask(QMessageBox::Question, tr("Language"),
                    tr("QueueWatch speaks the new language from its next start. Restart it now?"),
                    QMessageBox::Yes | QMessageBox::No, parentWidget());
    ask.setDefaultButton(QMessageBox::Yes);
    if (ask.exec() == QMessageBox::Yes)
        Q_EMIT restartRequested();
}

} // namespace qw
