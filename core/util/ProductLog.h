#pragma once
// The product's own log, beside each set's backup.log: one rotating file
// (five of 5 MB at most) in the platform's standard place that holds every
// run of both front ends, so an administrator finds what happened last
// night without knowing which set to open. Each finished command also adds
// one line that says how it ended; on Windows that line also goes to the
// Application event log, where monitoring tools look.
#include <QString>

#include <memory>

namespace spdlog::sinks {
class sink;
}

namespace lbw {

class ProductLog {
public:
    // LBW_LOG_DIR when set (tests, a site's own place), else
    // platform::standardLogDirectory().
    static QString directory();
    static QString filePath();
    // The rotating file, shared by everything in this process; nullptr when
    // it cannot be opened (a read-only home, no permission), with the reason
    // in `why`. A run goes on without it.
    static std::shared_ptr<spdlog::sinks::sink> sink(QString *why = nullptr);
    // How a command ended: a line in the log, and the system's event log.
    static void recordRun(bool isError, const QString &text);
};

}  // namespace lbw
