#pragma once
// Sends one plain-text message through an SMTP server (RFC 5321), on the
// calling thread: STARTTLS or implicit TLS through Qt Network, an optional
// AUTH PLAIN login, UTF-8 subject and body. Enough for a backup's report;
// a server that refuses anything gets its own reply in the error.

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace lbw {

struct SmtpServer {
    QString host;
    int port = 587;
    QString security = QStringLiteral("starttls");  // "starttls", "tls" or "none"
    QString user;                                   // empty: no login
    QString password;
    int timeoutMs = 30'000;  // per reply
};

struct MailMessage {
    QString from;
    QStringList to;
    QString subject;
    QString body;
};

// The message as sent after DATA: headers, then the body in base64 (no
// line of it can be a lone "." or exceed SMTP's line length).
QByteArray composeMail(const MailMessage &message);

Status sendMail(const SmtpServer &server, const MailMessage &message);

}  // namespace lbw
