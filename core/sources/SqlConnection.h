#pragma once
// A QtSql connection owned by one object (QODBC for SQL Server, QPSQL for
// PostgreSQL): its own connection name, so worker threads never share one,
// closed and removed when the object goes away.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace lbw {

class SqlConnection {
public:
    explicit SqlConnection(const QString &driver);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    QSqlDatabase &database() { return m_db; }
    // The error names `server` (never the connection string, which may hold
    // a password) and what to check.
    Status open(const QString &server);
    Status exec(const QString &sql);
    Result<QVariant> scalar(const QString &sql);  // first column of the first row
    Result<QStringList> column(const QString &sql);

    static bool driverAvailable(const QString &driver);

private:
    QString m_name;
    QSqlDatabase m_db;
};

}  // namespace lbw
