#include "recover/ChecksPage.h"

#include "StatusIcon.h"
#include "recover/RecoveryWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {

ChecksPage::ChecksPage(QWidget *parent)
    : QWizardPage(parent),
      m_checks(new QTreeWidget(this)),
      m_detail(new QLabel(this)),
      m_recheck(new QPushButton(tr("&Re-check"), this)),
      m_summary(new QLabel(this)) {
    setTitle(tr("Prerequisites"));
    setSubTitle(tr("This computer must match the server it replaces, as the backup recorded it."));
    auto *layout = new QVBoxLayout(this);
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("What to do")});
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->setAccessibleName(tr("Prerequisite checks"));
    m_checks->setObjectName(QStringLiteral("checks"));
    layout->addWidget(m_checks, 1);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("checkDetail"));
    layout->addWidget(m_detail);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_recheck, 0, Qt::AlignLeft);
    connect(m_recheck, &QPushButton::clicked, this, &ChecksPage::runChecks);
    connect(m_checks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *row) {
        m_detail->setText(
            row ? QStringLiteral("<b>%1</b> (%2): %3")
                      .arg(row->text(0).toHtmlEscaped(), row->text(1).toHtmlEscaped(), row->text(2).toHtmlEscaped())
                : QString());
    });
}

void ChecksPage::initializePage() {
    runChecks();
}

void ChecksPage::runChecks() {
    m_checked = false;
    m_recheck->setEnabled(false);
    m_checks->clear();
    m_summary->setText(tr("Checking this computer…"));
    emit completeChanged();
    const RecoverySession &session = static_cast<RecoveryWizard *>(wizard())->session();
    if (!session.plan || !session.manifest)
        return;
    const Manifest manifest = *session.manifest;
    const ServerProfile server = session.plan->profile;
    QPointer<ChecksPage> self = this;
    // DNS answers can take seconds: never on this thread.
    QThreadPool::globalInstance()->start([self, manifest, server] {
        const QList<PrerequisiteCheck> checks = checkAgainstServer(manifest, server, HostFacts::ofThisMachine(), {});
        QMetaObject::invokeMethod(self, [self, checks] {
            if (self)
                self->showChecks(checks);
        });
    });
}

void ChecksPage::showChecks(const QList<PrerequisiteCheck> &checks) {
    for (const PrerequisiteCheck &check : checks) {
        auto *row =
            new QTreeWidgetItem(m_checks, {check.title, prerequisiteResultText(check.result), check.explanation});
        row->setIcon(1, statusIcon(check.result == PrerequisiteCheck::Result::Pass ? StatusKind::Ok
                                   : check.blocks()                                ? StatusKind::Failed
                                                                                   : StatusKind::Warning));
        row->setToolTip(2, check.explanation);
    }
    // The first failure is what the operator must read: choose it for them.
    QTreeWidgetItem *first = m_checks->topLevelItem(0);
    for (int i = 0; i < checks.size(); ++i)
        if (checks[i].blocks()) {
            first = m_checks->topLevelItem(i);
            break;
        }
    m_checks->setCurrentItem(first);
    m_blocked = anyBlocks(checks);
    m_checked = true;
    m_recheck->setEnabled(true);
    QString summary = m_blocked ? tr("A required check failed: fix it, then Re-check. Nothing can be restored "
                                     "before then.")
                                : tr("This computer may receive the server's data.");
    // These are the plan's "this computer" step: the journal keeps this run as its outcome.
    RecoverySession &session = static_cast<RecoveryWizard *>(wizard())->session();
    if (Status recorded = session.recordCheck(QStringLiteral("this-computer"), thisComputerOutcome(checks),
                                              tr("Checked on the wizard's Prerequisites page."));
        !recorded)
        summary += QLatin1Char(' ') + recorded.errorMessage();
    m_summary->setText(summary);
    emit completeChanged();
}

bool ChecksPage::isComplete() const {
    return m_checked && !m_blocked;
}

}  // namespace lbw::ui
