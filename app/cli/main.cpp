// lync-backup: the headless front end, for scheduled runs and scripts.
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "common/Translations.h"
#include "platform/Platform.h"
#include "util/CancelToken.h"
#include "util/ProductLog.h"

#include <QCoreApplication>

#include <optional>

namespace {
lbw::CancelToken g_cancel;
void onInterrupt() {
    g_cancel.cancel();
}

std::optional<int> runCommand(const QString &command, const QStringList &commandArgs) {
    using namespace lbw::cli;
    if (command == QLatin1String("demo"))
        return runDemo(commandArgs);
    if (command == QLatin1String("backup"))
        return runBackup(commandArgs, g_cancel);
    if (command == QLatin1String("verify"))
        return runVerify(commandArgs, g_cancel);
    if (command == QLatin1String("list"))
        return runList(commandArgs);
    if (command == QLatin1String("catalog"))
        return runCatalog(commandArgs);
    if (command == QLatin1String("plan"))
        return runPlan(commandArgs);
    if (command == QLatin1String("check"))
        return runCheck(commandArgs);
    if (command == QLatin1String("restore"))
        return runRestore(commandArgs, g_cancel);
    if (command == QLatin1String("recovery"))
        return runRecovery(commandArgs, g_cancel);
    if (command == QLatin1String("runbook"))
        return runRunbook(commandArgs);
    if (command == QLatin1String("prune"))
        return runPrune(commandArgs);
    if (command == QLatin1String("schedule"))
        return runSchedule(commandArgs);
    if (command == QLatin1String("drill"))
        return runDrill(commandArgs, g_cancel);
    if (command == QLatin1String("copy"))
        return runCopy(commandArgs, g_cancel);
    if (command == QLatin1String("status"))
        return runStatus(commandArgs);
    return std::nullopt;
}

// The commands that write or prove something: each run leaves a line in the
// product's log (and the Windows event log) with how it ended.
bool changesSomething(const QString &command) {
    static const QStringList commands{QStringLiteral("backup"),   QStringLiteral("verify"), QStringLiteral("restore"),
                                      QStringLiteral("recovery"), QStringLiteral("prune"),  QStringLiteral("schedule"),
                                      QStringLiteral("drill"),    QStringLiteral("copy")};
    return commands.contains(command);
}

void recordRun(const QStringList &arguments, int exitCode) {
    using namespace lbw::cli;
    lbw::ProductLog::recordRun(exitCode != Success, QStringLiteral("lync-backup %1: exit %2 (%3)")
                                                        .arg(arguments.join(QLatin1Char(' ')))
                                                        .arg(exitCode)
                                                        .arg(exitCodeName(exitCode)));
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    lbw::cli::installMessageHandler();
    QCoreApplication::setApplicationName(QStringLiteral("lync-backup"));
    QCoreApplication::setOrganizationName(QStringLiteral("LyncBackupWizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LBW_VERSION));
    lbw::installTranslations(app);
    lbw::platform::installInterruptHandler(onInterrupt);

    using namespace lbw::cli;
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printOut(usage());
        return command.isEmpty() ? UsageError : Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("lync-backup %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    // The command's own parser sees "lync-backup <command>" as its program name.
    QStringList commandArgs = arguments.mid(2);
    commandArgs.prepend(arguments.value(0) + QLatin1Char(' ') + command);
    const std::optional<int> exitCode = runCommand(command, commandArgs);
    if (!exitCode) {
        printErr(QCoreApplication::translate("main",
                                             "Unknown command \"%1\". Run \"lync-backup --help\" for the list "
                                             "of commands.")
                     .arg(command));
        return UsageError;
    }
    if (changesSomething(command))
        recordRun(arguments.mid(1), *exitCode);
    return *exitCode;
}
