#include "sources/PostgresSource.h"

#include "backupset/SetLayout.h"
#include "util/Progress.h"
#include "platform/Platform.h"
#include "sources/ExternalCommand.h"
#include "sources/SqlConnection.h"
#include "util/CancelToken.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <spdlog/logger.h>

namespace lbw {
namespace {
const QString kDriver = QStringLiteral("QPSQL");
constexpr int kDefaultTimeoutSeconds = 6 * 3600;

const char *const kUserTables =
    "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables "
    "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') "
    "ORDER BY 1";

// Every ordinary and partitioned table outside the system schemas, also
// those this account has no privilege on (information_schema hides them):
// reading one of those fails, which refuses the target rather than
// overlooking its rows.
const char *const kAllUserTables =
    "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_' "
    "ORDER BY 1";
}  // namespace

QString PostgresSource::quoteIdentifier(const QString &name) {
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString PostgresSource::option(const char *key) const {
    return planItem().options.value(QLatin1String(key)).toVariant().toString();
}

QString PostgresSource::password() const {
    const QString variable = option("passwordEnv");
    return variable.isEmpty() ? QString() : qEnvironmentVariable(variable.toLocal8Bit().constData());
}

QStringList PostgresSource::connectionArguments() const {
    QStringList args;
    if (!option("host").isEmpty())
        args << QStringLiteral("--host=") + option("host");
    if (!option("port").isEmpty())
        args << QStringLiteral("--port=") + option("port");
    if (!option("user").isEmpty())
        args << QStringLiteral("--username=") + option("user");
    args << QStringLiteral("--no-password");  // never wait for a prompt in a scheduled run
    return args;
}

QProcessEnvironment PostgresSource::toolEnvironment() const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (const QString secret = password(); !secret.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), secret);
    return environment;
}

Status PostgresSource::openTo(SqlConnection &connection, const QString &database) const {
    QSqlDatabase &db = connection.database();
    db.setHostName(option("host"));
    if (!option("port").isEmpty())
        db.setPort(option("port").toInt());
    db.setUserName(option("user"));
    db.setPassword(password());
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("connect_timeout=15"));
    return connection.open(QStringLiteral("%1:%2/%3").arg(db.hostName(), QString::number(db.port()), database));
}

Result<QJsonObject> PostgresSource::rowCounts(const QString &database) const {
    SqlConnection connection(kDriver);
    if (Status opened = openTo(connection, database); !opened)
        return opened.error();
    Result<QStringList> tables = connection.column(QString::fromLatin1(kUserTables));
    if (!tables)
        return tables.error();
    QJsonObject counts;
    for (const QString &table : *tables) {
        Result<QVariant> rows = connection.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!rows)
            return rows.error();
        counts.insert(table, rows->toLongLong());
    }
    return counts;
}

Status PostgresSource::checkReady() const {
    if (option("database").isEmpty())
        return Error{QCoreApplication::translate("PostgresSource", "%1: the plan names no database.")
                         .arg(planItem().displayName())};
    for (const QString &tool : {QStringLiteral("pg_dump"), QStringLiteral("pg_restore")})
        if (findProgram(tool).isEmpty())
            return Error{QCoreApplication::translate("PostgresSource",
                                                     "%1 is not installed. Install the PostgreSQL client tools "
                                                     "(Debian: postgresql-client).")
                             .arg(tool)};
    if (!SqlConnection::driverAvailable(kDriver))
        return Error{QCoreApplication::translate("PostgresSource",
                                                 "The Qt PostgreSQL driver (QPSQL) is not "
                                                 "installed (Debian: libqt6sql6-psql).")};
    SqlConnection connection(kDriver);
    return openTo(connection, option("database"));
}

Result<SourceEstimate> PostgresSource::estimate() {
    if (Status ready = checkReady(); !ready)
        return ready.error();
    SqlConnection connection(kDriver);
    if (Status opened = openTo(connection, option("database")); !opened)
        return opened.error();
    Result<QVariant> size = connection.scalar(QStringLiteral("SELECT pg_database_size(current_database())"));
    return SourceEstimate{size ? size->toLongLong() : 0, 1};
}

SourceOutput PostgresSource::backup(SourceContext &context) {
    const QString setPath = layout::kDatabases + QLatin1Char('/') + planItem().name + QStringLiteral(".pgdump");
    SourceOutput output{newManifestItem(setPath)};
    ManifestItem &item = output.item;
    auto fail = [&](const QString &message) { return failed(std::move(output), context, message); };
    if (!makeOwnerOnlyPath(context.setDir, layout::kDatabases))
        return fail(QCoreApplication::translate("PostgresSource", "Cannot create the folder %1 in the backup set.")
                        .arg(layout::kDatabases));
    const QString file = context.setDir + QLatin1Char('/') + setPath;
    // Counted before the dump: with concurrent writers the counts may lag
    // the dump, so they are recorded for information and compared only
    // when the restored data must match them (see verifyRestored).
    Result<QJsonObject> counts = rowCounts(option("database"));
    if (!counts)
        return fail(counts.errorMessage());
    const int timeout = planItem().options.value(QStringLiteral("timeoutSeconds")).toInt(kDefaultTimeoutSeconds);
    QStringList args = connectionArguments();
    args << QStringLiteral("--format=custom") << QStringLiteral("--file=") + file
         << QStringLiteral("--dbname=") + option("database");
    Result<CommandRun> dumped = runCommand(QStringLiteral("pg_dump"), args, toolEnvironment(), timeout, context.cancel,
                                           &context.log, planItem().name);
    if (!dumped)
        return fail(dumped.errorMessage());
    if (QFileInfo(file).size() == 0)
        return fail(QCoreApplication::translate("PostgresSource", "pg_dump wrote an empty %1.").arg(file));
    item.details = planItem().options;
    item.details.insert(QStringLiteral("rowCounts"), *counts);
    return withSetFile(std::move(output), context, 0600);
}

Result<bool> PostgresSource::databaseExists(const QString &database) const {
    SqlConnection server(kDriver);
    if (Status opened = openTo(server, QStringLiteral("postgres")); !opened)
        return opened.error();
    Result<QStringList> exists =
        server.column(QStringLiteral("SELECT datname FROM pg_database WHERE datname = '%1'")
                          .arg(QString(database).replace(QLatin1Char('\''), QLatin1String("''"))));
    if (!exists)
        return exists.error();
    return !exists->isEmpty();
}

Status PostgresSource::checkTargetIsClean(const QString &target) const {
    Result<bool> exists = databaseExists(target);
    if (!exists)
        return exists.error();
    if (!*exists)
        return {};
    SqlConnection connection(kDriver);
    if (Status opened = openTo(connection, target); !opened)
        return opened;
    Result<QStringList> tables = connection.column(QString::fromLatin1(kAllUserTables));
    if (!tables)
        return tables.error();
    // Tables without rows are what a freshly created database looks like:
    // clean. One row anywhere is data that a restore would replace.
    QStringList holdingRows;
    for (const QString &table : *tables) {
        Result<QStringList> row = connection.column(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (!row)
            return Error{QCoreApplication::translate("PostgresSource",
                                                     "Cannot check whether the table %1 of the database %2 holds "
                                                     "rows: %3. Restore goes onto new or clean databases only: check "
                                                     "this account's permissions, and run the restore again.")
                             .arg(table, target, row.errorMessage())};
        if (!row->isEmpty())
            holdingRows << table;
    }
    if (!holdingRows.isEmpty())
        return Error{QCoreApplication::translate("PostgresSource",
                                                 "The database %1 already holds data, in %n of its tables "
                                                 "(%2). Restore goes onto new or clean databases only (one whose "
                                                 "tables hold no rows is clean): drop it or choose another name, and "
                                                 "run the restore again.",
                                                 nullptr, int(holdingRows.size()))
                         .arg(target, holdingRows.mid(0, 5).join(QStringLiteral(", ")) +
                                          (holdingRows.size() > 5 ? QStringLiteral(", …") : QString()))};
    return {};
}

Result<QStringList> PostgresSource::restore(RestoreContext &context) {
    const Result<FileEntry> only = context.entries.onlyFile();
    if (!only)
        return only.error();
    Result<bool> exists = databaseExists(context.target);
    if (!exists)
        return exists.error();
    if (*exists) {
        // Judged clean before the restore started; judged again just before
        // pg_restore runs, so rows written in between are not dropped.
        if (Status clean = checkTargetIsClean(context.target); !clean)
            return clean.error();
    } else {
        SqlConnection server(kDriver);
        if (Status opened = openTo(server, QStringLiteral("postgres")); !opened)
            return opened.error();
        if (Status created = server.exec(QStringLiteral("CREATE DATABASE %1").arg(quoteIdentifier(context.target)));
            !created)
            return Error{QCoreApplication::translate("PostgresSource", "Cannot create the database %1: %2")
                             .arg(context.target, created.errorMessage())};
    }
    // A clean target may already have the tables (empty), as an application
    // creates them. --clean --if-exists drops each object of the dump that
    // exists before creating it again, so the dump's definitions and data
    // land whatever the target held; objects the dump does not know stay.
    // --single-transaction makes that all or nothing: if any statement fails
    // (say, a view of the target depends on a table being replaced), the
    // drops are rolled back too and the target is left as it was. Loading
    // the data alone (--data-only) into the existing tables was not chosen:
    // it works only while the target's tables match the dump's exactly, and
    // would keep the target's own definitions (columns, indexes,
    // constraints) instead of the backed-up ones.
    QStringList args = connectionArguments();
    args << QStringLiteral("--no-owner") << QStringLiteral("--clean") << QStringLiteral("--if-exists")
         << QStringLiteral("--single-transaction") << QStringLiteral("--exit-on-error")
         << QStringLiteral("--dbname=") + context.target << context.setDir + QLatin1Char('/') + only->path;
    const int timeout = planItem().options.value(QStringLiteral("timeoutSeconds")).toInt(kDefaultTimeoutSeconds);
    Result<CommandRun> restored = runCommand(QStringLiteral("pg_restore"), args, toolEnvironment(), timeout,
                                             context.cancel, &context.log, context.item.name);
    if (!restored)
        return Error{QCoreApplication::translate("PostgresSource",
                                                 "pg_restore could not restore %1 into the database %2, which was "
                                                 "left as it was (the restore runs in one transaction). Correct what "
                                                 "it reports (for example, drop objects that depend on the tables "
                                                 "being replaced) and run the restore again. %3")
                         .arg(context.item.name, context.target, restored.errorMessage())};
    return QStringList();
}

QString PostgresSource::restoredPath(const ManifestItem &, const FileEntry &, const QString &target) const {
    return target;
}

Result<QStringList> PostgresSource::verifyRestored(const RestoreContext &context) const {
    Result<QJsonObject> counts = rowCounts(context.target);
    if (!counts)
        return counts.error();
    const QJsonObject expected = context.item.details.value(QStringLiteral("rowCounts")).toObject();
    QStringList differing;
    for (const QString &table : tablesWithOtherRowCounts(expected, *counts))
        differing << QStringLiteral("%1.%2").arg(context.target, table);
    return differing;
}

}  // namespace lbw
