#include "DeploymentPage.h"

#include "BackupWizard.h"
#include "StatusIcon.h"
#include "TreeRows.h"
#include "WizardModel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {
namespace {
QTreeWidgetItem *addNode(QTreeWidgetItem *parent, const QString &icon, const QString &text,
                         const QString &detail = {}) {
    auto *node = new QTreeWidgetItem(parent, {text, detail});
    node->setIcon(0, QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    return node;
}
}  // namespace

DeploymentPage::DeploymentPage(QWidget *parent)
    : QWizardPage(parent), m_source(new QLabel(this)), m_error(new QLabel(this)), m_tree(new QTreeWidget(this)) {
    setTitle(tr("Deployment"));
    setSubTitle(
        tr("Open the topology of your deployment (from Get-CsTopology -AsXml or Topology Builder), a saved "
           "plan, or try the wizard on the sample deployment."));
    auto *buttons = new QHBoxLayout;
    auto *topology = new QPushButton(tr("Open &topology…"), this);
    auto *plan = new QPushButton(tr("Open &plan…"), this);
    auto *sample = new QPushButton(tr("Use the &sample deployment"), this);
    sample->setObjectName(QStringLiteral("useSample"));
    buttons->addWidget(topology);
    buttons->addWidget(plan);
    buttons->addWidget(sample);
    buttons->addStretch();
    m_tree->setHeaderLabels({tr("Deployment"), tr("Details")});
    m_tree->setObjectName(QStringLiteral("deploymentTree"));
    m_tree->setAccessibleName(title());
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    keepRowsFittedToWrappedText(m_tree, 1);  // a pool's roles wrap, never cut off
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c50f1f"));
    m_source->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_source);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);

    connect(topology, &QPushButton::clicked, this, [this] {
        QSettings settings;
        const QString file = QFileDialog::getOpenFileName(this, tr("Open topology"),
                                                          settings.value(QStringLiteral("wizard/lastDir")).toString(),
                                                          tr("Lync topology (*.xml *.tbxml);;All files (*)"));
        if (file.isEmpty())
            return;
        settings.setValue(QStringLiteral("wizard/lastDir"), QFileInfo(file).absolutePath());
        openTopologyFile(file);
    });
    connect(plan, &QPushButton::clicked, this, [this] {
        QSettings settings;
        const QString file = QFileDialog::getOpenFileName(this, tr("Open plan"),
                                                          settings.value(QStringLiteral("wizard/lastDir")).toString(),
                                                          tr("Backup plan (*.json);;All files (*)"));
        if (!file.isEmpty())
            openPlanFile(file);
    });
    connect(sample, &QPushButton::clicked, this, [this] {
        openSample(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sample"));
    });
}

void DeploymentPage::openPlanFile(const QString &file) {
    showResult(static_cast<BackupWizard *>(wizard())->model()->openPlan(file));
}

void DeploymentPage::openTopologyFile(const QString &file) {
    showResult(static_cast<BackupWizard *>(wizard())->model()->openTopology(file));
}

void DeploymentPage::initializePage() {
    // The deployment opened last time opens again: an operator backs up the
    // same deployment run after run.
    WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    if (model->offeredItems().isEmpty() && model->reopenLastDeployment()) {
        rebuildTree();
        emit completeChanged();
    }
}

void DeploymentPage::openSample(const QString &dir) {
    showResult(static_cast<BackupWizard *>(wizard())->model()->openSampleDeployment(dir));
}

void DeploymentPage::showResult(const Status &status) {
    m_error->setText(status ? QString() : status.errorMessage());
    rebuildTree();
    emit completeChanged();
}

bool DeploymentPage::isComplete() const {
    return !static_cast<BackupWizard *>(wizard())->model()->offeredItems().isEmpty();
}

void DeploymentPage::rebuildTree() {
    const WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    m_tree->clear();
    m_source->setText(model->sourceDescription());
    if (const auto &topology = model->topology()) {
        for (const Site &site : topology->sites) {
            auto *siteNode =
                addNode(m_tree->invisibleRootItem(), QStringLiteral("site"), site.name,
                        site.central ? tr("central site %1").arg(site.siteId) : tr("branch site %1").arg(site.siteId));
            for (const Cluster &cluster : topology->clusters) {
                if (cluster.siteId != site.siteId)
                    continue;
                QStringList roles;
                for (const Service &service : topology->services)
                    if (service.clusterKey == cluster.key && !roles.contains(roleTitle(service.id.roleName)))
                        roles << roleTitle(service.id.roleName);
                auto *pool =
                    addNode(siteNode, QStringLiteral("server"), cluster.fqdn, roles.join(QStringLiteral(", ")));
                for (const Machine &machine : cluster.machines)
                    if (machine.fqdn != cluster.fqdn || cluster.machines.size() > 1)
                        addNode(pool, QStringLiteral("server"), machine.fqdn,
                                machine.addresses.join(QStringLiteral(", ")));
                for (const SqlInstance &sql : topology->sqlInstances) {
                    if (sql.clusterKey != cluster.key)
                        continue;
                    QStringList stores;
                    for (const Service &service : topology->services)
                        if (service.sqlInstanceKey == sql.key && !stores.contains(roleTitle(service.id.roleName)))
                            stores << roleTitle(service.id.roleName);
                    addNode(pool, QStringLiteral("database"), topology->sqlInstanceName(sql),
                            stores.join(QStringLiteral(", ")));
                }
                for (const Service &service : topology->services)
                    if (service.clusterKey == cluster.key && service.id.roleName == QLatin1String("FileStore"))
                        addNode(pool, QStringLiteral("folder"),
                                QStringLiteral("\\\\%1\\%2")
                                    .arg(cluster.fqdn, service.facts.value(QStringLiteral("ShareName"))),
                                tr("file store"));
            }
        }
        for (const QString &unknown : topology->unknownElements)
            addNode(m_tree->invisibleRootItem(), QStringLiteral("status-warning"), unknown,
                    tr("not known to this version"));
    } else {
        for (const PlanItem &item : model->offeredItems())
            addNode(m_tree->invisibleRootItem(),
                    item.kind == QLatin1String("filestore") ? QStringLiteral("folder") : QStringLiteral("database"),
                    item.displayName(), QDir::toNativeSeparators(item.path));
    }
    m_tree->expandAll();
    fitRowsToWrappedText(m_tree, 1);
    // A current row, not selected: a tree that has been cleared gets none
    // when it takes the focus, and would show no focus at all.
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
}

}  // namespace lbw::ui
