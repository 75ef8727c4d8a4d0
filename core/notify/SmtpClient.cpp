#include "notify/SmtpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QLocale>
#include <QSslSocket>
#include <QUuid>

namespace lbw {
namespace {

constexpr int kMaxReplyBytes = 64 * 1024;  // a hostile server cannot make us hold more

struct Reply {
    int code = 0;
    QString text;
};

class Conversation {
public:
    explicit Conversation(const SmtpServer &server) : m_server(server) {}

    Status open() {
        if (m_server.security == QLatin1String("tls")) {
            m_socket.connectToHostEncrypted(m_server.host, quint16(m_server.port));
            if (!m_socket.waitForEncrypted(m_server.timeoutMs))
                return failure(QCoreApplication::translate("SmtpClient", "TLS connection to %1:%2 failed: %3")
                                   .arg(m_server.host)
                                   .arg(m_server.port)
                                   .arg(m_socket.errorString()));
        } else {
            m_socket.connectToHost(m_server.host, quint16(m_server.port));
            if (!m_socket.waitForConnected(m_server.timeoutMs))
                return failure(QCoreApplication::translate("SmtpClient", "Cannot connect to %1:%2: %3")
                                   .arg(m_server.host)
                                   .arg(m_server.port)
                                   .arg(m_socket.errorString()));
        }
        if (Status greeted = expect(220); !greeted)
            return greeted;
        if (Status hello = ehlo(); !hello)
            return hello;
        if (m_server.security == QLatin1String("starttls")) {
            if (Status started = command("STARTTLS", 220); !started)
                return started;
            m_socket.startClientEncryption();
            if (!m_socket.waitForEncrypted(m_server.timeoutMs))
                return failure(QCoreApplication::translate("SmtpClient", "STARTTLS with %1 failed: %2")
                                   .arg(m_server.host, m_socket.errorString()));
            if (Status again = ehlo(); !again)  // what the server offers may change under TLS
                return again;
        }
        return {};
    }

    Status login() {
        if (m_server.user.isEmpty())
            return {};
        const QByteArray credentials = QByteArray(1, '\0') + m_server.user.toUtf8() + '\0' + m_server.password.toUtf8();
        const QByteArray token = credentials.toBase64();
        Result<Reply> reply = send("AUTH PLAIN " + token);
        if (!reply)
            return reply.error();
        if (reply->code != 235)
            return Error{QCoreApplication::translate("SmtpClient", "%1 refused the login of %2: %3 %4")
                             .arg(m_server.host, m_server.user)
                             .arg(reply->code)
                             .arg(reply->text)};
        return {};
    }

    Status deliver(const MailMessage &message) {
        if (Status from = command("MAIL FROM:<" + message.from.toUtf8() + '>', 250); !from)
            return from;
        for (const QString &to : message.to)
            if (Status rcpt = command("RCPT TO:<" + to.toUtf8() + '>', 250); !rcpt)
                return rcpt;
        if (Status data = command("DATA", 354); !data)
            return data;
        m_socket.write(composeMail(message) + ".\r\n");  // the message ends with CRLF already
        if (Status sent = expect(250); !sent)
            return sent;
        (void)command("QUIT", 221);
        return {};
    }

private:
    Status ehlo() {
        QString name = QHostInfo::localHostName();
        if (name.isEmpty())
            name = QStringLiteral("localhost");
        return command("EHLO " + name.toUtf8(), 250);
    }

    Status command(const QByteArray &line, int expected) {
        Result<Reply> reply = send(line);
        if (!reply)
            return reply.error();
        if (reply->code != expected)
            return Error{QCoreApplication::translate("SmtpClient", "%1 answered %2 %3 to %4")
                             .arg(m_server.host)
                             .arg(reply->code)
                             .arg(reply->text, QString::fromUtf8(line.left(line.startsWith("AUTH") ? 10 : 64)))};
        return {};
    }

    Result<Reply> send(const QByteArray &line) {
        m_socket.write(line + "\r\n");
        return readReply();
    }

    Status expect(int code) {
        Result<Reply> reply = readReply();
        if (!reply)
            return reply.error();
        if (reply->code != code)
            return Error{QCoreApplication::translate("SmtpClient", "%1 answered %2 %3")
                             .arg(m_server.host)
                             .arg(reply->code)
                             .arg(reply->text)};
        return {};
    }

    // A reply is one or more lines "250-..." ending with "250 ...".
    Result<Reply> readReply() {
        Reply reply;
        for (;;) {
            while (!m_buffer.contains("\r\n")) {
                if (m_buffer.size() > kMaxReplyBytes)
                    return Error{QCoreApplication::translate("SmtpClient", "%1 sent a reply too long to be SMTP.")
                                     .arg(m_server.host)};
                if (!m_socket.waitForReadyRead(m_server.timeoutMs))
                    return Error{QCoreApplication::translate("SmtpClient", "%1 did not answer: %2")
                                     .arg(m_server.host, m_socket.errorString())};
                m_buffer += m_socket.readAll();
            }
            const qsizetype end = m_buffer.indexOf("\r\n");
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            bool ok = false;
            reply.code = line.left(3).toInt(&ok);
            if (!ok || line.size() < 3)
                return Error{QCoreApplication::translate("SmtpClient", "%1 does not speak SMTP.").arg(m_server.host)};
            if (!reply.text.isEmpty())
                reply.text += QLatin1Char(' ');
            reply.text += QString::fromUtf8(line.mid(4)).trimmed();
            if (line.size() == 3 || line.at(3) != '-')
                return reply;
        }
    }

    Status failure(const QString &message) { return Error{message}; }

    const SmtpServer &m_server;
    QSslSocket m_socket;
    QByteArray m_buffer;
};

QByteArray encodedWord(const QString &text) {
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

}  // namespace

QByteArray composeMail(const MailMessage &message) {
    QByteArray mail;
    mail += "From: " + message.from.toUtf8() + "\r\n";
    mail += "To: " + message.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    mail += "Subject: " + encodedWord(message.subject) + "\r\n";
    mail += "Date: " +
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"))
                .toLatin1() +
            "\r\n";
    mail += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@lync-backup>\r\n";
    mail += "MIME-Version: 1.0\r\n";
    mail += "Content-Type: text/plain; charset=UTF-8\r\n";
    mail += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray body = message.body.toUtf8().toBase64();
    for (qsizetype at = 0; at < body.size(); at += 76)
        mail += body.mid(at, 76) + "\r\n";
    return mail;
}

Status sendMail(const SmtpServer &server, const MailMessage &message) {
    Conversation conversation(server);
    if (Status opened = conversation.open(); !opened)
        return opened;
    if (Status loggedIn = conversation.login(); !loggedIn)
        return loggedIn;
    return conversation.deliver(message);
}

}  // namespace lbw
