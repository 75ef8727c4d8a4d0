#include "BackupWizard.h"

#include "pages/StartPage.h"

#include "model/BackupPlan.h"

#include <QIcon>

namespace lbw::ui {

BackupWizard::BackupWizard(QWidget *parent) : QWizard(parent) {
    setWindowTitle(tr("Lync Backup Wizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lync-backup-wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(StartPageId, new StartPage(this));
    setStartId(StartPageId);
    resize(820, 600);
}

}  // namespace lbw::ui

namespace lbw::ui {

void BackupWizard::openPlan(const QString &planFile) {
    Result<BackupPlan> plan = BackupPlan::load(planFile);
    if (!plan) {
        emit planChanged(plan.errorMessage());
        return;
    }
    emit planChanged(tr("Plan \"%1\": %n items, backed up to %2.", nullptr, int(plan->items.size()))
                         .arg(plan->name, plan->location));
}

}  // namespace lbw::ui
