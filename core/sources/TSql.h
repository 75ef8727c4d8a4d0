#pragma once
// T-SQL and ODBC text for SQL Server backups, built in one place so the
// quoting is right everywhere: identifiers in brackets with ']' doubled,
// strings as N'...' with '\'' doubled, ODBC values in braces with '}'
// doubled when they hold a separator.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lbw::tsql {

QString quoteIdentifier(const QString &name);  // [name]
QString quoteString(const QString &text);      // N'text'

// COPY_ONLY leaves the site's own backup chain alone; CHECKSUM verifies the
// pages while they are read.
QString backupDatabase(const QString &database, const QString &file);
QString verifyBackup(const QString &file);

// One file of a backup, as RESTORE FILELISTONLY lists it.
struct BackupFile {
    QString logicalName;
    QChar type;  // 'D' data, 'L' log, 'F' full-text catalog, 'S' FILESTREAM or memory-optimized container
};
// Where RESTORE ... WITH MOVE puts one file.
struct FileMove {
    QString logicalName;
    QString physicalName;
};

// Result set: LogicalName, PhysicalName, Type, FileGroupName, ... (one row
// per file of the backed-up database).
QString fileListOnly(const QString &file);
// One row: the instance's default data folder and default log folder
// (NULL before SQL Server 2012).
QString instanceDefaultPaths();
// The backed-up database's files placed in the instance's own folders:
// data files as <dataFolder><database>_<n>.mdf, logs as
// <logFolder><database>_<n>.ldf, other kinds (FILESTREAM containers,
// full-text catalogs, which are folders) as <dataFolder><database>_<n>; n
// counts the files from 1 in the order FILELISTONLY lists them. Characters
// a Windows file name cannot hold (and path separators) become '_', so a
// database name never leads out of the folder.
QList<FileMove> movesToDefaultFolders(const QString &database, const QList<BackupFile> &files,
                                      const QString &dataFolder, const QString &logFolder);
// REPLACE only when the database exists (and was judged clean): without it
// SQL Server keeps its own checks against overwriting files it does not
// know.
QString restoreDatabase(const QString &database, const QString &file, const QList<FileMove> &moves, bool replace);

QString databaseExists(const QString &database);  // one row: 1 or 0
// One row per user table (is_ms_shipped = 0) whose heap or clustered index
// (sys.partitions, index_id 0 or 1) holds rows: "schema.table", in name
// order. No rows: every user table is empty.
QString userTablesWithRows(const QString &database);
// One row: sys.databases.state_desc (ONLINE, RESTORING, RECOVERY_PENDING,
// SUSPECT, ...), or MISSING when there is no such database.
QString databaseState(const QString &database);
// One row: how many principals of `database` are named `user` or
// "<domain>\<user>" (a Windows group added under its full name).
QString databaseUserCount(const QString &database, const QString &user);

// Options: server, instance (empty = default), driver, authentication
// ("integrated" or "sql"), user. The password comes separately (from the
// environment or a prompt), never from the plan.
QString odbcConnectionString(const QJsonObject &options, const QString &database, const QString &password);
QString odbcValue(const QString &value);

}  // namespace lbw::tsql
