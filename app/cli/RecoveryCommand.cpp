// lync-backup recovery: the recovery of one machine of a set's topology,
// step by step, with its journal (see core/recovery/).

#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "cli/RestoreSettings.h"
#include "recovery/RecoveryJournal.h"
#include "recovery/RecoveryPlan.h"
#include "recovery/Runbook.h"
#include "recovery/SetTopology.h"
#include "recovery/StepRunner.h"
#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include "platform/Platform.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lbw::cli {
namespace {

QJsonObject stateToJson(const StepState &state) {
    return {{QStringLiteral("state"), stepStateKey(state.state)},
            {QStringLiteral("evidence"), state.evidence},
            {QStringLiteral("note"), state.note},
            {QStringLiteral("message"), state.message},
            {QStringLiteral("log"), state.log},
            {QStringLiteral("atUtc"), state.atUtc.toString(Qt::ISODateWithMs)}};
}

int stepNumber(const RecoveryPlan &plan, const QString &id) {
    for (qsizetype i = 0; i < plan.steps.size(); ++i)
        if (plan.steps[i].id == id)
            return int(i + 1);
    return 0;
}

void printStatusLine(int number, const RecoveryStep &step, const StepState &state) {
    printOut(QStringLiteral("%1. [%2] %3  (%4, %5)")
                 .arg(number, 2)
                 .arg(stepStateText(state.state), step.title, step.id, recoveryActionText(step.action)));
    // What a restore step recorded quotes the set's names and paths.
    if (!state.evidence.isEmpty())
        printOut(QStringLiteral("      %1").arg(displayText(state.evidence)));
    if (!state.message.isEmpty())
        printOut(QStringLiteral("      %1").arg(displayText(state.message)));
    if (!state.note.isEmpty())
        printOut(QCoreApplication::translate("RecoveryCommand", "      note: %1").arg(displayText(state.note)));
}

void printPlan(const RecoveryPlan &plan, const RecoveryJournal &journal) {
    printOut(QCoreApplication::translate("RecoveryCommand", "Recovery of %1 (pool %2): %3.")
                 .arg(plan.server, plan.profile.poolFqdn, plan.profile.kindTexts().join(QStringLiteral(", "))));
    if (!plan.procedure.isEmpty())
        printOut(QCoreApplication::translate("RecoveryCommand", "Microsoft's procedures: %1.").arg(plan.procedure));
    for (const QString &note : plan.notes)
        printOut(QCoreApplication::translate("RecoveryCommand", "Note: %1").arg(displayText(note)));
    printOut(QCoreApplication::translate("RecoveryCommand", "Journal: %1").arg(journal.path()));
    printOut(QString());
    int number = 0;
    for (const RecoveryStep &step : plan.steps) {
        printStatusLine(++number, step, journal.state(step.id));
        printOut(QStringLiteral("      %1").arg(displayText(step.description)));  // quotes recorded paths
        for (const QString &command : step.commands)
            printOut(QStringLiteral("        %1").arg(command));
        printOut(QCoreApplication::translate("RecoveryCommand", "      Complete when: %1").arg(step.check));
        printOut(QString());
    }
}

}  // namespace

int runRecovery(const QStringList &args, const CancelToken &cancel) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SET"),
                                 QCoreApplication::translate("RecoveryCommand", "The set to recover from."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("RecoveryCommand", "The machine of the set's topology this computer replaces."),
        QStringLiteral("FQDN"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("RecoveryCommand", "Print JSON, for other programs."));
    const QCommandLineOption statusOption(
        QStringLiteral("status"), QCoreApplication::translate("RecoveryCommand", "Show the state of every step."));
    const QCommandLineOption runOption(
        QStringLiteral("run"),
        QCoreApplication::translate("RecoveryCommand", "Run or check a step that this program can run."),
        QStringLiteral("STEP"));
    const QCommandLineOption markOption(
        QStringLiteral("mark"),
        QCoreApplication::translate("RecoveryCommand", "Record a manual step as done or skipped."),
        QStringLiteral("STEP=done|skipped"));
    const QCommandLineOption noteOption(QStringLiteral("note"),
                                        QCoreApplication::translate("RecoveryCommand", "A note for --mark."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"),
        QCoreApplication::translate("RecoveryCommand",
                                    "With --run: restore an item to PATH instead of where it was "
                                    "backed up from."),
        QStringLiteral("NAME=PATH"));
    const QCommandLineOption connectionOption(
        QStringLiteral("connection"),
        QCoreApplication::translate("RecoveryCommand",
                                    "With --run: the database server to restore the step's PostgreSQL item "
                                    "([USER@]HOST[:PORT]) or SQL Server item ([USER@]SERVER[\\INSTANCE]) to. The "
                                    "server the set names is never used."),
        QStringLiteral("NAME=SERVER"));
    const QCommandLineOption passwordEnvOption(
        QStringLiteral("password-env"),
        QCoreApplication::translate("RecoveryCommand",
                                    "With --run: the environment variable that holds the password for the item's "
                                    "--connection."),
        QStringLiteral("NAME=VARIABLE"));
    const QCommandLineOption planOption(
        QStringLiteral("plan"),
        QCoreApplication::translate("RecoveryCommand",
                                    "With --run: your plan file; a database item of the same name connects as it "
                                    "says."),
        QStringLiteral("FILE"));
    const QCommandLineOption certificateOption(
        QStringLiteral("certificate"),
        QCoreApplication::translate("RecoveryCommand",
                                    "With --run certificates: the certificate file to check (PEM, DER, or .pfx with "
                                    "LBW_CERTIFICATE_PASSWORD)."),
        QStringLiteral("FILE"));
    parser.addOptions({serverOption, jsonOption, statusOption, runOption, markOption, noteOption, targetOption,
                       connectionOption, passwordEnvOption, planOption, certificateOption});
    if (auto exit = parseOrExit(
            parser, args,
            QCoreApplication::translate("RecoveryCommand",
                                        "Shows the recovery plan of one server of the set's topology, runs its "
                                        "steps and records them in a journal."),
            1, 1))
        return *exit;
    const QString setPath = parser.positionalArguments().first();
    Result<SetWithTopology> set = openSetWithTopology(setPath);
    if (!set) {
        printErr(set.errorMessage());
        return Failure;
    }
    const Manifest &manifest = set->manifest;
    const Topology &topology = set->topology;
    if (!parser.isSet(serverOption)) {
        printErr(QCoreApplication::translate(
            "RecoveryCommand", "Say which machine of the topology this computer replaces with --server FQDN."));
        printErr(QCoreApplication::translate("RecoveryCommand", "The machines are: %1.")
                     .arg(topologyMachines(topology).join(QStringLiteral(", "))));
        return UsageError;
    }
    Result<RecoveryPlan> plan = buildRecoveryPlan(setPath, manifest, topology, parser.value(serverOption));
    if (!plan) {
        printErr(plan.errorMessage());
        return UsageError;
    }
    Result<RecoveryJournal> journal =
        RecoveryJournal::open(manifest, plan->server, QFileInfo(setPath).absoluteFilePath());
    if (!journal) {
        printErr(journal.errorMessage());
        return Failure;
    }

    if (parser.isSet(markOption)) {
        const auto pairs = namePathPairs({parser.value(markOption)});
        if (!pairs)
            return UsageError;
        const auto &[stepId, value] = pairs->first();
        if (!plan->step(stepId) || (value != QLatin1String("done") && value != QLatin1String("skipped"))) {
            printErr(QCoreApplication::translate("RecoveryCommand",
                                                 "Give --mark STEP=done or STEP=skipped with a step of this plan."));
            return UsageError;
        }
        StepState state;
        state.state = value == QLatin1String("done") ? StepState::State::Done : StepState::State::Skipped;
        state.note = parser.value(noteOption);
        if (state.state == StepState::State::Done)
            state.evidence = QCoreApplication::translate("RecoveryCommand", "Marked as done by the operator.");
        else
            state.message = state.note.isEmpty()
                                ? QCoreApplication::translate("RecoveryCommand", "Skipped by the operator.")
                                : state.note;
        if (Status recorded = journal->record(stepId, state); !recorded) {
            printErr(recorded.errorMessage());
            return Failure;
        }
        printStatusLine(stepNumber(*plan, stepId), *plan->step(stepId), state);
        return Success;
    }

    if (parser.isSet(runOption)) {
        const RecoveryStep *step = plan->step(parser.value(runOption));
        if (!step) {
            QStringList ids;
            for (const RecoveryStep &s : plan->steps)
                ids << s.id;
            printErr(QCoreApplication::translate("RecoveryCommand", "The plan has no step \"%1\". Its steps are: %2.")
                         .arg(parser.value(runOption), ids.join(QStringLiteral(", "))));
            return UsageError;
        }
        StepRunOptions options;
        const auto targets = namePathPairs(parser.values(targetOption));
        if (!targets)
            return UsageError;
        for (const auto &[name, target] : *targets) {
            // Only the item this step restores: a misspelt name must not
            // leave the data going to its recorded path.
            if (name != step->item) {
                printErr(QCoreApplication::translate("RecoveryCommand", "--target names %1, but step %2 restores %3.")
                             .arg(name, step->id, step->item.isEmpty() ? QStringLiteral("-") : step->item));
                return UsageError;
            }
            options.targets.insert(name, target);
        }
        RestoreRequest connected{setPath, {}, {}};
        if (auto exit = addConnections(connected, {parser.values(connectionOption), parser.values(passwordEnvOption),
                                                   parser.value(planOption)}))
            return *exit;
        options.connections = connected.connections;
        options.certificateFile = parser.value(certificateOption);
        options.certificatePassword = qgetenv("LBW_CERTIFICATE_PASSWORD");
        Console console;
        StepRunner runner(setPath, manifest, *plan, *journal);
        const StepOutcome outcome = runner.run(*step, options, &console, cancel);
        console.finish();
        printStatusLine(stepNumber(*plan, step->id), *step, journal->state(step->id));
        if (outcome.kind == StepOutcome::Kind::NotRunnable) {
            printOut(QStringLiteral("      %1").arg(outcome.text));
            return UsageError;
        }
        return outcome.kind == StepOutcome::Kind::Done ? Success : Failure;
    }

    if (parser.isSet(jsonOption)) {
        QJsonObject root = plan->toJson();
        QJsonArray steps = root[QLatin1String("steps")].toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QJsonObject step = steps[i].toObject();
            step.insert(QStringLiteral("status"), stateToJson(journal->state(step[QLatin1String("id")].toString())));
            steps[i] = step;
        }
        root.insert(QStringLiteral("steps"), steps);
        root.insert(QStringLiteral("journal"), journal->path());
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    if (parser.isSet(statusOption)) {
        int number = 0;
        int complete = 0;
        for (const RecoveryStep &step : plan->steps) {
            const StepState state = journal->state(step.id);
            printStatusLine(++number, step, state);
            complete += state.state == StepState::State::Done || state.state == StepState::State::Skipped;
        }
        printOut(QCoreApplication::translate("RecoveryCommand", "%1 of %2 steps complete or not needed.")
                     .arg(complete)
                     .arg(plan->steps.size()));
        return Success;
    }
    printPlan(*plan, *journal);
    return Success;
}

int runRunbook(const QStringList &args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SET"),
                                 QCoreApplication::translate("RecoveryCommand", "A set that keeps a topology."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("RecoveryCommand", "Only the steps of this machine of the topology."),
        QStringLiteral("FQDN"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        QCoreApplication::translate("RecoveryCommand", "HTML file to write (default: standard output)."),
        QStringLiteral("FILE"));
    parser.addOptions({serverOption, outputOption});
    if (auto exit = parseOrExit(parser, args,
                                QCoreApplication::translate("RecoveryCommand",
                                                            "Writes the recovery runbook (HTML) of a set again, with "
                                                            "the set's current path in its commands."),
                                1, 1))
        return *exit;
    const QString setPath = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    Result<SetWithTopology> set = openSetWithTopology(setPath);
    if (!set) {
        printErr(set.errorMessage());
        return Failure;
    }
    const Manifest &manifest = set->manifest;
    const Topology &topology = set->topology;
    if (parser.isSet(serverOption)) {
        if (Result<ServerProfile> known = profileServer(topology, parser.value(serverOption)); !known) {
            printErr(known.errorMessage());
            return UsageError;
        }
    }
    const QByteArray html = renderRunbook(manifest, topology, setPath, parser.value(serverOption));
    if (!parser.isSet(outputOption)) {
        printOut(QString::fromUtf8(html).trimmed());
        return Success;
    }
    if (Status written = platform::writeFileAtomically(parser.value(outputOption), html); !written) {
        printErr(written.errorMessage());
        return Failure;
    }
    printOut(QFileInfo(parser.value(outputOption)).absoluteFilePath());
    return Success;
}

}  // namespace lbw::cli
