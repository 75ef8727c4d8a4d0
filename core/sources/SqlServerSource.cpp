#include "sources/SqlServerSource.h"

#include "backupset/SetLayout.h"
#include "util/Progress.h"
#include "platform/Platform.h"
#include "recovery/HostFacts.h"
#include "sources/SqlConnection.h"
#include "sources/TSql.h"
#include "util/CancelToken.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

// Lync's services reach the Archiving and Monitoring databases through
// this database user (a member of ServerRole); Install-CsDatabase creates
// it, a restore from another server may bring it back without it.
const QString kServiceUser = QStringLiteral("RTCComponentUniversalServices");

bool needsServiceUser(const QString &database) {
    for (const char *name : {"LcsLog", "LcsCDR", "QoEMetrics"})
        if (database.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The first row of a query, every column as text (NULL as an empty string).
Result<QStringList> firstRow(SqlConnection &connection, const QString &sql) {
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error{query.lastError().text()};
    if (!query.next())
        return Error{QCoreApplication::translate("SqlServerSource", "The query returned no rows.")};
    QStringList values;
    for (int i = 0; i < query.record().count(); ++i)
        values << (query.isNull(i) ? QString() : query.value(i).toString());
    return values;
}

Result<QList<tsql::BackupFile>> fileList(SqlConnection &connection, const QString &file) {
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(tsql::fileListOnly(file)))
        return Error{query.lastError().text()};
    const QSqlRecord record = query.record();
    const int nameColumn = record.indexOf(QStringLiteral("LogicalName"));
    const int typeColumn = record.indexOf(QStringLiteral("Type"));
    QList<tsql::BackupFile> files;
    while (query.next()) {
        const QString type = query.value(typeColumn >= 0 ? typeColumn : 2).toString().trimmed().toUpper();
        files.append({query.value(nameColumn >= 0 ? nameColumn : 0).toString(), type.isEmpty() ? QChar() : type[0]});
    }
    if (files.isEmpty())
        return Error{QCoreApplication::translate("SqlServerSource", "The backup lists no files.")};
    return files;
}

Status checkOnline(SqlConnection &connection, const QString &database) {
    Result<QVariant> state = connection.scalar(tsql::databaseState(database));
    if (!state)
        return state.error();
    if (state->toString() != QLatin1String("ONLINE"))
        return Error{QCoreApplication::translate("SqlServerSource",
                                                 "The database %1 is %2 after the restore, not ONLINE. Look in the "
                                                 "SQL Server error log for the reason, correct it, and run the "
                                                 "restore again.")
                         .arg(database, state->toString())};
    return {};
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
        return Error{QCoreApplication::translate("SqlServerSource", "%1: the plan names no database.")
                         .arg(planItem().displayName())};
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
    SourceOutput output{newManifestItem(setPath)};
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
    context.log.info("{}: {}", planItem().displayName().toStdString(),
                     tsql::backupDatabase(database(), file).toStdString());
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
    return checkHoldsNoRows(connection, target);
}

Status SqlServerSource::checkHoldsNoRows(SqlConnection &connection, const QString &target) {
    // A database that Topology Builder or Install-CsDatabase has just
    // created has all its tables and no rows: that is a clean target.
    Result<QStringList> tables = connection.column(tsql::userTablesWithRows(target));
    if (!tables)
        return Error{QCoreApplication::translate("SqlServerSource",
                                                 "Cannot check whether the database %1 holds data: %2. Check that "
                                                 "this account can read the database, and run the restore again.")
                         .arg(target, tables.errorMessage())};
    if (!tables->isEmpty())
        return Error{QCoreApplication::translate("SqlServerSource",
                                                 "The database %1 already holds data, in %n of its user tables "
                                                 "(%2). Restore goes onto new or clean databases only (a database "
                                                 "whose tables hold no rows, as Topology Builder or "
                                                 "Install-CsDatabase creates it, is clean): drop it or create it "
                                                 "afresh, and run the restore again.",
                                                 nullptr, int(tables->size()))
                         .arg(target, tables->mid(0, 5).join(QStringLiteral(", ")) +
                                          (tables->size() > 5 ? QStringLiteral(", …") : QString()))};
    return {};
}

Result<QStringList> SqlServerSource::restore(RestoreContext &context) {
    const Result<FileEntry> only = context.entries.onlyFile();
    if (!only)
        return only.error();
    const QString file = context.setDir + QLatin1Char('/') + only->path;
    const QString server = planItem().options.value(QStringLiteral("server")).toString();
    if (const QString reason = unreachablePathReason(context.setDir, server); !reason.isEmpty())
        return Error{reason};
    SqlConnection connection(kDriver);
    if (Status opened = connect(connection); !opened)
        return opened.error();

    // The target was judged clean before the restore started; it is judged
    // again here, just before it is replaced, so rows written in between
    // are never overwritten.
    Result<QVariant> exists = connection.scalar(tsql::databaseExists(context.target));
    if (!exists)
        return exists.error();
    const bool replace = exists->toInt() != 0;
    if (replace) {
        if (Status clean = checkHoldsNoRows(connection, context.target); !clean)
            return clean.error();
    }

    // The files go into this instance's own folders, whatever the folders of
    // the server that was backed up were.
    Result<QList<tsql::BackupFile>> backupFiles = fileList(connection, file);
    if (!backupFiles)
        return Error{QCoreApplication::translate("SqlServerSource",
                                                 "SQL Server cannot read the list of files in %1: %2. Check that the "
                                                 "SQL Server service account can read the backup set, and run the "
                                                 "restore again.")
                         .arg(file, backupFiles.errorMessage())};
    Result<QStringList> folders = firstRow(connection, tsql::instanceDefaultPaths());
    if (!folders)
        return folders.error();
    const QString dataFolder = folders->value(0).trimmed();
    const QString logFolder = folders->value(1).trimmed();
    if (dataFolder.isEmpty() || logFolder.isEmpty())
        return Error{QCoreApplication::translate("SqlServerSource",
                                                 "SQL Server did not report its default data and log folders "
                                                 "(SERVERPROPERTY('InstanceDefaultDataPath') and "
                                                 "('InstanceDefaultLogPath'), available from SQL Server 2012 on). "
                                                 "Set the database default locations in the server's properties, "
                                                 "or restore %1 by hand with RESTORE DATABASE ... WITH MOVE.")
                         .arg(context.target)};
    const QList<tsql::FileMove> moves =
        tsql::movesToDefaultFolders(context.target, *backupFiles, dataFolder, logFolder);
    const QString statement = tsql::restoreDatabase(context.target, file, moves, replace);
    context.log.info("{}: {}", context.item.name.toStdString(), statement.toStdString());
    if (Status restored = connection.exec(statement); !restored)
        return Error{QCoreApplication::translate("SqlServerSource",
                                                 "RESTORE DATABASE %1 failed: %2. Check that no service is using "
                                                 "the database and that the SQL Server service account can read %3 "
                                                 "and write to %4 and %5, then run the restore again.")
                         .arg(context.target, restored.errorMessage(), file, dataFolder, logFolder)};

    if (Status online = checkOnline(connection, context.target); !online)
        return online.error();
    QStringList notes;
    if (needsServiceUser(context.target) ||
        needsServiceUser(context.item.details.value(QStringLiteral("database")).toString())) {
        Result<QVariant> users = connection.scalar(tsql::databaseUserCount(context.target, kServiceUser));
        if (!users)
            notes << QCoreApplication::translate("SqlServerSource",
                                                 "Cannot check whether the database user %1 exists in %2: %3. "
                                                 "Check it with Test-CsDatabase -ConfiguredDatabases.")
                         .arg(kServiceUser, context.target, users.errorMessage());
        else if (users->toInt() == 0)
            notes << QCoreApplication::translate("SqlServerSource",
                                                 "The database %1 has no database user %2, so the Lync services "
                                                 "cannot write to it. Run Install-CsDatabase for this SQL Server "
                                                 "again (or publish the topology in Topology Builder), which "
                                                 "creates the user in the ServerRole role, then check with "
                                                 "Test-CsDatabase -ConfiguredDatabases.")
                         .arg(context.target, kServiceUser);
    }
    return notes;
}

QString SqlServerSource::restoredPath(const ManifestItem &, const FileEntry &, const QString &target) const {
    return target;
}

Result<QStringList> SqlServerSource::verifyRestored(const RestoreContext &context) const {
    // RESTORE ... WITH CHECKSUM has verified every page; what is left is
    // that the database is there and ONLINE.
    SqlConnection connection(kDriver);
    if (Status opened = connect(connection); !opened)
        return opened.error();
    if (Status online = checkOnline(connection, context.target); !online)
        return online.error();
    return QStringList();
}

}  // namespace lbw
