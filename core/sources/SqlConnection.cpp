#include "sources/SqlConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lbw {

SqlConnection::SqlConnection(const QString &driver)
    : m_name(QStringLiteral("lbw-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_db(QSqlDatabase::addDatabase(driver, m_name)) {}

SqlConnection::~SqlConnection() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::driverAvailable(const QString &driver) {
    return QSqlDatabase::isDriverAvailable(driver);
}

Status SqlConnection::open(const QString &server) {
    if (!m_db.isValid())
        return Error{QCoreApplication::translate("SqlConnection", "The Qt SQL driver %1 is not installed.")
                         .arg(m_db.driverName())};
    if (!m_db.open())
        return Error{QCoreApplication::translate("SqlConnection",
                                                 "Cannot connect to %1: %2. Check the server name, that it accepts "
                                                 "connections, and the account's permissions.")
                         .arg(server, m_db.lastError().text())};
    return {};
}

Status SqlConnection::exec(const QString &sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error{query.lastError().text()};
    // SQL Server reports BACKUP/RESTORE errors after the first result set.
    while (query.nextResult()) {
    }
    if (query.lastError().isValid())
        return Error{query.lastError().text()};
    return {};
}

Result<QVariant> SqlConnection::scalar(const QString &sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error{query.lastError().text()};
    if (!query.next())
        return Error{QCoreApplication::translate("SqlConnection", "The query returned no rows.")};
    return query.value(0);
}

Result<QStringList> SqlConnection::column(const QString &sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error{query.lastError().text()};
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

}  // namespace lbw
