#include "notify/RunNotification.h"

#include "sources/ExternalCommand.h"
#include "util/CancelToken.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSysInfo>

namespace lbw {
namespace {

constexpr int kOnFailureTimeoutSeconds = 120;
constexpr int kErrorsInMail = 50;

QString outcomeText(BackupOutcome outcome) {
    switch (outcome) {
        case BackupOutcome::Succeeded:
            return QCoreApplication::translate("RunNotification", "succeeded");
        case BackupOutcome::CompletedWithErrors:
            return QCoreApplication::translate("RunNotification", "completed with errors");
        case BackupOutcome::Cancelled:
            return QCoreApplication::translate("RunNotification", "was cancelled");
        case BackupOutcome::Failed:
            break;
    }
    return QCoreApplication::translate("RunNotification", "FAILED");
}

QStringList errorLines(const BackupReport &report) {
    QStringList lines;
    if (!report.error.isEmpty())
        lines << report.error;
    if (!report.latestProblem.isEmpty())
        lines << report.latestProblem;
    for (const ManifestItem &item : report.manifest.items)
        for (const ItemIssue &issue : item.errors)
            lines << (issue.path.isEmpty() ? QStringLiteral("%1: %2").arg(item.name, issue.message)
                                           : QStringLiteral("%1: %2: %3").arg(item.name, issue.path, issue.message));
    if (report.verify && !report.verify->ok())
        for (const VerifyProblem &problem : report.verify->problems)
            lines
                << QStringLiteral("%1: %2 (%3)").arg(verifyProblemKindText(problem.kind), problem.path, problem.detail);
    return lines;
}

}  // namespace

MailMessage runReportMail(const NotifySettings &settings, const QString &planName, const BackupReport &report) {
    const QString host = QSysInfo::machineHostName();
    MailMessage mail;
    mail.from = settings.from;
    mail.to = settings.to;
    mail.subject = QCoreApplication::translate("RunNotification", "[Lync Backup] %1: backup \"%2\" on %3")
                       .arg(outcomeText(report.outcome), planName, host);
    QStringList body;
    body << QCoreApplication::translate("RunNotification", "The backup \"%1\" on %2 %3.")
                .arg(planName, host, outcomeText(report.outcome));
    if (!report.setPath.isEmpty())
        body << (report.outcome == BackupOutcome::Succeeded || report.outcome == BackupOutcome::CompletedWithErrors
                     ? QCoreApplication::translate("RunNotification", "Set: %1").arg(report.setPath)
                     : QCoreApplication::translate("RunNotification", "Left incomplete (never used for a restore): %1")
                           .arg(report.setPath));
    if (report.verify)
        body << (report.verify->ok() ? QCoreApplication::translate("RunNotification", "Verified: every file matches.")
                 // A stop after the commit found nothing wrong and proved nothing.
                 : report.verify->cancelled
                     ? QCoreApplication::translate("RunNotification",
                                                   "Not verified: the run was stopped after the set was committed. "
                                                   "Verify the set with lync-backup verify.")
                     : QCoreApplication::translate("RunNotification", "Verification found problems."));
    if (report.secondCopy && report.secondCopy->ok())
        body << QCoreApplication::translate("RunNotification", "Copied to: %1").arg(report.secondCopy->copiedSetPath);
    const QStringList errors = errorLines(report);
    if (!errors.isEmpty()) {
        body << QString() << QCoreApplication::translate("RunNotification", "Errors:");
        for (const QString &line : errors.mid(0, kErrorsInMail))
            body << QStringLiteral("  ") + line;
        if (errors.size() > kErrorsInMail)
            body << QCoreApplication::translate("RunNotification", "  ... and %1 more (see backup.log in the set).")
                        .arg(errors.size() - kErrorsInMail);
    }
    for (const QString &note : report.notes)
        body << note;
    body << QString()
         << QCoreApplication::translate("RunNotification",
                                        "Sent by Lync Backup Wizard (lync-backup status shows the "
                                        "location at a glance).");
    mail.body = body.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return mail;
}

Result<QString> smtpPassword(const NotifySettings &settings) {
    if (settings.user.isEmpty())
        return QString();
    if (!settings.passwordEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(settings.passwordEnv.toUtf8().constData()))
            return Error{
                QCoreApplication::translate("RunNotification", "The SMTP password variable %1 is not set for this run.")
                    .arg(settings.passwordEnv)};
        return qEnvironmentVariable(settings.passwordEnv.toUtf8().constData());
    }
    QFile file(settings.passwordFile);
#ifndef Q_OS_WIN
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return Error{QCoreApplication::translate("RunNotification",
                                                 "The SMTP password file %1 can be read by other accounts; make it "
                                                 "readable by its owner only (chmod 600).")
                         .arg(settings.passwordFile)};
#endif
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("RunNotification", "Cannot read the SMTP password file %1: %2")
                         .arg(settings.passwordFile, file.errorString())};
    return QString::fromUtf8(file.read(4096)).trimmed();
}

Status mailWithSettings(const NotifySettings &settings, const MailMessage &mail) {
    Result<QString> password = smtpPassword(settings);
    if (!password)
        return password.error();
    return sendMail(SmtpServer{settings.smtpHost, settings.smtpPort, settings.security, settings.user, *password},
                    mail);
}

Status runOnFailure(const NotifySettings &settings, const QHash<QString, QString> &variables) {
    QStringList words = QProcess::splitCommand(settings.onFailure);
    const QString program = words.isEmpty() ? QString() : words.takeFirst();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
        environment.insert(it.key(), it.value());
    Result<CommandRun> ran =
        runCommand(program, words, environment, kOnFailureTimeoutSeconds, CancelToken(), nullptr, program);
    return ran ? Status() : Status(ran.error());
}

QStringList notifyRun(const NotifySettings &settings, const QString &planName, const BackupReport &report) {
    QStringList notes;
    const bool clean = report.outcome == BackupOutcome::Succeeded;
    if (settings.mails() && !(settings.onlyOnProblems && clean))
        if (Status sent = mailWithSettings(settings, runReportMail(settings, planName, report)); !sent)
            notes << QCoreApplication::translate("RunNotification", "The report could not be mailed: %1")
                         .arg(sent.errorMessage());
    if (!settings.onFailure.isEmpty() && report.outcome == BackupOutcome::Failed) {
        const QHash<QString, QString> variables{
            {QStringLiteral("LBW_RESULT"), backupOutcomeKey(report.outcome)},
            {QStringLiteral("LBW_PLAN"), planName},
            {QStringLiteral("LBW_SET"), report.setPath},
            {QStringLiteral("LBW_ERROR"), errorLines(report).mid(0, 10).join(QLatin1Char('\n'))}};
        if (Status ran = runOnFailure(settings, variables); !ran)
            notes << QCoreApplication::translate("RunNotification", "The onFailure command failed: %1")
                         .arg(ran.errorMessage());
    }
    return notes;
}

}  // namespace lbw
