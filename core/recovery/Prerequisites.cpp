#include "recovery/Prerequisites.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

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

namespace {

PrerequisiteCheck fqdnCheck(const QString &expected, const HostFacts &here, const QString &mismatch) {
    return compareNames(QStringLiteral("fqdn"), QCoreApplication::translate("Prerequisites", "Computer FQDN"), expected,
                        here.fqdn, mismatch);
}

PrerequisiteCheck domainCheck(const QString &expected, const HostFacts &here) {
    return compareNames(
        QStringLiteral("domain"), QCoreApplication::translate("Prerequisites", "Domain"), expected, here.domain,
        QCoreApplication::translate("Prerequisites",
                                    "This computer is in the domain %1; the backup was taken in %2. "
                                    "Join this computer to %2 before restoring.")
            .arg(here.domain.isEmpty() ? QCoreApplication::translate("Prerequisites", "(none)") : here.domain,
                 expected));
}

// Loopback and link-local answers say how a computer names itself (Debian
// answers 127.0.1.1, Windows adds fe80:: addresses), not what DNS holds.
QStringList routable(const QStringList &addresses) {
    QStringList kept;
    for (const QString &text : addresses) {
        const QHostAddress address(text);
        if (!address.isLoopback() && !address.isLinkLocal())
            kept << text;
    }
    return kept;
}

// The records of backup time must all still be there; where both sides
// have routable addresses only those are compared.
bool sameRecords(const QStringList &recorded, const QStringList &now) {
    const QStringList then = routable(recorded);
    const QStringList current = routable(now);
    if (then.isEmpty() || current.isEmpty())
        return recorded == now;
    return std::all_of(then.begin(), then.end(), [&](const QString &a) { return current.contains(a); });
}

// `recorded` holds what `fqdn` resolved to when the backup ran.
PrerequisiteCheck dnsCheck(const QString &fqdn, const QStringList &recorded, QStringList (*resolve)(const QString &)) {
    PrerequisiteCheck dns{QStringLiteral("dns"),
                          QCoreApplication::translate("Prerequisites", "DNS records"),
                          PrerequisiteCheck::Result::Pass,
                          true,
                          {}};
    if (fqdn.isEmpty() || recorded.isEmpty()) {
        dns.result = PrerequisiteCheck::Result::CannotCheck;
        dns.explanation = QCoreApplication::translate("Prerequisites",
                                                      "The backup recorded no addresses for %1 (the name did not "
                                                      "resolve when the backup ran, or the set does not say).")
                              .arg(fqdn);
        return dns;
    }
    const QStringList now = resolve(fqdn);
    if (now.isEmpty()) {
        dns.result = PrerequisiteCheck::Result::Fail;
        dns.explanation = QCoreApplication::translate("Prerequisites",
                                                      "%1 does not resolve now; at backup time it resolved to %2. "
                                                      "Restore the DNS records before restoring data.")
                              .arg(fqdn, recorded.join(QStringLiteral(", ")));
    } else if (!sameRecords(recorded, now)) {
        dns.result = PrerequisiteCheck::Result::Fail;
        dns.explanation = QCoreApplication::translate("Prerequisites",
                                                      "%1 now resolves to %2; at backup time it resolved to %3. "
                                                      "Make DNS (and DHCP reservations) the same as at backup time.")
                              .arg(fqdn, now.join(QStringLiteral(", ")), recorded.join(QStringLiteral(", ")));
    } else {
        dns.explanation = QCoreApplication::translate("Prerequisites", "%1 resolves to %2, as at backup time.")
                              .arg(fqdn, now.join(QStringLiteral(", ")));
    }
    return dns;
}

QList<PrerequisiteCheck> pathChecks(const QList<RestoreDestination> &destinations) {
    QList<PrerequisiteCheck> checks;
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

}  // namespace

QList<PrerequisiteCheck> checkPrerequisites(const Manifest &manifest, const HostFacts &here,
                                            const QList<RestoreDestination> &destinations,
                                            QStringList (*resolve)(const QString &)) {
    const HostFacts &then = manifest.host;
    QList<PrerequisiteCheck> checks;
    checks << fqdnCheck(then.fqdn, here,
                        QCoreApplication::translate("Prerequisites",
                                                    "This computer is %1; the backup was taken on %2. Install the "
                                                    "operating system with the same FQDN before restoring.")
                            .arg(here.fqdn, then.fqdn));
    checks << domainCheck(then.domain, here);
    checks << dnsCheck(then.fqdn, then.addresses, resolve);

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
    checks << pathChecks(destinations);
    return checks;
}

QList<PrerequisiteCheck> checkAgainstServer(const Manifest &manifest, const ServerProfile &server,
                                            const HostFacts &here, const QList<RestoreDestination> &destinations,
                                            QStringList (*resolve)(const QString &)) {
    QList<PrerequisiteCheck> checks;
    checks << fqdnCheck(
        server.fqdn, here,
        QCoreApplication::translate("Prerequisites",
                                    "This computer is %1, but it is to replace %2 of the topology. "
                                    "Install the operating system with the FQDN %2 before restoring.")
            .arg(here.fqdn.isEmpty() ? QCoreApplication::translate("Prerequisites", "(unnamed)") : here.fqdn,
                 server.fqdn));
    const qsizetype dot = server.fqdn.indexOf(QLatin1Char('.'));
    PrerequisiteCheck domain = domainCheck(dot > 0 ? server.fqdn.mid(dot + 1) : QString(), here);
    if (dot <= 0)
        domain.explanation = QCoreApplication::translate("Prerequisites",
                                                         "The topology names %1 without a domain, so there is no "
                                                         "domain to compare.")
                                 .arg(server.fqdn);
    checks << domain;
    const ResolvedName *recorded = manifest.deployment.resolved(server.fqdn);
    checks << dnsCheck(server.fqdn, recorded ? recorded->addresses : QStringList(), resolve);
    if (!server.sqlInstances.isEmpty() && !server.standardEdition) {
        QStringList names;
        for (const SqlInstance &instance : server.sqlInstances)
            names << (instance.name.isEmpty() ? QStringLiteral("MSSQLSERVER") : instance.name);
        checks << PrerequisiteCheck{
            QStringLiteral("sql-instances"), QCoreApplication::translate("Prerequisites", "SQL Server instances"),
            PrerequisiteCheck::Result::CannotCheck, false,
            QCoreApplication::translate("Prerequisites",
                                        "The topology places the instances %1 on this server: install SQL Server "
                                        "with exactly these names before the databases are created.")
                .arg(names.join(QStringLiteral(", ")))};
    }
    checks << pathChecks(destinations);
    return checks;
}

}  // namespace lbw
