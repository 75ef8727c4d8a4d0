#include "location/LocationLock.h"

#include "backupset/SetLayout.h"
#include "platform/Platform.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

namespace lbw {
namespace {}  // namespace

LocationLock::LocationLock(const QString &path) : m_lock(path) {
    // Never treat a lock as stale because of its age: a large backup may
    // legitimately hold it for hours. Only a dead owner makes it stale.
    m_lock.setStaleLockTime(0);
}

LocationLock::~LocationLock() {
    m_lock.unlock();
}

bool LocationLock::isHeld(const QString &locationRoot) {
    const QString path = locationRoot + QLatin1Char('/') + layout::kLockFile;
    if (!QFileInfo::exists(path))
        return false;
    QLockFile lock(path);
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return false;
    return (!host.isEmpty() && host != QSysInfo::machineHostName()) || platform::isProcessAlive(pid);
}

Result<std::unique_ptr<LocationLock>> LocationLock::acquire(const QString &locationRoot, QString *takeoverNote) {
    const QString path = locationRoot + QLatin1Char('/') + layout::kLockFile;
    std::unique_ptr<LocationLock> lock(new LocationLock(path));

    qint64 pid = 0;
    QString host;
    QString app;
    const bool existed = QFileInfo::exists(path) && lock->m_lock.getLockInfo(&pid, &host, &app);
    const bool sameHost = host.isEmpty() || host == QSysInfo::machineHostName();

    if (lock->m_lock.tryLock(0)) {
        if (existed && takeoverNote)
            *takeoverNote = QCoreApplication::translate(
                                "LocationLock",
                                "A lock left by process %1 on %2, which is no longer running, was found and taken "
                                "over. That run did not finish; its folder stays marked as incomplete.")
                                .arg(pid)
                                .arg(host);
        return lock;
    }
    switch (lock->m_lock.error()) {
        case QLockFile::LockFailedError:
            if (!sameHost)
                return Error{QCoreApplication::translate(
                                 "LocationLock",
                                 "Another computer (%1, process %2) is writing a backup to this location. Wait for it "
                                 "to finish. If that computer is gone, delete %3 and try again.")
                                 .arg(host)
                                 .arg(pid)
                                 .arg(path)};
            return Error{QCoreApplication::translate(
                             "LocationLock",
                             "Another backup (process %1, %2) is writing to this location. Wait for it to finish and "
                             "try again.")
                             .arg(pid)
                             .arg(app)};
        case QLockFile::PermissionError:
            return Error{QCoreApplication::translate(
                             "LocationLock",
                             "Cannot create the lock file %1: permission denied. Check that this account can write "
                             "to the backup location.")
                             .arg(path)};
        default:
            return Error{QCoreApplication::translate("LocationLock", "Cannot create the lock file %1.").arg(path)};
    }
}

}  // namespace lbw
