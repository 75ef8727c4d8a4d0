#pragma once
// Where a database item's server is and which secret opens it: the options
// of a postgresql or sqlserver item that name a host, a port, an account,
// an ODBC driver or the environment variable holding a password.
//
// A backup records them in the set, for people to read. A restore takes
// them from the operator only (restore --connection / --password-env /
// --plan, the wizard's server fields), never from the set: a set may come
// from anyone, and connecting where it says would send a password of this
// computer to a server it chose, and a driver it names is a library loaded
// into this program.

#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lbw {

// The connection options of items of `kind`; empty for the kinds that
// connect to no server (file stores, SQLite, exports).
QStringList connectionKeys(const QString &kind);
bool connectsToServer(const QString &kind);

// Only the connection options of `options` (an item of the operator's plan).
QJsonObject connectionOf(const QJsonObject &options, const QString &kind);

// The options a restore runs the item with: what the set recorded that is
// not a connection (database name, row counts, timeout) and the operator's
// connection.
QJsonObject restoreOptions(const QJsonObject &recorded, const QString &kind, const QJsonObject &connection);

// A connection as the operator types it: [USER@]HOST[:PORT] for
// PostgreSQL (an IPv6 address in brackets), [USER@]SERVER[\INSTANCE] for
// SQL Server (a user means SQL Server authentication, none Windows
// authentication). The error says what is wrong, translated.
Result<QJsonObject> parseConnection(const QString &kind, const QString &text);

// The form parseConnection() reads, for messages: "[USER@]HOST[:PORT]".
QString connectionSyntax(const QString &kind);

// A connection for people ("lbw@db01:5432", "sql01\LYNC"). May hold text
// from a set: show it through displayText() on a terminal.
QString connectionText(const QString &kind, const QJsonObject &options);

}  // namespace lbw
