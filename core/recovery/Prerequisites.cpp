#include "recovery/Prerequisites.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace lbw {
namespace {

PrerequisiteCheck compareNames(const QString &id, const QString &title, const QString &then, const QString &now,
                               const QString &mismatch) {
    PrerequisiteCheck check{id, title, PrerequisiteCheck::Result::Pass, true, {}};
    if (then.isEmpty()) {
        check.result = PrerequisiteCheck::Result::CannotCheck;
        check.explanation = QCoreApplication::translate("Prerequisites", "The backup did not record this.");
    } else if (then.compare(now, Qt::CaseInsensitive) != 0) {
        check.result = PrerequisiteCheck::Result::Fail;
        check.explanation = mismatch;
    } else {
        check.explanation = QCoreApplication::translate("Prerequisites", "%1, as at backup time.").arg(now);
    }
    return check;
}

}  // namespace

QString prerequisiteResultText(PrerequisiteCheck::Result result) {
    switch (result) {
        case PrerequisiteCheck::Result::Pass:
            return QCoreApplication::translate("Prerequisites", "pass");
        case PrerequisiteCheck::Result::Fail:
            return QCoreApplication::translate("Prerequisites", "FAIL");
        case PrerequisiteCheck::Result::CannotCheck:
            return QCoreApplication::translate("Prerequisites", "cannot check");
    }
    return {};
}

bool anyBlocks(const QList<PrerequisiteCheck> &checks) {
    return std::any_of(checks.begin(), checks.end(), [](const PrerequisiteCheck &c) { return c.blocks(); });
}

QList<PrerequisiteCheck> checkPrerequisites(const Manifest &manifest, const HostFacts &here,
                                            const QList<RestoreDestination> &destinations,
                                            QStringList (*resolve)(const QString &)) {
    const HostFacts &then = manifest.host;
    QList<PrerequisiteCheck> checks;
    checks << compareNames(QStringLiteral("fqdn"), QCoreApplication::translate("Prerequisites", "Computer FQDN"),
                           then.fqdn, here.fqdn,
                           QCoreApplication::translate("Prerequisites",
                                                       "This computer is %1; the backup was taken on %2. Install the "
                                                       "operating system with the same FQDN before restoring.")
                               .arg(here.fqdn, then.fqdn));
    checks << compareNames(
        QStringLiteral("domain"), QCoreApplication::translate("Prerequisites", "Domain"), then.domain, here.domain,
        QCoreApplication::translate("Prerequisites",
                                    "This computer is in the domain %1; the backup was taken in %2. "
                                    "Join this computer to %2 before restoring.")
            .arg(here.domain.isEmpty() ? QCoreApplication::translate("Prerequisites", "(none)") : here.domain,
                 then.domain));

    PrerequisiteCheck dns{QStringLiteral("dns"),
                          QCoreApplication::translate("Prerequisites", "DNS records"),
                          PrerequisiteCheck::Result::Pass,
                          true,
                          {}};
    const QStringList now = resolve(then.fqdn);
    if (then.fqdn.isEmpty() || then.addresses.isEmpty()) {
        dns.result = PrerequisiteCheck::Result::CannotCheck;
        dns.explanation = QCoreApplication::translate("Prerequisites",
                                                      "The backup did not record the addresses of "
                                                      "its computer.");
    } else if (now.isEmpty()) {
        dns.result = PrerequisiteCheck::Result::Fail;
        dns.explanation = QCoreApplication::translate("Prerequisites",
                                                      "%1 does not resolve now; at backup time it resolved to %2. "
                                                      "Restore the DNS records before restoring data.")
                              .arg(then.fqdn, then.addresses.join(QStringLiteral(", ")));
    } else if (now != then.addresses) {
        dns.result = PrerequisiteCheck::Result::Fail;
        dns.explanation =
            QCoreApplication::translate("Prerequisites",
                                        "%1 now resolves to %2; at backup time it resolved to %3. "
                                        "Make DNS (and DHCP reservations) the same as at backup time.")
                .arg(then.fqdn, now.join(QStringLiteral(", ")), then.addresses.join(QStringLiteral(", ")));
    } else {
        dns.explanation = QCoreApplication::translate("Prerequisites", "%1 resolves to %2, as at backup time.")
                              .arg(then.fqdn, now.join(QStringLiteral(", ")));
    }
    checks << dns;

    PrerequisiteCheck os{QStringLiteral("os"),
                         QCoreApplication::translate("Prerequisites", "Operating system"),
                         PrerequisiteCheck::Result::Pass,
                         false,
                         {}};
    if (then.os.isEmpty()) {
        os.result = PrerequisiteCheck::Result::CannotCheck;
        os.explanation = QCoreApplication::translate("Prerequisites", "The backup did not record this.");
    } else if (then.os != here.os) {
        os.result = PrerequisiteCheck::Result::Fail;
        os.explanation = QCoreApplication::translate("Prerequisites",
                                                     "This computer runs %1; the backup was taken on %2. Lync Server "
                                                     "2013 expects the rebuilt server to run the same system.")
                             .arg(here.os, then.os);
    } else {
        os.explanation = QCoreApplication::translate("Prerequisites", "%1, as at backup time.").arg(here.os);
    }
    checks << os;

    for (const RestoreDestination &destination : destinations) {
        PrerequisiteCheck path{QStringLiteral("path:") + destination.item,
                               QCoreApplication::translate("Prerequisites", "Path of %1").arg(destination.item),
                               PrerequisiteCheck::Result::Pass,
                               true,
                               {}};
        const QString parent = QFileInfo(destination.targetPath).absolutePath();
        if (QDir::cleanPath(destination.targetPath) != QDir::cleanPath(destination.recordedPath)) {
            path.required = false;
            path.result = PrerequisiteCheck::Result::Fail;
            path.explanation = QCoreApplication::translate("Prerequisites",
                                                           "Restoring to %1, but the data was backed up from %2. Lync "
                                                           "expects its data at the same path as at backup time.")
                                   .arg(destination.targetPath, destination.recordedPath);
        } else if (!QFileInfo(parent).isDir()) {
            path.result = PrerequisiteCheck::Result::Fail;
            path.explanation = QCoreApplication::translate("Prerequisites",
                                                           "The folder %1 that holds %2 does not exist. Create it (or "
                                                           "the share) with the same path as at backup time.")
                                   .arg(parent, destination.targetPath);
        } else {
            path.explanation =
                QCoreApplication::translate("Prerequisites", "%1, as at backup time.").arg(destination.targetPath);
        }
        checks << path;
    }
    return checks;
}

}  // namespace lbw
