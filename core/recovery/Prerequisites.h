#pragma once
// The checks the Lync documents demand before a restore: the computer must
// have the same FQDN, domain and DNS records as when the backup was taken,
// and data goes back to the same paths. Each check is a named result with a
// translated explanation of what to do.

#include "backupset/Manifest.h"
#include "recovery/HostFacts.h"
#include "recovery/ServerProfile.h"

#include <QList>
#include <QString>

namespace lbw {

struct PrerequisiteCheck {
    enum class Result { Pass, Fail, CannotCheck };
    QString id;  // stable: "fqdn", "domain", "dns", "os", "path:<item>"
    QString title;
    Result result = Result::CannotCheck;
    bool required = true;  // a failed required check stops the restore
    QString explanation;

    bool blocks() const { return required && result == Result::Fail; }
};

QString prerequisiteResultText(PrerequisiteCheck::Result result);  // translated

struct RestoreDestination {
    QString item;
    QString recordedPath;  // where the data was backed up from
    QString targetPath;    // where it is going now
};

// `resolve` looks a name up in DNS now (injectable so tests need no DNS).
QList<PrerequisiteCheck> checkPrerequisites(const Manifest &manifest, const HostFacts &here,
                                            const QList<RestoreDestination> &destinations,
                                            QStringList (*resolve)(const QString &) = resolveAddresses);

// For a set that keeps its topology: this computer against `server`, the
// machine of the topology it replaces (its FQDN, its domain, the addresses
// its FQDN resolved to when the backup ran), whichever computer ran the backup.
QList<PrerequisiteCheck> checkAgainstServer(const Manifest &manifest, const ServerProfile &server,
                                            const HostFacts &here, const QList<RestoreDestination> &destinations,
                                            QStringList (*resolve)(const QString &) = resolveAddresses);

bool anyBlocks(const QList<PrerequisiteCheck> &checks);

}  // namespace lbw
