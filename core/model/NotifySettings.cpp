#include "model/NotifySettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lbw {

QStringList NotifySettings::problems() const {
    QStringList found;
    if (smtpHost.isEmpty())
        return found;
    if (to.isEmpty())
        found << QCoreApplication::translate("NotifySettings",
                                             "The notification names an SMTP server but no recipient.");
    if (from.isEmpty() || !from.contains(QLatin1Char('@')))
        found << QCoreApplication::translate("NotifySettings", "The notification needs a sender address (\"from\").");
    if (security != QLatin1String("starttls") && security != QLatin1String("tls") && security != QLatin1String("none"))
        found << QCoreApplication::translate("NotifySettings",
                                             "The notification's \"security\" is starttls, tls or none, not \"%1\".")
                     .arg(security);
    if (smtpPort < 1 || smtpPort > 65535)
        found << QCoreApplication::translate("NotifySettings", "The SMTP port %1 is not valid.").arg(smtpPort);
    if (!user.isEmpty() && passwordEnv.isEmpty() && passwordFile.isEmpty())
        found << QCoreApplication::translate("NotifySettings",
                                             "The SMTP login %1 needs its password from an environment variable "
                                             "(\"passwordEnv\") or a file only its owner can read (\"passwordFile\"); "
                                             "a plan never holds a password.")
                     .arg(user);
    return found;
}

QJsonObject NotifySettings::toJson() const {
    QJsonObject json;
    if (!smtpHost.isEmpty()) {
        json.insert(QStringLiteral("smtpHost"), smtpHost);
        json.insert(QStringLiteral("smtpPort"), smtpPort);
        json.insert(QStringLiteral("security"), security);
        json.insert(QStringLiteral("from"), from);
        json.insert(QStringLiteral("to"), QJsonArray::fromStringList(to));
        json.insert(QStringLiteral("onlyOnProblems"), onlyOnProblems);
    }
    if (!user.isEmpty())
        json.insert(QStringLiteral("user"), user);
    if (!passwordEnv.isEmpty())
        json.insert(QStringLiteral("passwordEnv"), passwordEnv);
    if (!passwordFile.isEmpty())
        json.insert(QStringLiteral("passwordFile"), passwordFile);
    if (!onFailure.isEmpty())
        json.insert(QStringLiteral("onFailure"), onFailure);
    return json;
}

NotifySettings NotifySettings::fromJson(const QJsonObject &json) {
    NotifySettings settings;
    settings.smtpHost = json.value(QLatin1String("smtpHost")).toString();
    settings.smtpPort = json.value(QLatin1String("smtpPort")).toInt(settings.smtpPort);
    settings.security = json.value(QLatin1String("security")).toString(settings.security);
    settings.user = json.value(QLatin1String("user")).toString();
    settings.passwordEnv = json.value(QLatin1String("passwordEnv")).toString();
    settings.passwordFile = json.value(QLatin1String("passwordFile")).toString();
    settings.from = json.value(QLatin1String("from")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("to")).toArray())
        settings.to << value.toString();
    settings.onlyOnProblems = json.value(QLatin1String("onlyOnProblems")).toBool();
    settings.onFailure = json.value(QLatin1String("onFailure")).toString();
    return settings;
}

}  // namespace lbw
