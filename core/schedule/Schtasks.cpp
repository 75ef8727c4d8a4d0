#include "schedule/Schtasks.h"

namespace lbw {

QStringList schtasksCreateArguments(const QString &taskPath, const QString &xmlFile, const QString &runAs) {
    QString nativeFile = xmlFile;
    nativeFile.replace(QLatin1Char('/'), QLatin1Char('\\'));
    QStringList arguments{
        QStringLiteral("/Create"), QStringLiteral("/TN"), taskPath, QStringLiteral("/XML"), nativeFile,
        QStringLiteral("/F")};
    if (!runAs.isEmpty())
        arguments << QStringLiteral("/RU") << runAs << QStringLiteral("/RP") << QStringLiteral("*");
    return arguments;
}

QStringList schtasksDeleteArguments(const QString &taskPath) {
    return {QStringLiteral("/Delete"), QStringLiteral("/TN"), taskPath, QStringLiteral("/F")};
}

}  // namespace lbw
