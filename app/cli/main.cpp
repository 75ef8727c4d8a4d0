// lync-backup: the headless front end, for scheduled runs and scripts.
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "common/Translations.h"
#include "platform/Platform.h"
#include "util/CancelToken.h"

#include <QCoreApplication>

namespace {
lbw::CancelToken g_cancel;
void onInterrupt() {
    g_cancel.cancel();
}
}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
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
    printErr(QCoreApplication::translate("main",
                                         "Unknown command \"%1\". Run \"lync-backup --help\" for the list "
                                         "of commands.")
                 .arg(command));
    return UsageError;
}
