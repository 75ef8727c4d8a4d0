#pragma once
// The database server a restore step of a PostgreSQL or SQL Server item
// connects to, and the environment variable that holds its password: the
// wizard's counterpart of restore --connection and --password-env. What the
// set recorded is shown beside it, never used (see
// sources/ServerConnection.h): a set must not choose where this computer
// connects or which secret it sends.

#include "backupset/Manifest.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace lbw::ui {

class ConnectionField : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionField(QWidget *parent = nullptr);
    // Shows the field for `item`, with the server the set recorded as a hint.
    void showFor(const ManifestItem &item);
    // The connection typed, or what to correct (translated).
    Result<QJsonObject> connection() const;

private:
    QString m_kind;
    QString m_item;
    QLabel *m_recorded;
    QLineEdit *m_server;
    QLineEdit *m_passwordEnv;
};

}  // namespace lbw::ui
