#include "SummaryPage.h"

#include "BackupWizard.h"
#include "WizardModel.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent),
      m_steps(new QTreeWidget(this)),
      m_verify(new QCheckBox(tr("Verify the new set after the backup (re-reads every file)"), this)),
      m_savePlan(new QCheckBox(tr("Save these choices as the plan for scheduled runs:"), this)),
      m_planPath(new QLineEdit(this)),
      m_error(new QLabel(this)) {
    setTitle(tr("Summary"));
    setSubTitle(tr("The backup will run these steps, in this order. Nothing has been written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Back up"));
    m_steps->setHeaderLabels({tr("Step"), tr("Details")});
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_error->setStyleSheet(QStringLiteral("color:#c50f1f"));
    m_error->setWordWrap(true);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_savePlan);
    planRow->addWidget(m_planPath, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_verify);
    layout->addLayout(planRow);
    layout->addWidget(m_error);
    QSettings settings;
    m_planPath->setText(
        settings
            .value(QStringLiteral("wizard/planPath"),
                   QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                            QStringLiteral("/lync-backup-plan.json")))
            .toString());
    m_savePlan->setChecked(settings.value(QStringLiteral("wizard/savePlan"), false).toBool());
    connect(m_savePlan, &QCheckBox::toggled, m_planPath, &QLineEdit::setEnabled);
    m_planPath->setEnabled(m_savePlan->isChecked());
}

void SummaryPage::initializePage() {
    const WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    m_verify->setChecked(model->verifyAfterBackup());
    m_steps->clear();
    const BackupPlan plan = model->plan();
    int step = 0;
    auto add = [&](const QString &title, const QString &details) {
        new QTreeWidgetItem(m_steps, {QStringLiteral("%1. %2").arg(++step).arg(title), details});
    };
    add(tr("Check the location and take its lock"), QDir::toNativeSeparators(plan.location));
    for (const PlanItem &item : plan.items)
        add(tr("Back up %1").arg(model->titleOf(item.name)),
            item.path.isEmpty() ? item.name : QDir::toNativeSeparators(item.path));
    add(tr("Write manifest.json and SHA256SUMS, flush to disk"), QString());
    add(tr("Commit the set and point LATEST ($backup) at it"), QString());
    if (m_verify->isChecked())
        add(tr("Verify the new set"), QString());
    m_error->clear();
}

bool SummaryPage::validatePage() {
    WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    model->setVerifyAfterBackup(m_verify->isChecked());
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/savePlan"), m_savePlan->isChecked());
    if (m_savePlan->isChecked()) {
        const QString path = QDir::fromNativeSeparators(m_planPath->text().trimmed());
        settings.setValue(QStringLiteral("wizard/planPath"), m_planPath->text());
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (Status saved = model->plan().save(path); !saved) {
            m_error->setText(tr("The plan could not be saved: %1").arg(saved.errorMessage()));
            return false;
        }
        model->setSavePlanPath(path);
    }
    return true;
}

}  // namespace lbw::ui
