#include "notify/StatusNotification.h"

#include "notify/RunNotification.h"
#include "platform/Platform.h"
#include "util/ProductLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

namespace lbw {
namespace {

// The record of what was last said, beside the product's log rather than
// in the location: a location that cannot be reached, or is read-only to
// this account, must not be told about again every hour.
QString noticeRecordPath(const QString &root) {
    const QByteArray key =
        QCryptographicHash::hash(QDir::cleanPath(root).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return ProductLog::directory() + QStringLiteral("/status-notice-") + QString::fromLatin1(key) +
           QStringLiteral(".json");
}

QString levelText(LocationStatus::Level level) {
    return level == LocationStatus::Level::Critical ? QCoreApplication::translate("StatusNotification", "CRITICAL")
                                                    : QCoreApplication::translate("StatusNotification", "WARNING");
}

// What a notice is about: said again only when one of these changes.
QJsonObject noticeKey(const LocationStatus &status) {
    return {{QStringLiteral("level"), statusLevelKey(status.level)},
            {QStringLiteral("newestGoodSet"), status.newestGood ? status.newestGood->name : QString()},
            {QStringLiteral("lastRun"), status.lastRun ? status.lastRun->name : QString()}};
}

QJsonObject lastNotice(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(64 * 1024)).object();
}

bool alreadySaid(const QJsonObject &said, const QJsonObject &now) {
    if (said.isEmpty())
        return false;
    const bool sameSubject =
        said.value(QStringLiteral("newestGoodSet")) == now.value(QStringLiteral("newestGoodSet")) &&
        said.value(QStringLiteral("lastRun")) == now.value(QStringLiteral("lastRun"));
    // From warning to critical is news; from critical back to warning is not.
    const bool worse =
        said.value(QStringLiteral("level")).toString() == statusLevelKey(LocationStatus::Level::Warning) &&
        now.value(QStringLiteral("level")).toString() == statusLevelKey(LocationStatus::Level::Critical);
    return sameSubject && !worse;
}

}  // namespace

MailMessage statusMail(const NotifySettings &settings, const QString &planName, const LocationStatus &status) {
    const QString host = QSysInfo::machineHostName();
    const QLocale locale;
    MailMessage mail;
    mail.from = settings.from;
    mail.to = settings.to;
    mail.subject = QCoreApplication::translate("StatusNotification", "[Lync Backup] %1: backups of \"%2\" on %3")
                       .arg(levelText(status.level), planName, host);
    QStringList body;
    body << QCoreApplication::translate("StatusNotification", "The backups of \"%1\" need attention (%2).")
                .arg(planName, levelText(status.level))
         << QCoreApplication::translate("StatusNotification", "Location: %1").arg(status.root);
    if (status.newestGood)
        body << QCoreApplication::translate("StatusNotification", "Newest good set: %1, %2 hours old.")
                    .arg(status.newestGood->name, locale.toString(status.ageHours, 'f', 1));
    else
        body << QCoreApplication::translate("StatusNotification", "There is no good set in this location.");
    body << QString();
    for (const QString &reason : status.reasons)
        body << QStringLiteral("  ") + reason;
    if (status.lastRun)
        for (const QString &error : status.lastRun->errors)
            body << QStringLiteral("  ") + error;
    body << QString()
         << QCoreApplication::translate("StatusNotification",
                                        "Check that the schedule still runs (lync-backup schedule show %1), that the "
                                        "location is reachable, and run a backup now.")
                .arg(status.root)
         << QCoreApplication::translate("StatusNotification",
                                        "Sent once by lync-backup status --notify; it writes again if this gets "
                                        "worse.");
    mail.body = body.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return mail;
}

StatusNoticeResult notifyStatus(const NotifySettings &settings, const QString &planName, const LocationStatus &status) {
    StatusNoticeResult result;
    const QString recordPath = noticeRecordPath(status.root);
    if (status.level == LocationStatus::Level::Ok) {
        QFile::remove(recordPath);
        return result;
    }
    const QJsonObject now = noticeKey(status);
    if (alreadySaid(lastNotice(recordPath), now))
        return result;
    bool anyDone = false;
    if (settings.mails()) {
        if (Status sent = mailWithSettings(settings, statusMail(settings, planName, status)); sent)
            anyDone = true;
        else
            result.notes << QCoreApplication::translate("StatusNotification", "The notice could not be mailed: %1")
                                .arg(sent.errorMessage());
    }
    if (!settings.onFailure.isEmpty()) {
        const QHash<QString, QString> variables{
            {QStringLiteral("LBW_RESULT"), statusLevelKey(status.level)},
            {QStringLiteral("LBW_PLAN"), planName},
            {QStringLiteral("LBW_SET"), status.newestGood ? status.newestGood->path : QString()},
            {QStringLiteral("LBW_ERROR"), status.reasons.join(QLatin1Char('\n'))}};
        if (Status ran = runOnFailure(settings, variables); ran)
            anyDone = true;
        else
            result.notes << QCoreApplication::translate("StatusNotification", "The onFailure command failed: %1")
                                .arg(ran.errorMessage());
    }
    // Remembered only once someone was told: a mail server that is down now
    // is tried again at the next check.
    if (anyDone) {
        result.notified = true;
        QDir().mkpath(ProductLog::directory());
        if (Status kept = platform::writeFileAtomically(recordPath, QJsonDocument(now).toJson()); !kept)
            result.notes << kept.errorMessage();
    }
    return result;
}

}  // namespace lbw
