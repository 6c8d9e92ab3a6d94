#include "support/fitcheck.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStyle>
#include <QTabBar>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace qw::test {

namespace {
QString described(const QWidget* widget, const QString& text, int needed, int has)
{
    return u"%1 \"%2\": needs %3 px, has %4"_s.arg(QString::fromLatin1(widget->metaObject()->className()), text)
        .arg(needed)
        .arg(has);
}

int textWidth(const QLabel* label)
{
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        document.setDocumentMargin(0);
        return int(std::ceil(document.idealWidth()));
    }
    // A buddy's mnemonic & is not shown (its letter is underlined).
    return label->fontMetrics()
        .boundingRect(QRect(), int(label->alignment()) | Qt::TextShowMnemonic, label->text())
        .width();
}
} // namespace

QStringList clippedTexts(const QWidget* root)
{
    QStringList clipped;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || widget->width() <= 0)
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            if (label->wordWrap() || label->text().isEmpty() || label->inherits("qw::FittedLabel"))
                continue;
            const int room = label->contentsRect().width() - 2 * label->margin() - std::max(0, label->indent());
            const int needed = textWidth(label);
            if (needed > room + 1)
                clipped << described(label, label->text(), needed, room);
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            if (button->text().isEmpty() || button->inherits("QToolButton"))
                continue;
            const int needed = button->sizeHint().width();
            if (needed > button->width() + 1)
                clipped << described(button, button->text(), needed, button->width());
        } else if (const auto* group = qobject_cast<const QGroupBox*>(widget)) {
            const int needed = group->fontMetrics().horizontalAdvance(group->title()) + 16;
            if (!group->title().isEmpty() && needed > group->width())
                clipped << described(group, group->title(), needed, group->width());
        } else if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const int needed = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i).remove(u'&'));
                if (needed > tabs->tabRect(i).width())
                    clipped << described(tabs, tabs->tabText(i), needed, tabs->tabRect(i).width());
            }
            if (tabs->sizeHint().width() > tabs->width() + 1)
                clipped << described(tabs, u"(all tabs)"_s, tabs->sizeHint().width(), tabs->width());
        } else if (const auto* menus = qobject_cast<const QMenuBar*>(widget)) {
            if (menus->sizeHint().width() > menus->width() + 1)
                clipped << described(menus, u"(menu bar)"_s, menus->sizeHint().width(), menus->width());
        }
    }
    return clipped;
}

} // namespace qw::test
