// Notification through a real SMTP server (aiosmtpd on 127.0.0.1): the
// report arrives with its result, errors and set; a refused login, a server
// that is down and a password file others can read are notes, never a
// changed result; onFailure gets the result in its environment.

#include "jobs/BackupJob.h"
#include "notify/RunNotification.h"
#include "notify/StatusNotification.h"
#include "util/ProductLog.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lbw;

namespace {

const QString kServerScript = QStringLiteral(LBW_TEST_TOOLS "/smtp_server.py");

// The local SMTP server, for as long as the object lives.
class MailServer {
public:
    MailServer(const QString &maildir, const QStringList &login = {}) {
        m_process.start(QStringLiteral("/usr/bin/python3"), QStringList{kServerScript, maildir} + login);
        if (!m_process.waitForStarted(10000))
            return;
        while (m_process.waitForReadyRead(20000)) {
            const QByteArray line = m_process.readLine();
            if (line.startsWith("ready ")) {
                port = line.mid(6).trimmed().toInt();
                return;
            }
        }
    }
    ~MailServer() {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port = 0;

private:
    QProcess m_process;
};

// The messages in `maildir`, decoded: subject and body in clear text.
struct Received {
    QString subject;
    QString body;
    QString raw;
};

QList<Received> received(const QString &maildir) {
    QList<Received> mails;
    for (const QString &name : QDir(maildir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        const QByteArray raw = test::readFile(maildir + QLatin1Char('/') + name);
        Received mail;
        mail.raw = QString::fromUtf8(raw);
        const QRegularExpression subject(QStringLiteral("Subject: =\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="));
        mail.subject = QString::fromUtf8(QByteArray::fromBase64(subject.match(mail.raw).captured(1).toLatin1()));
        const qsizetype bodyAt = raw.indexOf("\r\n\r\n");
        mail.body = QString::fromUtf8(QByteArray::fromBase64(raw.mid(bodyAt + 4)));
        mails << mail;
    }
    return mails;
}

struct Run {
    QTemporaryDir dir;
    QString maildir = dir.filePath(QStringLiteral("mail"));
    BackupReport report;
    Run() {
        QDir().mkpath(maildir);
        test::writeFile(dir.filePath(QStringLiteral("store/reunião.txt")), "conteúdo");
        BackupPlan plan;
        plan.name = QStringLiteral("Noturno");
        plan.location = dir.filePath(QStringLiteral("backups"));
        plan.items.append({QStringLiteral("filestore"), QStringLiteral("fs"), dir.filePath(QStringLiteral("store"))});
        report = BackupJob(plan).run(nullptr, {});
    }
    NotifySettings settings(int port) const {
        NotifySettings settings;
        settings.smtpHost = QStringLiteral("127.0.0.1");
        settings.smtpPort = port;
        settings.security = QStringLiteral("none");
        settings.from = QStringLiteral("lync-backup@example.com");
        settings.to = {QStringLiteral("ops@example.com"), QStringLiteral("dba@example.com")};
        return settings;
    }
};

}  // namespace

class TestNotify : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (test::runProgram(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")}) != 0)
            QFAIL("python3-aiosmtpd is missing: ./setup.sh test installs it");
    }

    void theReportArrivesWithItsResultAndSet() {
        Run run;
        QCOMPARE(run.report.outcome, BackupOutcome::Succeeded);
        MailServer server(run.maildir, {QStringLiteral("backup"), QStringLiteral("s3nha segura")});
        QVERIFY(server.port > 0);
        NotifySettings settings = run.settings(server.port);
        settings.user = QStringLiteral("backup");
        settings.passwordEnv = QStringLiteral("LBW_TEST_SMTP_PASSWORD");
        qputenv("LBW_TEST_SMTP_PASSWORD", "s3nha segura");
        const QStringList notes = notifyRun(settings, QStringLiteral("Noturno"), run.report);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
        const QList<Received> mails = received(run.maildir);
        QCOMPARE(mails.size(), 1);
        QVERIFY2(mails[0].subject.startsWith(QLatin1String("[Lync Backup] succeeded: backup \"Noturno\"")),
                 qPrintable(mails[0].subject));
        QVERIFY(mails[0].body.contains(run.report.setPath));
        QVERIFY(mails[0].body.contains(QLatin1String("Verified: every file matches.")));
        QVERIFY(mails[0].raw.contains(QLatin1String("X-Envelope-To: ops@example.com,dba@example.com")));
        QVERIFY(!mails[0].raw.contains(QLatin1String("s3nha")));  // the password never travels in the mail

        // A refused login is a note; nothing is sent, the run's result stands.
        qputenv("LBW_TEST_SMTP_PASSWORD", "wrong");
        const QStringList refused = notifyRun(settings, QStringLiteral("Noturno"), run.report);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused[0].contains(QLatin1String("refused the login")), qPrintable(refused[0]));
        QCOMPARE(received(run.maildir).size(), 1);
        qunsetenv("LBW_TEST_SMTP_PASSWORD");
    }

    // lync-backup status --notify, run every hour by a monitoring system:
    // a location that falls behind is told once, again when it gets worse,
    // and again after it was OK in between; a server that is down is tried
    // again at the next check.
    void aMissedScheduleIsToldOnceAndAgainWhenWorse() {
        Run run;
        QCOMPARE(run.report.outcome, BackupOutcome::Succeeded);
        const QString root = run.dir.filePath(QStringLiteral("backups"));
        qputenv("LBW_LOG_DIR", run.dir.filePath(QStringLiteral("logs")).toUtf8());  // the notice records of this test
        const StatusThresholds thresholds{1, 2};
        const QDateTime finished = QDateTime::currentDateTimeUtc();
        auto check = [&](double hoursLater, int port) {
            const LocationStatus status = assessLocation(root, thresholds, finished.addSecs(qint64(hoursLater * 3600)));
            return notifyStatus(run.settings(port), QStringLiteral("Noturno"), status);
        };
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int downPort = probe.serverPort();
        probe.close();
        const StatusNoticeResult down = check(1.5, downPort);
        QVERIFY(!down.notified);
        QCOMPARE(down.notes.size(), 1);

        MailServer server(run.maildir);
        QVERIFY(server.port > 0);
        QVERIFY(check(1.5, server.port).notified);  // the check after the server came back
        QList<Received> mails = received(run.maildir);
        QCOMPARE(mails.size(), 1);
        QVERIFY2(mails[0].subject.startsWith(QLatin1String("[Lync Backup] WARNING: backups of \"Noturno\"")),
                 qPrintable(mails[0].subject));
        QVERIFY(mails[0].body.contains(QFileInfo(run.report.setPath).fileName()));
        QVERIFY(mails[0].body.contains(QLatin1String("schedule show ") + root));
        QVERIFY(!check(1.7, server.port).notified);  // said already
        QVERIFY(check(2.5, server.port).notified);   // worse: critical
        QVERIFY(!check(3, server.port).notified);
        mails = received(run.maildir);
        QCOMPARE(mails.size(), 2);
        QVERIFY2(mails[1].subject.startsWith(QLatin1String("[Lync Backup] CRITICAL")), qPrintable(mails[1].subject));
        QVERIFY(!check(0, server.port).notified);  // OK again: the record goes
        QVERIFY(QDir(ProductLog::directory()).entryList({QStringLiteral("status-notice-*.json")}).isEmpty());
        QVERIFY(check(1.5, server.port).notified);
        QCOMPARE(received(run.maildir).size(), 3);
    }

    void aServerThatIsDownIsANote() {
        Run run;
        QTcpServer probe;  // a port nobody listens on once it is closed
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        const QStringList notes = notifyRun(run.settings(port), QStringLiteral("Noturno"), run.report);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes[0].contains(QLatin1String("Cannot connect to 127.0.0.1")), qPrintable(notes[0]));
    }

    void aPasswordFileOthersCanReadIsRefused() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("smtp.pass"));
        test::writeFile(file, "segredo\n");
        NotifySettings settings;
        settings.user = QStringLiteral("backup");
        settings.passwordFile = file;
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QVERIFY(!smtpPassword(settings).ok());
        QVERIFY(smtpPassword(settings).errorMessage().contains(QLatin1String("chmod 600")));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(smtpPassword(settings).value(), QStringLiteral("segredo"));
    }

    void onFailureGetsTheResult() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("called"));
        const QString script = dir.filePath(QStringLiteral("on failure.sh"));
        test::writeFile(script, QStringLiteral("#!/bin/sh\nprintf '%s|%s|%s' \"$LBW_RESULT\" \"$LBW_PLAN\" "
                                               "\"$LBW_ERROR\" > '%1'\n")
                                    .arg(out)
                                    .toUtf8());
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        BackupReport failed;
        failed.outcome = BackupOutcome::Failed;
        failed.error = QStringLiteral("No space left on device");
        NotifySettings settings;
        settings.onFailure = QLatin1Char('"') + script + QLatin1Char('"');
        QVERIFY(notifyRun(settings, QStringLiteral("Noturno"), failed).isEmpty());
        QCOMPARE(test::readFile(out), QByteArray("failed|Noturno|No space left on device"));

        QFile::remove(out);
        BackupReport good;
        good.outcome = BackupOutcome::Succeeded;
        QVERIFY(notifyRun(settings, QStringLiteral("Noturno"), good).isEmpty());
        QVERIFY(!QFile::exists(out));  // only after a failure
    }
};

QTEST_GUILESS_MAIN(TestNotify)
#include "tst_notify.moc"
