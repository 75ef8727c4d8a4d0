#pragma once
// Tells the plan's people how a scheduled run went: an e-mail in the
// operator's language (the program's language: LBW_LANGUAGE or the system
// locale) with the result, the errors and the set, and the plan's
// onFailure command after a failed run, given the result in LBW_*
// environment variables. Neither ever changes the run's result: what goes
// wrong here comes back as notes.

#include "jobs/BackupJob.h"
#include "model/NotifySettings.h"
#include "notify/SmtpClient.h"

#include <QHash>
#include <QStringList>

namespace lbw {

MailMessage runReportMail(const NotifySettings &settings, const QString &planName, const BackupReport &report);

// The SMTP password from the variable or the file the settings name; a
// file that other accounts can read is refused.
Result<QString> smtpPassword(const NotifySettings &settings);

// The mail through the settings' server, with their login.
Status mailWithSettings(const NotifySettings &settings, const MailMessage &mail);
// The settings' onFailure command, given `variables` (LBW_RESULT, ...) in its
// environment; fails when it cannot run or exits with an error.
Status runOnFailure(const NotifySettings &settings, const QHash<QString, QString> &variables);

// Sends what the settings ask for; returns translated notes on what could
// not be sent or run (empty when all went out).
QStringList notifyRun(const NotifySettings &settings, const QString &planName, const BackupReport &report);

}  // namespace lbw
