#pragma once
// The one model object the backup wizard owns and hands to each page: what
// deployment was opened, what to back up, where, and how the run went.
// Pages read and write it; going Back keeps every choice.

#include "jobs/BackupJob.h"
#include "model/BackupPlan.h"
#include "model/Schedule.h"
#include "model/Topology.h"
#include "topology/Catalog.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace lbw::ui {

class WizardModel : public QObject {
    Q_OBJECT
public:
    explicit WizardModel(QObject *parent = nullptr);

    // One of these fills the model; the error is translated and actionable.
    Status openTopology(const QString &file);
    Status openPlan(const QString &file);
    Status openSampleDeployment(const QString &dir);
    // The topology or plan opened last time (remembered when it opened
    // without error), opened again; false when there is none to open.
    bool reopenLastDeployment();

    QString sourceDescription() const { return m_sourceDescription; }
    const std::optional<Topology> &topology() const { return m_topology; }
    const QList<CatalogItem> &catalog() const { return m_catalog; }

    // Every item offered: from the catalog (topology) or the plan.
    const QList<PlanItem> &offeredItems() const { return m_offered; }
    Necessity necessityOf(const QString &itemName) const;
    QString poolOf(const QString &itemName) const;
    QString titleOf(const QString &itemName) const;
    bool isSelected(const QString &itemName) const { return m_selected.contains(itemName); }
    void setSelected(const QString &itemName, bool selected);

    QString location() const { return m_location; }
    void setLocation(const QString &location);
    bool verifyAfterBackup() const { return m_verifyAfter; }
    void setVerifyAfterBackup(bool verify) { m_verifyAfter = verify; }
    QString savePlanPath() const { return m_savePlanPath; }  // empty: do not save
    void setSavePlanPath(const QString &path) { m_savePlanPath = path; }
    // Which old sets each good run removes; empty keeps every set.
    const RetentionPolicy &retention() const { return m_settings.retention; }
    void setRetention(const RetentionPolicy &retention) { m_settings.retention = retention; }
    // The operator came to schedule backups (the start page's task): the
    // schedule page then offers a daily run first.
    bool wantsSchedule = false;
    // Installed once the run it follows has committed a good set.
    std::optional<Schedule> pendingSchedule;

    // The plan this run will execute: offered items that are selected.
    BackupPlan plan() const;
    QStringList sourcePaths() const;

    // Sizes measured on the items page, reused by the location check and
    // handed to the run, so a store is not walked again before the walk
    // that copies it. An item whose path changes is measured again.
    void rememberEstimate(const PlanItem &item, SourceEstimate estimate);
    std::optional<SourceEstimate> knownEstimate(const PlanItem &item) const;
    QHash<QString, SourceEstimate> knownEstimates(const QList<PlanItem> &items) const;  // by item name

    std::optional<BackupReport> lastReport;

signals:
    void deploymentChanged();
    void selectionChanged();

private:
    void offer(const QList<PlanItem> &items);

    QString m_sourceDescription;
    // What an opened plan holds besides its items and location (retention,
    // notification, a second location, thresholds): kept in the plans the
    // wizard saves and runs, never dropped.
    BackupPlan m_settings;
    QString m_planName;
    QString m_topologyFile;  // kept in every set the wizard writes
    std::optional<Topology> m_topology;
    QList<CatalogItem> m_catalog;
    QList<PlanItem> m_offered;
    QSet<QString> m_selected;
    QString m_location;
    bool m_verifyAfter = true;
    QString m_savePlanPath;
    QHash<QString, SourceEstimate> m_estimates;  // by item name and path
};

}  // namespace lbw::ui
