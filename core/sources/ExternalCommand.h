#pragma once
// Runs an external program (a Lync cmdlet through PowerShell, pg_dump,
// pg_restore) the way a backup needs it: with a timeout, honouring cancel,
// its output captured line by line into the run's log, and its own error
// text returned when it fails.

#include "util/Result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace spdlog {
class logger;
}

namespace lbw {

class CancelToken;

struct CommandRun {
    int exitCode = -1;
    QString output;  // stdout and stderr, merged, trimmed
};

// Fails (with the command's own message) when the program cannot start,
// times out, is cancelled or exits non-zero.
Result<CommandRun> runCommand(const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &environment, int timeoutSeconds, const CancelToken &cancel,
                              spdlog::logger *log, const QString &label);

// The program as it would be started: found on PATH or given as a path.
// Empty when it cannot be found.
QString findProgram(const QString &program);

}  // namespace lbw
