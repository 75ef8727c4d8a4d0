#include "BackupWizard.h"

#include "Ask.h"
#include "BackupRunner.h"
#include "WizardModel.h"
#include "pages/DeploymentPage.h"
#include "pages/FinishedPage.h"
#include "pages/ItemsPage.h"
#include "pages/LocationPage.h"
#include "pages/ProgressPage.h"
#include "pages/SchedulePage.h"
#include "pages/StartPage.h"
#include "pages/SummaryPage.h"

#include <QCloseEvent>
#include <QIcon>
#include <QSettings>

namespace lbw::ui {

BackupWizard::BackupWizard(QWidget *parent)
    : QWizard(parent), m_model(new WizardModel(this)), m_runner(new BackupRunner(this)) {
    setWindowTitle(tr("Lync Backup Wizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lync-backup-wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(StartPageId, new StartPage(this));
    setPage(DeploymentPageId, new DeploymentPage(this));
    setPage(LocationPageId, new LocationPage(this));
    setPage(ItemsPageId, new ItemsPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setPage(SchedulePageId, new SchedulePage(this));
    setPage(ProgressPageId, new ProgressPage(this));
    setPage(FinishedPageId, new FinishedPage(this));
    setStartId(StartPageId);
    setMinimumSize(760, 560);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("wizard/geometry")).toByteArray()))
        resize(880, 640);
    m_model->setLocation(settings.value(QStringLiteral("wizard/location")).toString());
}

BackupWizard::~BackupWizard() {
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/geometry"), saveGeometry());
}

void BackupWizard::openPlan(const QString &planFile) {
    static_cast<DeploymentPage *>(page(DeploymentPageId))->openPlanFile(planFile);
}

bool BackupWizard::confirmStopRun() {
    if (!m_runner->isRunning())
        return true;
    if (!askYesNo(this, tr("Stop the backup?"),
                  tr("A backup is running. Stop it? What it wrote so far is left as a .partial folder, which is "
                     "never used for a restore. The backup goes on while this question is open: if it finishes "
                     "first, its set is kept.")))
        return false;
    m_runner->cancel();
    return true;
}

void BackupWizard::done(int result) {
    if (!confirmStopRun())
        return;
    QWizard::done(result);
}

void BackupWizard::closeEvent(QCloseEvent *event) {
    // QDialog turns a close into reject(), that is done(): the one place
    // that asks. Asking here too would ask twice.
    QWizard::closeEvent(event);
}

}  // namespace lbw::ui
