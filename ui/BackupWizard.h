#pragma once
// The main window: a QWizard in the manner of Lync's own Deployment Wizard.
// It owns the model the pages share and the runner that does the work off
// the GUI thread.

#include <QWizard>

namespace lbw::ui {

class WizardModel;
class BackupRunner;

class BackupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        StartPageId,
        DeploymentPageId,
        LocationPageId,
        ItemsPageId,
        SummaryPageId,
        SchedulePageId,
        ProgressPageId,
        FinishedPageId
    };

    explicit BackupWizard(QWidget *parent = nullptr);
    ~BackupWizard() override;

    WizardModel *model() const { return m_model; }
    BackupRunner *runner() const { return m_runner; }

    // Loads a plan file (for example the sample deployment's) and starts at
    // the deployment page with it.
    void openPlan(const QString &planFile);

    void done(int result) override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool confirmStopRun();

    WizardModel *m_model;
    BackupRunner *m_runner;
};

}  // namespace lbw::ui
