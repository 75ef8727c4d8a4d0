#pragma once
// First page: the operator chooses what to do, as on the Deployment Wizard's
// start screen.

#include <QWizardPage>

class QLabel;

namespace lbw::ui {

class StartPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

private:
    QLabel *m_notice;
};

}  // namespace lbw::ui
