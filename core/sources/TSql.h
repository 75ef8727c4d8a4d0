#pragma once
// T-SQL and ODBC text for SQL Server backups, built in one place so the
// quoting is right everywhere: identifiers in brackets with ']' doubled,
// strings as N'...' with '\'' doubled, ODBC values in braces with '}'
// doubled when they hold a separator.

#include <QJsonObject>
#include <QString>

namespace lbw::tsql {

QString quoteIdentifier(const QString &name);  // [name]
QString quoteString(const QString &text);      // N'text'

// COPY_ONLY leaves the site's own backup chain alone; CHECKSUM verifies the
// pages while they are read.
QString backupDatabase(const QString &database, const QString &file);
QString verifyBackup(const QString &file);
QString restoreDatabase(const QString &database, const QString &file);
QString databaseExists(const QString &database);  // one row: 1 or 0
QString userTableCount(const QString &database);  // one row: the count

// Options: server, instance (empty = default), driver, authentication
// ("integrated" or "sql"), user. The password comes separately (from the
// environment or a prompt), never from the plan.
QString odbcConnectionString(const QJsonObject &options, const QString &database, const QString &password);
QString odbcValue(const QString &value);

}  // namespace lbw::tsql
