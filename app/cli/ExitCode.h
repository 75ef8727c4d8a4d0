#pragma once
// Exit codes of lync-backup, documented in --help and README.md. A scheduler
// (Task Scheduler, cron) tells a partial success from a failure by these.

namespace lbw::cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1,              // the run could not be done; nothing committed
    UsageError = 2,           // wrong command line or plan file
    CompletedWithErrors = 3,  // a set was committed, but some items or files had errors
    VerifyFailed = 4,         // a set does not match its manifest
    Interrupted = 5,          // cancelled by Ctrl+C / SIGTERM; only a .partial remains
};

}  // namespace lbw::cli
