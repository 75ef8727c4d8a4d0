#pragma once
// What will run, in order, with the last options: verify after the backup,
// and save this as the plan for scheduled runs.

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace lbw::ui {

class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    QTreeWidget *m_steps;
    QCheckBox *m_verify;
    QCheckBox *m_savePlan;
    QLineEdit *m_planPath;
    QLabel *m_error;
};

}  // namespace lbw::ui
