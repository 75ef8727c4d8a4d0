#include "recover/ServerPage.h"

#include "recover/RecoveryWizard.h"
#include "recovery/HostFacts.h"
#include "recovery/RecoveryPlan.h"
#include "recovery/ServerProfile.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {

ServerPage::ServerPage(QWidget *parent)
    : QWizardPage(parent), m_machines(new QTreeWidget(this)), m_procedure(new QLabel(this)) {
    setTitle(tr("This server"));
    setSubTitle(tr("Choose the server of the topology that this computer replaces. It must have the same FQDN."));
    auto *layout = new QVBoxLayout(this);
    m_machines->setHeaderLabels({tr("Server"), tr("Pool"), tr("What it was")});
    m_machines->setRootIsDecorated(false);
    m_machines->setAllColumnsShowFocus(true);
    m_machines->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_machines->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_machines->setAccessibleName(tr("Servers of the topology"));
    layout->addWidget(m_machines, 1);
    m_procedure->setWordWrap(true);
    layout->addWidget(m_procedure);
    connect(m_machines, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *row = m_machines->currentItem();
        m_procedure->setText(row ? row->data(0, Qt::UserRole).toString() : QString());
        emit completeChanged();
    });
}

void ServerPage::initializePage() {
    m_machines->clear();
    const RecoverySession &session = static_cast<RecoveryWizard *>(wizard())->session();
    if (!session.topology)
        return;
    for (const QString &fqdn : topologyMachines(*session.topology)) {
        const Result<ServerProfile> profile = profileServer(*session.topology, fqdn);
        if (!profile)
            continue;
        auto *row =
            new QTreeWidgetItem(m_machines, {fqdn, profile->poolFqdn, profile->kindTexts().join(QStringLiteral(", "))});
        Result<RecoveryPlan> plan = buildRecoveryPlan(session.setPath, *session.manifest, *session.topology, fqdn);
        row->setData(
            0, Qt::UserRole,
            plan ? tr("Microsoft's procedures: %1. %n steps.", nullptr, int(plan->steps.size())).arg(plan->procedure)
                 : plan.errorMessage());
    }
    // This computer's name decides the preselection; asking the resolver
    // may wait, so not on this thread.
    QPointer<ServerPage> self = this;
    QThreadPool::globalInstance()->start([self] {
        const QString here = HostFacts::ofThisMachine().fqdn;
        QMetaObject::invokeMethod(self, [self, here] {
            if (!self || self->m_machines->currentItem())
                return;
            for (int i = 0; i < self->m_machines->topLevelItemCount(); ++i)
                if (self->m_machines->topLevelItem(i)->text(0).compare(here, Qt::CaseInsensitive) == 0)
                    self->m_machines->setCurrentItem(self->m_machines->topLevelItem(i));
        });
    });
}

bool ServerPage::isComplete() const {
    return m_machines->currentItem() != nullptr;
}

bool ServerPage::validatePage() {
    RecoverySession &session = static_cast<RecoveryWizard *>(wizard())->session();
    if (Status chosen = session.chooseServer(m_machines->currentItem()->text(0)); !chosen) {
        m_procedure->setText(chosen.errorMessage());
        return false;
    }
    return true;
}

}  // namespace lbw::ui
