#pragma once
// Questions the wizard asks the operator ("Cancel the backup?"). They go
// through here so an offscreen test can answer them without a dialog.

#include <QString>

#include <optional>

class QWidget;

namespace lbw::ui {

bool askYesNo(QWidget *parent, const QString &title, const QString &text);
// Tests: every later question is answered with `answer` (nullopt: ask again).
void answerQuestionsWith(std::optional<bool> answer);
// Tests: how many questions were asked so far.
int questionsAsked();

}  // namespace lbw::ui
