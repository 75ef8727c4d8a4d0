#pragma once
// What the operator adds to a restore beyond the set: the database servers
// to connect to and the secrets to use (--connection, --password-env,
// --plan; never the set's own record of them), and the confirmation before
// items go back to the places the set recorded (on a terminal, or --yes).

#include "jobs/RestoreJob.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lbw::cli {

struct ConnectionArguments {
    QStringList connections;   // NAME=[USER@]HOST[:PORT] or NAME=[USER@]SERVER[\INSTANCE]
    QStringList passwordEnvs;  // NAME=VARIABLE
    QString planFile;          // the operator's plan: connections of its items of the same name and kind
};

// Fills request.connections for the set's database items. Prints what is
// wrong and returns an exit code when the arguments cannot be used.
std::optional<int> addConnections(RestoreRequest &request, const ConnectionArguments &arguments);

// Shows where the items that have no --target go (the places the set
// recorded) and, without --yes, asks on a terminal; without a terminal it
// refuses. Returns an exit code when the restore must not go on.
std::optional<int> confirmRecordedTargets(const RestoreRequest &request, bool yes);

}  // namespace lbw::cli
