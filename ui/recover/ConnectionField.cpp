#include "recover/ConnectionField.h"

#include "sources/ServerConnection.h"
#include "util/DisplayText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace lbw::ui {

ConnectionField::ConnectionField(QWidget *parent)
    : QWidget(parent), m_recorded(new QLabel(this)), m_server(new QLineEdit(this)), m_passwordEnv(new QLineEdit(this)) {
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *serverLabel = new QLabel(tr("Database ser&ver:"), this);
    serverLabel->setBuddy(m_server);
    auto *passwordLabel = new QLabel(tr("Password &variable:"), this);
    passwordLabel->setBuddy(m_passwordEnv);
    m_recorded->setWordWrap(true);
    m_recorded->setTextFormat(Qt::PlainText);  // it quotes the set
    m_server->setObjectName(QStringLiteral("connectionServer"));
    m_passwordEnv->setObjectName(QStringLiteral("connectionPasswordEnv"));
    m_passwordEnv->setPlaceholderText(tr("Name of the environment variable holding the password"));
    layout->addWidget(m_recorded, 0, 0, 1, 2);
    layout->addWidget(serverLabel, 1, 0);
    layout->addWidget(m_server, 1, 1);
    layout->addWidget(passwordLabel, 2, 0);
    layout->addWidget(m_passwordEnv, 2, 1);
}

void ConnectionField::showFor(const ManifestItem &item) {
    if (item.name != m_item || item.kind != m_kind) {
        m_server->clear();
        m_passwordEnv->clear();
    }
    m_item = item.name;
    m_kind = item.kind;
    m_server->setPlaceholderText(connectionSyntax(item.kind));
    m_recorded->setText(tr("The set says this database was on %1. The restore connects only to the server you "
                           "name here.")
                            .arg(displayText(connectionText(item.kind, item.details))));
}

Result<QJsonObject> ConnectionField::connection() const {
    const QString server = m_server->text().trimmed();
    if (server.isEmpty())
        return Error{tr("Name the database server to restore %1 to (%2), and run the step again.")
                         .arg(m_item, connectionSyntax(m_kind))};
    Result<QJsonObject> connection = parseConnection(m_kind, server);
    if (!connection)
        return connection;
    if (const QString variable = m_passwordEnv->text().trimmed(); !variable.isEmpty()) {
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
            return Error{tr("The environment variable %1 is not set. Set it to the password before starting the "
                            "wizard, or leave the password variable empty.")
                             .arg(variable)};
        connection->insert(QStringLiteral("passwordEnv"), variable);
    }
    return connection;
}

}  // namespace lbw::ui
