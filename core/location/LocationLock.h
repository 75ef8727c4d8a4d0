#pragma once
// One writer per backup location. A lock left behind by a process that died
// on this host is reported and taken over; a lock held by a live process,
// or by another host sharing the location, stops the run.

#include "util/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace lbw {

class LocationLock {
public:
    // `takeoverNote` receives a translated note when a stale lock was taken over.
    static Result<std::unique_ptr<LocationLock>> acquire(const QString &locationRoot, QString *takeoverNote = nullptr);
    ~LocationLock();
    // Whether a run holds the location now: a lock of a live process on this
    // host, or of any process on another host (which cannot be asked).
    static bool isHeld(const QString &locationRoot);

private:
    explicit LocationLock(const QString &path);
    QLockFile m_lock;
};

}  // namespace lbw
