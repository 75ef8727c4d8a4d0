#pragma once
// When the backup runs: now only, or now and then by itself every day or on
// chosen weekdays, with a weekly restore drill; which old sets each good run
// removes; and the plan file the schedule runs. Like the Deployment
// Wizard's last page before work starts, it commits: "Back up" starts the
// run. The schedule itself is installed after the run has made a good set
// (FinishedPage), so a plan that cannot back up is never scheduled.

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace lbw::ui {

class SchedulePage : public QWizardPage {
    Q_OBJECT
public:
    explicit SchedulePage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void updateEnabled();
    bool scheduled() const;

    QRadioButton *m_once;
    QRadioButton *m_daily;
    QRadioButton *m_weekdays;
    QTimeEdit *m_time;
    QList<QCheckBox *> m_days;  // Monday first
    QCheckBox *m_drill;
    QCheckBox *m_prune;
    QSpinBox *m_keepDaily;
    QSpinBox *m_keepWeekly;
    QSpinBox *m_keepMonthly;
    QCheckBox *m_savePlan;
    QLineEdit *m_planPath;
    QLabel *m_error;
};

}  // namespace lbw::ui
