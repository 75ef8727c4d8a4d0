#pragma once
// A file's time as the file system keeps it: whole seconds since the Unix
// epoch (UTC, negative before 1970) and nanoseconds. Not one 64-bit count
// of nanoseconds, which ends in 2262: a file dated 2300 is legal on every
// file system this product meets and must come back with its date.

#include <QtGlobal>

#include <compare>

namespace lbw {

struct FileTime {
    qint64 seconds = 0;
    qint32 nanoseconds = 0;  // 0..999,999,999

    bool isNull() const { return seconds == 0 && nanoseconds == 0; }
    friend bool operator==(const FileTime &, const FileTime &) = default;
    friend auto operator<=>(const FileTime &, const FileTime &) = default;

    static FileTime fromMSecsSinceEpoch(qint64 ms) {
        qint64 seconds = ms / 1000;
        qint64 rest = ms % 1000;
        if (rest < 0) {
            rest += 1000;
            --seconds;
        }
        return FileTime{seconds, qint32(rest * 1'000'000)};
    }
};

// Windows FILETIME: 100-nanosecond ticks since 1601-01-01 UTC, unsigned
// 64 bits (the years 1601 to 60056). Converted here, not in the Windows
// platform file, so the arithmetic is tested on every system.
constexpr qint64 kWindowsEpochDeltaSeconds = 11'644'473'600LL;  // 1601-01-01 to 1970-01-01

inline FileTime fileTimeFromWindowsTicks(quint64 ticks) {
    const qint64 seconds = qint64(ticks / 10'000'000ULL) - kWindowsEpochDeltaSeconds;
    return FileTime{seconds, qint32((ticks % 10'000'000ULL) * 100)};
}

// The latest FILETIME Windows sets (in the year 30828): FileTimeToSystemTime
// refuses 2^63 and above, and SetFileTime reads all bits set as "leave this
// time alone", so a time past it must not wrap into one of those.
constexpr quint64 kMaxWindowsTicks = 0x7FFF'FFFF'FFFF'FFFFULL;

// Times before 1601 become 1601-01-01 and times past kMaxWindowsTicks become
// that; sub-100-ns digits are dropped.
inline quint64 windowsTicksFromFileTime(const FileTime &time) {
    if (time.seconds < -kWindowsEpochDeltaSeconds)
        return 0;
    // Unsigned: no overflow for the largest seconds a manifest may hold.
    const quint64 seconds = quint64(time.seconds) + quint64(kWindowsEpochDeltaSeconds);
    if (seconds > kMaxWindowsTicks / 10'000'000ULL)
        return kMaxWindowsTicks;
    const quint64 ticks = seconds * 10'000'000ULL + quint64(time.nanoseconds / 100);
    return ticks > kMaxWindowsTicks ? kMaxWindowsTicks : ticks;
}

}  // namespace lbw
