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
    m_machines->setObjectName(QStringLiteral("machines"));
    layout->addWidget(m_machines, 1);
    m_procedure->setWordWrap(true);
    layout->addWidget(m_procedure);
    connect(m_machines, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *row = m_machines->currentItem();
        m_procedure->setText(row ? row->data(0, Qt::UserRole).toString() : QString());
        emit completeChanged();
    });
}

namespace {

struct MachineRow {
    QString fqdn;
    QString pool;
    QString kinds;
    QString procedure;  // or why no plan can be made
};

// Profiles and plans for every machine: a large topology takes a moment.
QList<MachineRow> describeMachines(const QString &setPath, const Manifest &manifest, const Topology &topology) {
    QList<MachineRow> rows;
    for (const QString &fqdn : topologyMachines(topology)) {
        const Result<ServerProfile> profile = profileServer(topology, fqdn);
        if (!profile)
            continue;
        const Result<RecoveryPlan> plan = buildRecoveryPlan(setPath, manifest, topology, fqdn);
        rows.append({fqdn, profile->poolFqdn, profile->kindTexts().join(QStringLiteral(", ")),
                     plan ? ServerPage::tr("Microsoft's procedures: %1. %n steps.", nullptr, int(plan->steps.size()))
                                .arg(plan->procedure)
                          : plan.errorMessage()});
    }
    return rows;
}

}  // namespace

void ServerPage::initializePage() {
    m_machines->clear();
    const RecoverySession &session = static_cast<RecoveryWizard *>(wizard())->session();
    if (!session.topology || !session.manifest)
        return;
    m_procedure->setText(tr("Reading the topology…"));
    const QString resumeServer = static_cast<RecoveryWizard *>(wizard())->resumeServer();
    const QString setPath = session.setPath;
    const Manifest manifest = *session.manifest;
    const Topology topology = *session.topology;
    const int generation = ++m_generation;
    QPointer<ServerPage> self = this;
    // Plans for every machine, and this computer's name, which may ask the
    // resolver and wait: never on this thread.
    QThreadPool::globalInstance()->start([self, setPath, manifest, topology, resumeServer, generation] {
        const QList<MachineRow> rows = describeMachines(setPath, manifest, topology);
        const QString preselect = resumeServer.isEmpty() ? HostFacts::ofThisMachine().fqdn : resumeServer;
        QMetaObject::invokeMethod(self, [self, rows, preselect, generation] {
            if (!self || generation != self->m_generation)
                return;
            self->m_procedure->clear();
            for (const MachineRow &machine : rows) {
                auto *row = new QTreeWidgetItem(self->m_machines, {machine.fqdn, machine.pool, machine.kinds});
                row->setData(0, Qt::UserRole, machine.procedure);
                if (machine.fqdn.compare(preselect, Qt::CaseInsensitive) == 0)
                    self->m_machines->setCurrentItem(row);
            }
            if (!self->m_machines->currentItem())
                self->m_procedure->setText(
                    tr("No machine of the topology has this computer's name (%1). Choose the one it replaces; the "
                       "prerequisites will show what differs.")
                        .arg(preselect));
            self->m_machines->setFocus();
        });
    });
}

bool ServerPage::isComplete() const {
    return m_machines->currentItem() != nullptr;
}

bool ServerPage::validatePage() {
    if (!m_machines->currentItem())
        return false;
    RecoverySession &session = static_cast<RecoveryWizard *>(wizard())->session();
    if (Status chosen = session.chooseServer(m_machines->currentItem()->text(0)); !chosen) {
        m_procedure->setText(chosen.errorMessage());
        return false;
    }
    return true;
}

}  // namespace lbw::ui
