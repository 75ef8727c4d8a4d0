#include "WizardModel.h"

#include "sample/SampleDeployment.h"
#include "topology/TopologyReader.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace lbw::ui {

WizardModel::WizardModel(QObject *parent) : QObject(parent) {}

void WizardModel::offer(const QList<PlanItem> &items) {
    m_offered = items;
    // Messages of the run name the item as the operator knows it.
    for (PlanItem &item : m_offered)
        item.title = titleOf(item.name);
    m_selected.clear();
    for (const PlanItem &item : items)
        if (necessityOf(item.name) != Necessity::Optional)
            m_selected.insert(item.name);
    emit deploymentChanged();
    emit selectionChanged();
}

namespace {

const QString kDeploymentKey = QStringLiteral("wizard/deployment");
const QString kDeploymentKindKey = QStringLiteral("wizard/deploymentKind");

void rememberDeployment(const QString &file, const QString &kind) {
    QSettings settings;
    settings.setValue(kDeploymentKey, QFileInfo(file).absoluteFilePath());
    settings.setValue(kDeploymentKindKey, kind);
}

}  // namespace

bool WizardModel::reopenLastDeployment() {
    const QSettings settings;
    const QString file = settings.value(kDeploymentKey).toString();
    if (file.isEmpty() || !QFileInfo::exists(file))
        return false;
    return settings.value(kDeploymentKindKey).toString() == QLatin1String("topology") ? bool(openTopology(file))
                                                                                      : bool(openPlan(file));
}

Status WizardModel::openTopology(const QString &file) {
    Result<Topology> topology = readTopologyFile(file);
    if (!topology)
        return topology.error();
    rememberDeployment(file, QStringLiteral("topology"));
    m_topology = *topology;
    m_settings = BackupPlan();  // a new deployment: no settings of an earlier plan
    m_catalog = buildCatalog(*topology);
    m_planName = QFileInfo(file).completeBaseName();
    m_topologyFile = QFileInfo(file).absoluteFilePath();
    m_sourceDescription = tr("Topology %1 (%2)").arg(QDir::toNativeSeparators(file), topology->format);
    const BackupPlan plan = planFromCatalog(m_catalog, m_location, m_planName);
    offer(plan.items);
    return {};
}

Status WizardModel::openPlan(const QString &file) {
    Result<BackupPlan> plan = BackupPlan::load(file);
    if (!plan)
        return plan.error();
    rememberDeployment(file, QStringLiteral("plan"));
    m_topology.reset();
    m_catalog.clear();
    m_settings = *plan;
    m_planName = plan->name;
    m_topologyFile = plan->topology;
    // A plan made from a topology is judged by it: what the documents
    // require stays required when the plan is opened again.
    if (!plan->topology.isEmpty())
        if (Result<Topology> topology = readTopologyFile(plan->topology))
            m_catalog = buildCatalog(*topology);
    m_sourceDescription = tr("Plan %1").arg(QDir::toNativeSeparators(file));
    m_verifyAfter = plan->verifyAfterBackup;
    if (!plan->location.isEmpty())
        m_location = plan->location;
    offer(plan->items);
    return {};
}

Status WizardModel::openSampleDeployment(const QString &dir) {
    const QString planFile = dir + QStringLiteral("/sample-plan.json");
    if (!QFileInfo::exists(planFile)) {
        Result<QString> created = createSampleDeployment(dir);
        if (!created)
            return created.error();
    }
    return openPlan(planFile);
}

Necessity WizardModel::necessityOf(const QString &itemName) const {
    for (const CatalogItem &item : m_catalog)
        if (item.name == itemName)
            return item.necessity;
    // A plan without a topology (the sample, an ad hoc plan): the data the
    // Lync documents require (file stores, the Central Management store,
    // LIS, user data) by kind and name; the rest was chosen before and may
    // be left out.
    static const QStringList required{QStringLiteral("xds"), QStringLiteral("cms"), QStringLiteral("lis"),
                                      QStringLiteral("rtcxds")};
    for (const PlanItem &item : m_offered)
        if (item.name == itemName)
            return item.kind == QLatin1String("filestore") || required.contains(item.name, Qt::CaseInsensitive) ||
                           required.contains(item.options.value(QLatin1String("database")).toString(),
                                             Qt::CaseInsensitive)
                       ? Necessity::Required
                       : Necessity::Recommended;
    return Necessity::Recommended;
}

QString WizardModel::poolOf(const QString &itemName) const {
    for (const CatalogItem &item : m_catalog)
        if (item.name == itemName)
            return item.pool.isEmpty() ? tr("Deployment-wide") : item.pool;
    for (const PlanItem &item : m_offered)
        if (item.name == itemName)
            return item.kind == QLatin1String("filestore") ? tr("File stores") : tr("Databases");
    return {};
}

QString WizardModel::titleOf(const QString &itemName) const {
    for (const CatalogItem &item : m_catalog)
        if (item.name == itemName)
            return item.title;
    // A plan without a topology: name Lync's databases for what they hold.
    static const QHash<QString, const char *> lyncDatabases{
        {QStringLiteral("xds"), QT_TR_NOOP("Central Management store (xds)")},
        {QStringLiteral("lis"), QT_TR_NOOP("E9-1-1 location information (lis)")},
        {QStringLiteral("rtcxds"), QT_TR_NOOP("User data: contacts, permissions, meetings (rtcxds)")},
        {QStringLiteral("rgsconfig"), QT_TR_NOOP("Response Group configuration (rgsconfig)")},
        {QStringLiteral("LcsCDR"), QT_TR_NOOP("Monitoring: call detail records (LcsCDR)")},
        {QStringLiteral("QoEMetrics"), QT_TR_NOOP("Monitoring: quality of experience (QoEMetrics)")},
        {QStringLiteral("LcsLog"), QT_TR_NOOP("Archiving (LcsLog)")},
        {QStringLiteral("mgc"), QT_TR_NOOP("Persistent Chat (mgc)")},
        {QStringLiteral("filestore"), QT_TR_NOOP("Lync file store")},
    };
    if (const char *title = lyncDatabases.value(itemName))
        return tr(title);
    return itemName;
}

void WizardModel::setSelected(const QString &itemName, bool selected) {
    if (selected == m_selected.contains(itemName))
        return;
    if (selected)
        m_selected.insert(itemName);
    else
        m_selected.remove(itemName);
    emit selectionChanged();
}

void WizardModel::setLocation(const QString &location) {
    m_location = location.trimmed();
}

namespace {

QString estimateKey(const PlanItem &item) {
    return item.name + QLatin1Char('\n') + item.path;
}

}  // namespace

void WizardModel::rememberEstimate(const PlanItem &item, SourceEstimate estimate) {
    m_estimates.insert(estimateKey(item), estimate);
}

std::optional<SourceEstimate> WizardModel::knownEstimate(const PlanItem &item) const {
    const auto found = m_estimates.constFind(estimateKey(item));
    return found == m_estimates.constEnd() ? std::nullopt : std::optional<SourceEstimate>(*found);
}

QHash<QString, SourceEstimate> WizardModel::knownEstimates(const QList<PlanItem> &items) const {
    QHash<QString, SourceEstimate> known;
    for (const PlanItem &item : items)
        if (const std::optional<SourceEstimate> estimate = knownEstimate(item))
            known.insert(item.name, *estimate);
    return known;
}

BackupPlan WizardModel::plan() const {
    BackupPlan plan = m_settings;
    plan.items.clear();
    plan.name = m_planName.isEmpty() ? tr("Backup") : m_planName;
    plan.location = m_location;
    plan.verifyAfterBackup = m_verifyAfter;
    plan.topology = m_topologyFile;
    for (const PlanItem &item : m_offered)
        if (m_selected.contains(item.name))
            plan.items << item;
    return plan;
}

QStringList WizardModel::sourcePaths() const {
    QStringList paths;
    for (const PlanItem &item : m_offered)
        if (item.kind == QLatin1String("filestore") || item.kind == QLatin1String("sqlite"))
            paths << item.path;
    return paths;
}

}  // namespace lbw::ui
