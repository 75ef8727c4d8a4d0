#pragma once
// Who hears of a scheduled run: e-mail through an SMTP server, and/or a
// command run after a failed one. Part of a plan; never holds a password:
// the SMTP password comes from an environment variable or from a file that
// only its owner can read, both named here.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lbw {

struct NotifySettings {
    QString smtpHost;  // empty: no e-mail
    int smtpPort = 587;
    QString security = QStringLiteral("starttls");  // "starttls", "tls" or "none"
    QString user;                                   // empty: no login
    QString passwordEnv;                            // the variable that holds the password
    QString passwordFile;                           // or a file (owner-only) that holds it
    QString from;
    QStringList to;
    bool onlyOnProblems = false;  // mail only when the run was not a clean success
    QString onFailure;            // a program run after a failed run (result in LBW_* variables)

    bool mails() const { return !smtpHost.isEmpty() && !to.isEmpty(); }
    bool isEmpty() const { return !mails() && onFailure.isEmpty(); }
    QStringList problems() const;  // translated
    QJsonObject toJson() const;
    static NotifySettings fromJson(const QJsonObject &json);
};

}  // namespace lbw
