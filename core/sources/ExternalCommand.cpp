#include "sources/ExternalCommand.h"

#include "util/CancelToken.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <spdlog/logger.h>

namespace lbw {

QString findProgram(const QString &program) {
    if (program.contains(QLatin1Char('/')) || program.contains(QLatin1Char('\\')))
        return QFileInfo(program).isExecutable() ? program : QString();
    return QStandardPaths::findExecutable(program);
}

Result<CommandRun> runCommand(const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &environment, int timeoutSeconds, const CancelToken &cancel,
                              spdlog::logger *log, const QString &label) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return Error{QCoreApplication::translate("ExternalCommand", "%1 could not be started: %2")
                         .arg(program, process.errorString())};
    CommandRun run;
    QByteArray pending;
    auto drain = [&](bool all) {
        pending += process.readAll();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0 || (all && !pending.isEmpty())) {
            const QByteArray line = newline >= 0 ? pending.left(newline) : pending;
            pending.remove(0, newline >= 0 ? newline + 1 : pending.size());
            const QString text = QString::fromLocal8Bit(line).trimmed();
            if (text.isEmpty())
                continue;
            run.output += text + QLatin1Char('\n');
            if (log)
                log->info("{}: {}", label.toStdString(), text.toStdString());
        }
    };
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    while (!process.waitForFinished(100)) {
        drain(false);
        if (process.state() == QProcess::NotRunning)
            break;
        if (cancel.isCancelled() || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished(5000);
            drain(true);
            return Error{cancel.isCancelled()
                             ? QCoreApplication::translate("ExternalCommand", "%1 was stopped: the run was cancelled.")
                                   .arg(program)
                             : QCoreApplication::translate("ExternalCommand",
                                                           "%1 did not finish within %2 seconds and was stopped. "
                                                           "Raise timeoutSeconds in the plan if it needs longer.")
                                   .arg(program)
                                   .arg(timeoutSeconds)};
        }
    }
    drain(true);
    run.output = run.output.trimmed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (process.exitStatus() != QProcess::NormalExit)
        return Error{QCoreApplication::translate("ExternalCommand", "%1 crashed. Its output: %2")
                         .arg(program, run.output.right(2000))};
    if (run.exitCode != 0)
        return Error{QCoreApplication::translate("ExternalCommand", "%1 failed with exit code %2: %3")
                         .arg(program)
                         .arg(run.exitCode)
                         .arg(run.output.isEmpty() ? QCoreApplication::translate("ExternalCommand", "(no output)")
                                                   : run.output.right(2000))};
    return run;
}

}  // namespace lbw
