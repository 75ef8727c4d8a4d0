#pragma once
// What will run, in order, with the last option: verify after the backup.
// When it runs (now, or on a schedule) is the next page's question.

#include <QWizardPage>

class QCheckBox;
class QTreeWidget;

namespace lbw::ui {

class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void showSteps();

    QTreeWidget *m_steps;
    QCheckBox *m_verify;
};

}  // namespace lbw::ui
