#include "sources/TSql.h"

namespace lbw::tsql {

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

QString restoreDatabase(const QString &database, const QString &file) {
    return QStringLiteral("RESTORE DATABASE %1 FROM DISK = %2 WITH REPLACE, CHECKSUM")
        .arg(quoteIdentifier(database), quoteString(file));
}

QString databaseExists(const QString &database) {
    return QStringLiteral("SELECT CASE WHEN DB_ID(%1) IS NULL THEN 0 ELSE 1 END").arg(quoteString(database));
}

QString userTableCount(const QString &database) {
    return QStringLiteral("SELECT COUNT(*) FROM %1.sys.tables WHERE is_ms_shipped = 0").arg(quoteIdentifier(database));
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
