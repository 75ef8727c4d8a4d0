#pragma once
// What to back up, derived from the topology: the items of the documented
// procedure ("Backup and restoration requirements: data"), each marked
// required, recommended or optional, with its method and the server it runs
// against, plus the databases setup rebuilds, listed so the operator sees
// they were considered.

#include "model/BackupPlan.h"
#include "model/Topology.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lbw {

enum class Necessity { Required, Recommended, Optional, NotBackedUp };
enum class BackupMethod { CmdletExport, SqlBackup, FileCopy, RebuiltBySetup };

QString necessityKey(Necessity necessity);   // "required", ...
QString necessityText(Necessity necessity);  // translated
QString methodKey(BackupMethod method);      // "cmdlet", "sql", "file", "rebuilt"
QString methodText(BackupMethod method);     // translated

struct CatalogItem {
    QString name;   // the plan item name (letters, digits, '.', '_', '-')
    QString title;  // translated, what it holds
    Necessity necessity = Necessity::Required;
    BackupMethod method = BackupMethod::CmdletExport;
    QString pool;      // FQDN of the pool or server it belongs to (for grouping)
    QString server;    // where it runs: a FQDN, a SQL instance (fqdn\instance) or a UNC path
    QString database;  // SQL database name, when it is one
    QString exportCommand;
    QString importCommand;
    QString note;  // translated: why, or what the operator should know

    bool isBackedUp() const { return necessity != Necessity::NotBackedUp; }
    PlanItem toPlanItem() const;
    QJsonObject toJson() const;
};

QList<CatalogItem> buildCatalog(const Topology &topology);
// A plan with every item that is backed up, into `location`.
BackupPlan planFromCatalog(const QList<CatalogItem> &catalog, const QString &location, const QString &name);

}  // namespace lbw
