#include "sources/TSql.h"

#include <QStringList>

namespace lbw::tsql {
namespace {

// A folder as SERVERPROPERTY gives it, ready for a file name to be
// appended (SQL Server on Linux reports '/'-separated folders).
QString withSeparator(const QString &folder) {
    if (folder.endsWith(QLatin1Char('\\')) || folder.endsWith(QLatin1Char('/')))
        return folder;
    const bool posix = folder.contains(QLatin1Char('/')) && !folder.contains(QLatin1Char('\\'));
    return folder + (posix ? QLatin1Char('/') : QLatin1Char('\\'));
}

}  // namespace

QString quoteIdentifier(const QString &name) {
    QString quoted = name;
    quoted.replace(QLatin1Char(']'), QLatin1String("]]"));
    return QLatin1Char('[') + quoted + QLatin1Char(']');
}

QString quoteString(const QString &text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("N'") + quoted + QLatin1Char('\'');
}

QString backupDatabase(const QString &database, const QString &file) {
    return QStringLiteral("BACKUP DATABASE %1 TO DISK = %2 WITH COPY_ONLY, CHECKSUM, INIT")
        .arg(quoteIdentifier(database), quoteString(file));
}

QString verifyBackup(const QString &file) {
    return QStringLiteral("RESTORE VERIFYONLY FROM DISK = %1 WITH CHECKSUM").arg(quoteString(file));
}

QString fileListOnly(const QString &file) {
    return QStringLiteral("RESTORE FILELISTONLY FROM DISK = %1").arg(quoteString(file));
}

QString instanceDefaultPaths() {
    // SERVERPROPERTY returns sql_variant, which ODBC drivers read badly.
    return QStringLiteral(
        "SELECT CAST(SERVERPROPERTY(N'InstanceDefaultDataPath') AS nvarchar(4000)), "
        "CAST(SERVERPROPERTY(N'InstanceDefaultLogPath') AS nvarchar(4000))");
}

QList<FileMove> movesToDefaultFolders(const QString &database, const QList<BackupFile> &files,
                                      const QString &dataFolder, const QString &logFolder) {
    QString base;
    for (const QChar c : database)
        base += c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral("<>:\"/\\|?*").contains(c)
                    ? QLatin1Char('_')
                    : c;
    QList<FileMove> moves;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const BackupFile &file = files[i];
        const bool log = file.type == QLatin1Char('L');
        const QString name = base + QLatin1Char('_') + QString::number(i + 1);
        const QString suffix = file.type == QLatin1Char('D') ? QStringLiteral(".mdf")
                               : log                         ? QStringLiteral(".ldf")
                                                             : QString();
        moves.append({file.logicalName, withSeparator(log ? logFolder : dataFolder) + name + suffix});
    }
    return moves;
}

QString restoreDatabase(const QString &database, const QString &file, const QList<FileMove> &moves, bool replace) {
    QStringList options;
    for (const FileMove &move : moves)
        options << QStringLiteral("MOVE %1 TO %2").arg(quoteString(move.logicalName), quoteString(move.physicalName));
    if (replace)
        options << QStringLiteral("REPLACE");
    options << QStringLiteral("CHECKSUM");
    return QStringLiteral("RESTORE DATABASE %1 FROM DISK = %2 WITH %3")
        .arg(quoteIdentifier(database), quoteString(file), options.join(QStringLiteral(", ")));
}

QString databaseExists(const QString &database) {
    return QStringLiteral("SELECT CASE WHEN DB_ID(%1) IS NULL THEN 0 ELSE 1 END").arg(quoteString(database));
}

QString userTablesWithRows(const QString &database) {
    // sys.partitions.rows of the heap (index_id 0) or the clustered index
    // (1) is the table's row count, summed over its partitions; nonclustered
    // indexes (2 and up) would count the same rows again.
    const QString db = quoteIdentifier(database);
    return QStringLiteral(
               "SELECT s.name + N'.' + t.name FROM %1.sys.tables AS t "
               "JOIN %1.sys.schemas AS s ON s.schema_id = t.schema_id "
               "JOIN %1.sys.partitions AS p ON p.object_id = t.object_id "
               "WHERE t.is_ms_shipped = 0 AND p.index_id IN (0, 1) "
               "GROUP BY s.name, t.name HAVING SUM(p.rows) > 0 ORDER BY s.name, t.name")
        .arg(db);
}

QString databaseState(const QString &database) {
    return QStringLiteral("SELECT COALESCE((SELECT state_desc FROM sys.databases WHERE name = %1), N'MISSING')")
        .arg(quoteString(database));
}

QString databaseUserCount(const QString &database, const QString &user) {
    // In a LIKE pattern '%', '_' and '[' are wildcards; "[x]" matches x itself.
    QString pattern;
    for (const QChar c : user)
        pattern += c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('[')
                       ? QStringLiteral("[") + c + QLatin1Char(']')
                       : QString(c);
    return QStringLiteral("SELECT COUNT(*) FROM %1.sys.database_principals WHERE name = %2 OR name LIKE %3")
        .arg(quoteIdentifier(database), quoteString(user), quoteString(QStringLiteral("%\\") + pattern));
}

QString odbcValue(const QString &value) {
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('{')) && !value.contains(QLatin1Char('}')) &&
        value.trimmed() == value)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('}'), QLatin1String("}}"));
    return QLatin1Char('{') + quoted + QLatin1Char('}');
}

QString odbcConnectionString(const QJsonObject &options, const QString &database, const QString &password) {
    const QString driver =
        options.value(QStringLiteral("driver")).toString(QStringLiteral("ODBC Driver 18 for SQL Server"));
    QString server = options.value(QStringLiteral("server")).toString();
    const QString instance = options.value(QStringLiteral("instance")).toString();
    if (!instance.isEmpty())
        server += QLatin1Char('\\') + instance;
    QString text = QStringLiteral("Driver={%1};Server=%2;Database=%3;")
                       .arg(QString(driver).replace(QLatin1Char('}'), QLatin1String("}}")), odbcValue(server),
                            odbcValue(database));
    if (options.value(QStringLiteral("authentication")).toString() == QLatin1String("sql"))
        text += QStringLiteral("UID=%1;PWD=%2;")
                    .arg(odbcValue(options.value(QStringLiteral("user")).toString()), odbcValue(password));
    else
        text += QStringLiteral("Trusted_Connection=yes;");
    text += QStringLiteral("Encrypt=yes;TrustServerCertificate=%1;")
                .arg(options.value(QStringLiteral("trustServerCertificate")).toBool(true) ? QStringLiteral("yes")
                                                                                          : QStringLiteral("no"));
    return text;
}

}  // namespace lbw::tsql
