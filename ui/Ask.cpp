#include "Ask.h"

#include <QMessageBox>

namespace lbw::ui {
namespace {
std::optional<bool> g_answer;
int g_asked = 0;
}  // namespace

void answerQuestionsWith(std::optional<bool> answer) {
    g_answer = answer;
}

int questionsAsked() {
    return g_asked;
}

bool askYesNo(QWidget *parent, const QString &title, const QString &text) {
    ++g_asked;
    if (g_answer)
        return *g_answer;
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

}  // namespace lbw::ui
