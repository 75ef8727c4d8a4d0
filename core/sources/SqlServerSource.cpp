#include "sources/SqlServerSource.h"

#include "backupset/SetLayout.h"
#include "jobs/Progress.h"
#include "platform/Platform.h"
#include "recovery/HostFacts.h"
#include "sources/SqlConnection.h"
#include "sources/TSql.h"
#include "util/CancelToken.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

#include <spdlog/logger.h>

namespace lbw {
namespace {

const QString kDriver = QStringLiteral("QODBC");

bool isLocalServer(const QString &server) {
    const QString host = server.section(QLatin1Char('.'), 0, 0);
    return server.isEmpty() || server == QLatin1String(".") ||
           server.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           server == QLatin1String("127.0.0.1") ||
           host.compare(QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0), Qt::CaseInsensitive) == 0;
}

}  // namespace

QString SqlServerSource::database() const {
    return planItem().options.value(QStringLiteral("database")).toString();
}

Status SqlServerSource::connect(SqlConnection &connection) const {
    connection.database().setDatabaseName(
        tsql::odbcConnectionString(planItem().options, QStringLiteral("master"), password()));
    QString server = planItem().options.value(QStringLiteral("server")).toString();
    if (const QString instance = planItem().options.value(QStringLiteral("instance")).toString(); !instance.isEmpty())
        server += QLatin1Char('\\') + instance;
    return connection.open(server);
}

QString SqlServerSource::password() const {
    const QString variable = planItem().options.value(QStringLiteral("passwordEnv")).toString();
    return variable.isEmpty() ? QString() : qEnvironmentVariable(variable.toLocal8Bit().constData());
}

QString SqlServerSource::unreachablePathReason(const QString &setDir, const QString &server) {
    const bool unc = setDir.startsWith(QLatin1String("\\\\")) || setDir.startsWith(QLatin1String("//"));
    if (unc || isLocalServer(server))
        return {};
    return QCoreApplication::translate("SqlServerSource",
                                       "SQL Server on %1 writes the backup file itself, but %2 is a local path of "
                                       "this computer: it would land on %1's own disk. Use a UNC path "
                                       "(\\\\server\\share) that the SQL Server service account can write to as the "
                                       "backup location.")
        .arg(server, setDir);
}

Status SqlServerSource::checkReady() const {
    if (database().isEmpty())
        return Error{QCoreApplication::translate("SqlServerSource", "Item %1 names no database.").arg(planItem().name)};
    if (!SqlConnection::driverAvailable(kDriver))
        return Error{QCoreApplication::translate("SqlServerSource",
                                                 "The Qt ODBC driver (QODBC) is not installed, so SQL Server cannot "
                                                 "be reached. Install it (Debian: libqt6sql6-odbc) and the Microsoft "
                                                 "ODBC Driver for SQL Server.")};
    SqlConnection connection(kDriver);
    return connect(connection);
}

Result<SourceEstimate> SqlServerSource::estimate() {
    if (Status ready = checkReady(); !ready)
        return ready.error();
    return SourceEstimate{0, 1};
}

SourceOutput SqlServerSource::backup(SourceContext &context) {
    const QString setPath = layout::kDatabases + QLatin1Char('/') + planItem().name + QStringLiteral(".bak");
    SourceOutput output{newManifestItem(setPath), {}};
    ManifestItem &item = output.item;
    auto fail = [&](const QString &message) { return failed(std::move(output), context, message); };
    const QString server = planItem().options.value(QStringLiteral("server")).toString();
    if (const QString reason = unreachablePathReason(context.setDir, server); !reason.isEmpty())
        return fail(reason);
    if (!makeOwnerOnlyPath(context.setDir, layout::kDatabases))
        return fail(QCoreApplication::translate("SqlServerSource", "Cannot create the folder %1 in the backup set.")
                        .arg(layout::kDatabases));
    const QString file = context.setDir + QLatin1Char('/') + setPath;
    SqlConnection connection(kDriver);
    if (Status opened = connect(connection); !opened)
        return fail(opened.errorMessage());
    context.log.info("{}: {}", planItem().name.toStdString(), tsql::backupDatabase(database(), file).toStdString());
    if (Status done = connection.exec(tsql::backupDatabase(database(), file)); !done)
        return fail(QCoreApplication::translate("SqlServerSource", "BACKUP DATABASE of %1 failed: %2")
                        .arg(database(), done.errorMessage()));
    if (Status verified = connection.exec(tsql::verifyBackup(file)); !verified)
        return fail(QCoreApplication::translate("SqlServerSource", "RESTORE VERIFYONLY of %1 failed: %2")
                        .arg(file, verified.errorMessage()));
    item.details = planItem().options;
    item.details.remove(QStringLiteral("passwordEnv"));
    return withSetFile(std::move(output), context, 0600);
}

Status SqlServerSource::checkTargetIsClean(const QString &target) const {
    SqlConnection connection(kDriver);
    if (Status opened = connect(connection); !opened)
        return opened;
    Result<QVariant> exists = connection.scalar(tsql::databaseExists(target));
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return {};
    Result<QVariant> tables = connection.scalar(tsql::userTableCount(target));
    if (!tables)
        return tables.error();
    if (tables->toInt() > 0)
        return Error{QCoreApplication::translate("SqlServerSource",
                                                 "The database %1 already holds %2 user tables. Restore goes onto new "
                                                 "or clean databases only: drop it, or let Topology Builder create it "
                                                 "afresh, and run the restore again.")
                         .arg(target)
                         .arg(tables->toInt())};
    return {};
}

Result<QStringList> SqlServerSource::restore(RestoreContext &context) {
    if (context.files.size() != 1)
        return Error{QCoreApplication::translate("SqlServerSource",
                                                 "The manifest does not list exactly one backup "
                                                 "file for %1.")
                         .arg(context.item.name)};
    const QString file = context.setDir + QLatin1Char('/') + context.files.front()->path;
    const QString server = planItem().options.value(QStringLiteral("server")).toString();
    if (const QString reason = unreachablePathReason(context.setDir, server); !reason.isEmpty())
        return Error{reason};
    SqlConnection connection(kDriver);
    if (Status opened = connect(connection); !opened)
        return opened.error();
    if (Status restored = connection.exec(tsql::restoreDatabase(context.target, file)); !restored)
        return Error{QCoreApplication::translate("SqlServerSource", "RESTORE DATABASE %1 failed: %2")
                         .arg(context.target, restored.errorMessage())};
    return QStringList();
}

QString SqlServerSource::restoredPath(const ManifestItem &, const FileEntry &, const QString &target) const {
    return target;
}

Result<QStringList> SqlServerSource::verifyRestored(const RestoreContext &context) const {
    // RESTORE ... WITH CHECKSUM has verified every page; what is left is
    // that the database is there and online.
    SqlConnection connection(kDriver);
    if (Status opened = connect(connection); !opened)
        return opened.error();
    Result<QVariant> exists = connection.scalar(tsql::databaseExists(context.target));
    if (!exists)
        return exists.error();
    return exists->toInt() == 1 ? QStringList() : QStringList{context.target};
}

}  // namespace lbw
