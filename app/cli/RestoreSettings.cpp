#include "cli/RestoreSettings.h"

#include "backupset/Manifest.h"
#include "cli/CommandSupport.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "model/BackupPlan.h"
#include "sources/ServerConnection.h"
#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace lbw::cli {
namespace {

bool stdinIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// The set's items that connect to a server: name -> kind.
QHash<QString, QString> databaseItems(const Manifest &manifest) {
    QHash<QString, QString> items;
    for (const ManifestItem &item : manifest.items)
        if (connectsToServer(item.kind))
            items.insert(item.name, item.kind);
    return items;
}

QString namesOf(const QHash<QString, QString> &items) {
    QStringList names = items.keys();
    names.sort();
    return displayText(names.join(QStringLiteral(", ")));
}

}  // namespace

std::optional<int> addConnections(RestoreRequest &request, const ConnectionArguments &arguments) {
    if (arguments.connections.isEmpty() && arguments.passwordEnvs.isEmpty() && arguments.planFile.isEmpty())
        return std::nullopt;
    // Without a readable set the restore itself says what is wrong.
    Result<Manifest> manifest = Manifest::loadHeader(request.setPath);
    if (!manifest)
        return std::nullopt;
    const QHash<QString, QString> databases = databaseItems(*manifest);

    if (!arguments.planFile.isEmpty()) {
        Result<BackupPlan> plan = BackupPlan::load(arguments.planFile);
        if (!plan) {
            printErr(plan.errorMessage());
            return UsageError;
        }
        for (const PlanItem &item : plan->items)
            if (databases.value(item.name) == item.kind)
                request.connections.insert(item.name, connectionOf(item.options, item.kind));
    }
    const auto connections = namePathPairs(arguments.connections);
    const auto secrets = namePathPairs(arguments.passwordEnvs);
    if (!connections || !secrets)
        return UsageError;
    for (const auto &[name, text] : *connections) {
        if (databases.isEmpty()) {
            printErr(QCoreApplication::translate("RestoreSettings",
                                                 "--connection names %1, but the set has no database item that "
                                                 "connects to a server: leave out --connection.")
                         .arg(name));
            return UsageError;
        }
        if (!databases.contains(name)) {
            printErr(QCoreApplication::translate("RestoreSettings",
                                                 "--connection names %1, but the set has no database item of that "
                                                 "name. Its database items are: %2.")
                         .arg(name, namesOf(databases)));
            return UsageError;
        }
        Result<QJsonObject> connection = parseConnection(databases.value(name), text);
        if (!connection) {
            printErr(connection.errorMessage());
            return UsageError;
        }
        request.connections.insert(name, *connection);  // replaces the plan's
    }
    for (const auto &[name, variable] : *secrets) {
        if (!request.connections.contains(name)) {
            printErr(QCoreApplication::translate("RestoreSettings",
                                                 "--password-env names %1, but no --connection or --plan gives its "
                                                 "server. Name the server with --connection %1=%2 as well.")
                         .arg(name, connectionSyntax(databases.value(name))));
            return UsageError;
        }
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
            printErr(QCoreApplication::translate("RestoreSettings",
                                                 "The environment variable %1 (--password-env) is not set. Set it "
                                                 "to the password, or leave out --password-env.")
                         .arg(variable));
            return UsageError;
        }
        request.connections[name].insert(QStringLiteral("passwordEnv"), variable);
    }
    return std::nullopt;
}

std::optional<int> confirmRecordedTargets(const RestoreRequest &request, bool yes) {
    Result<PlannedRestore> planned = RestoreJob(request).plan();
    if (!planned)
        return std::nullopt;  // the restore itself reports it
    QList<PlannedRestore::Item> recorded;
    for (const PlannedRestore::Item &item : planned->items)
        if (item.fromSet && item.problem.isEmpty())
            recorded << item;
    if (recorded.isEmpty())
        return std::nullopt;

    printOut(QCoreApplication::translate("RestoreSettings",
                                         "The set was taken on %1. These items have no --target, so they go back "
                                         "to the places the set recorded:")
                 .arg(displayText(planned->takenOn)));
    for (const PlannedRestore::Item &item : recorded) {
        const QString place = item.server.isEmpty()
                                  ? displayText(item.target)
                                  : QCoreApplication::translate("RestoreSettings", "database %1 on %2")
                                        .arg(displayText(item.target), displayText(item.server));
        printOut(QStringLiteral("  %1  %2").arg(displayText(item.name).leftJustified(16), place));
    }
    if (yes)
        return std::nullopt;
    if (!stdinIsTerminal()) {
        printErr(QCoreApplication::translate(
            "RestoreSettings",
            "There is no terminal to confirm these places on. Give --yes to restore there, or --target "
            "NAME=PATH for each item to restore it elsewhere."));
        return UsageError;
    }
    std::fputs(
        qPrintable(QCoreApplication::translate("RestoreSettings", "Restore to these places? Type \"yes\" to go on: ")),
        stdout);
    std::fflush(stdout);
    const QString answer = QTextStream(stdin).readLine().trimmed();
    if (answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ||
        answer.compare(QCoreApplication::translate("RestoreSettings", "yes"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    printOut(QCoreApplication::translate(
        "RestoreSettings", "Nothing was restored. Give --target NAME=PATH to restore an item elsewhere."));
    return Failure;
}

}  // namespace lbw::cli
