#pragma once
// A missed schedule, seen by `lync-backup status --notify`: when a location
// is not OK (its newest good set is too old, its last run failed), the
// plan's people hear of it, once and not at every check of a monitoring
// system. What was last said is remembered beside the product's log (one
// status-notice-<key>.json per location) and said again only when it gets
// worse or concerns another set or run; once the location is OK again, the
// record goes.

#include "location/LocationStatus.h"
#include "model/NotifySettings.h"
#include "notify/SmtpClient.h"

#include <QStringList>

namespace lbw {

MailMessage statusMail(const NotifySettings &settings, const QString &planName, const LocationStatus &status);

struct StatusNoticeResult {
    bool notified = false;  // a mail went out or the onFailure command ran
    QStringList notes;      // translated: what could not be sent or run
};

StatusNoticeResult notifyStatus(const NotifySettings &settings, const QString &planName, const LocationStatus &status);

}  // namespace lbw
