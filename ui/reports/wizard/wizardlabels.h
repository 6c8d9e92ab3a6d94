#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace qw {

// The small labels every wizard page uses, so they look alike.
// A word-wrapped label in a warning colour, hidden while it has nothing to say.
QLabel* makeProblemLabel(QWidget* parent);
// Shows `text` in a problem label, or hides it when `text` is empty.
void showProblem(QLabel* label, const QString& text);
// A word-wrapped label for notes and loading states.
QLabel* makeNoteLabel(QWidget* parent);

} // namespace qw
