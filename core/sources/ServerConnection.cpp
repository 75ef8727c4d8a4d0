#include "sources/ServerConnection.h"

#include <QCoreApplication>

namespace lbw {
namespace {

bool isPostgres(const QString &kind) {
    return kind == QLatin1String("postgresql");
}

bool isSqlServer(const QString &kind) {
    return kind == QLatin1String("sqlserver");
}

Error malformed(const QString &kind, const QString &text) {
    return Error{
        QCoreApplication::translate("ServerConnection", "\"%1\" is not a connection: write it as %2, for example %3.")
            .arg(text, connectionSyntax(kind),
                 isPostgres(kind) ? QStringLiteral("lbw@db01.corp.example:5432")
                                  : QStringLiteral("sql01.corp.example\\LYNC"))};
}

// [USER@]HOST[:PORT]; the user may hold '@' (user@server on some hosted
// services), so the host starts after the last one.
Result<QJsonObject> parsePostgres(const QString &text) {
    QJsonObject connection;
    QString rest = text;
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        if (at == 0)
            return malformed(QStringLiteral("postgresql"), text);
        connection.insert(QStringLiteral("user"), rest.left(at));
        rest = rest.mid(at + 1);
    }
    QString port;
    if (rest.startsWith(QLatin1Char('['))) {  // [IPv6] or [IPv6]:PORT
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return malformed(QStringLiteral("postgresql"), text);
        if (const QString after = rest.mid(close + 1); !after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')) || after.size() == 1)
                return malformed(QStringLiteral("postgresql"), text);
            port = after.mid(1);
        }
        rest = rest.mid(1, close - 1);
    } else if (rest.count(QLatin1Char(':')) == 1) {  // more than one: an IPv6 address without a port
        port = rest.section(QLatin1Char(':'), 1);
        rest = rest.section(QLatin1Char(':'), 0, 0);
        if (port.isEmpty())
            return malformed(QStringLiteral("postgresql"), text);
    }
    if (rest.isEmpty())
        return malformed(QStringLiteral("postgresql"), text);
    if (!port.isEmpty()) {
        bool number = false;
        const int value = port.toInt(&number);
        if (!number || value < 1 || value > 65535 || port.startsWith(QLatin1Char('+')))
            return malformed(QStringLiteral("postgresql"), text);
        connection.insert(QStringLiteral("port"), port);
    }
    connection.insert(QStringLiteral("host"), rest);
    return connection;
}

// [USER@]SERVER[\INSTANCE]
Result<QJsonObject> parseSqlServer(const QString &text) {
    QJsonObject connection;
    QString rest = text;
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        if (at == 0)
            return malformed(QStringLiteral("sqlserver"), text);
        connection.insert(QStringLiteral("authentication"), QStringLiteral("sql"));
        connection.insert(QStringLiteral("user"), rest.left(at));
        rest = rest.mid(at + 1);
    } else {
        connection.insert(QStringLiteral("authentication"), QStringLiteral("integrated"));
    }
    const QString server = rest.section(QLatin1Char('\\'), 0, 0);
    const QString instance = rest.contains(QLatin1Char('\\')) ? rest.section(QLatin1Char('\\'), 1) : QString();
    if (server.isEmpty() || (rest.contains(QLatin1Char('\\')) && instance.isEmpty()) ||
        instance.contains(QLatin1Char('\\')))
        return malformed(QStringLiteral("sqlserver"), text);
    connection.insert(QStringLiteral("server"), server);
    if (!instance.isEmpty())
        connection.insert(QStringLiteral("instance"), instance);
    return connection;
}

}  // namespace

QStringList connectionKeys(const QString &kind) {
    if (isPostgres(kind))
        return {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"), QStringLiteral("passwordEnv")};
    if (isSqlServer(kind))
        return {QStringLiteral("server"),
                QStringLiteral("instance"),
                QStringLiteral("driver"),
                QStringLiteral("authentication"),
                QStringLiteral("user"),
                QStringLiteral("passwordEnv"),
                QStringLiteral("trustServerCertificate")};
    return {};
}

bool connectsToServer(const QString &kind) {
    return !connectionKeys(kind).isEmpty();
}

QJsonObject connectionOf(const QJsonObject &options, const QString &kind) {
    QJsonObject connection;
    for (const QString &key : connectionKeys(kind))
        if (options.contains(key))
            connection.insert(key, options.value(key));
    return connection;
}

QJsonObject restoreOptions(const QJsonObject &recorded, const QString &kind, const QJsonObject &connection) {
    QJsonObject options = recorded;
    for (const QString &key : connectionKeys(kind))
        options.remove(key);
    for (const QString &key : connectionKeys(kind))
        if (connection.contains(key))
            options.insert(key, connection.value(key));
    return options;
}

Result<QJsonObject> parseConnection(const QString &kind, const QString &text) {
    if (isPostgres(kind))
        return parsePostgres(text.trimmed());
    if (isSqlServer(kind))
        return parseSqlServer(text.trimmed());
    return Error{QCoreApplication::translate("ServerConnection",
                                             "Items of kind \"%1\" connect to no server: give no connection for "
                                             "them.")
                     .arg(kind)};
}

QString connectionSyntax(const QString &kind) {
    return isSqlServer(kind) ? QStringLiteral("[USER@]SERVER[\\INSTANCE]") : QStringLiteral("[USER@]HOST[:PORT]");
}

QString connectionText(const QString &kind, const QJsonObject &options) {
    auto text = [&](const char *key) { return options.value(QLatin1String(key)).toVariant().toString(); };
    QString shown = text("user").isEmpty() ? QString() : text("user") + QLatin1Char('@');
    if (isSqlServer(kind)) {
        shown += text("server").isEmpty() ? QStringLiteral(".") : text("server");
        if (!text("instance").isEmpty())
            shown += QLatin1Char('\\') + text("instance");
        return shown;
    }
    const QString host = text("host");
    if (host.isEmpty())
        shown += QCoreApplication::translate("ServerConnection", "the local server");
    else
        shown += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (!text("port").isEmpty())
        shown += QLatin1Char(':') + text("port");
    return shown;
}

}  // namespace lbw
