#pragma once
// Exit codes of lync-backup, documented in --help and README.md. A scheduler
// (Task Scheduler, cron) tells a partial success from a failure by these.

namespace lbw::cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1,     // the run could not be done; nothing committed
    UsageError = 2,  // wrong command line or plan file
    // A set was committed and can be restored, but something needs attention:
    // items or files had errors, LATEST could not be moved to it, a cancel
    // after the commit left it unverified, or the second copy failed.
    CompletedWithErrors = 3,
    VerifyFailed = 4,  // a set does not match its manifest
    // Cancelled by Ctrl+C / SIGTERM; for a backup, before the commit: only a
    // .partial remains (a cancel after it is CompletedWithErrors).
    Interrupted = 5,
};

// For logs, which stay in English as backup.log does.
inline const char *exitCodeName(int code) {
    switch (code) {
        case Success:
            return "success";
        case Failure:
            return "failure";
        case UsageError:
            return "usage error";
        case CompletedWithErrors:
            return "completed with errors";
        case VerifyFailed:
            return "verify failed";
        case Interrupted:
            return "interrupted";
        default:
            return "unknown";
    }
}

}  // namespace lbw::cli
