#include "SummaryPage.h"

#include "BackupWizard.h"
#include "TreeRows.h"
#include "WizardModel.h"

#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent),
      m_steps(new QTreeWidget(this)),
      m_verify(new QCheckBox(tr("&Verify the new set after the backup (re-reads every file)"), this)) {
    setTitle(tr("Summary"));
    setSubTitle(tr("The backup will run these steps, in this order. Nothing has been written yet."));
    m_steps->setHeaderLabels({tr("Step"), tr("Details")});
    m_steps->setRootIsDecorated(false);
    m_steps->setObjectName(QStringLiteral("summarySteps"));
    m_steps->setAccessibleName(title());
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    keepRowsFittedToWrappedText(m_steps, 1);  // long paths wrap, never cut off
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_verify);
    // The list follows the box: unticked, there is no verification step.
    connect(m_verify, &QCheckBox::toggled, this, [this] {
        if (wizard())
            showSteps();
    });
}

void SummaryPage::initializePage() {
    m_verify->setChecked(static_cast<BackupWizard *>(wizard())->model()->verifyAfterBackup());
    showSteps();
}

void SummaryPage::showSteps() {
    const WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    m_steps->clear();
    const BackupPlan plan = model->plan();
    int step = 0;
    auto add = [&](const QString &title, const QString &details) {
        new QTreeWidgetItem(m_steps, {QStringLiteral("%1. %2").arg(++step).arg(title), details});
    };
    add(tr("Check the location and take its lock"), QDir::toNativeSeparators(plan.location));
    for (const PlanItem &item : plan.items)
        add(tr("Back up: %1").arg(model->titleOf(item.name)),
            item.path.isEmpty() ? item.name : QDir::toNativeSeparators(item.path));
    add(tr("Write manifest.json and SHA256SUMS, flush to disk"), QString());
    add(tr("Commit the set and point LATEST ($backup) at it"), QString());
    if (m_verify->isChecked())
        add(tr("Verify the new set"), QString());
    fitRowsToWrappedText(m_steps, 1);
}

bool SummaryPage::validatePage() {
    static_cast<BackupWizard *>(wizard())->model()->setVerifyAfterBackup(m_verify->isChecked());
    return true;
}

}  // namespace lbw::ui
