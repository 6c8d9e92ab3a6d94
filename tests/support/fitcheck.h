#pragma once

#include <QStringList>

class QWidget;

namespace qw::test {

// Every text of `root`'s visible widgets that does not fit where it is shown: labels (not
// word-wrapped), buttons and check boxes, group box titles, tabs and the menu bar. Each entry
// names the widget's class, its text and the widths that disagree. Labels that scale their
// font to fit (the wallboard's) are left to their own checks.
QStringList clippedTexts(const QWidget* root);

} // namespace qw::test
