#pragma once
// What the lync-backup commands share: argument parsing with the same help
// and errors everywhere, NAME=PATH values, and the printing of prerequisite
// checks (as text, or as JSON for scripts and the wizard).

#include "recovery/Prerequisites.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace lbw {
struct VerifyReport;
}
namespace lbw::cli {

// Parses the command's arguments; prints help or the error and returns an
// exit code when the command should not go on.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args, const QString &description,
                               int minPositional, int maxPositional);

// Splits the NAME=PATH values of --filestore, --sqlite and --target; says
// which one is malformed.
std::optional<QList<QPair<QString, QString>>> namePathPairs(const QStringList &values);

// The problems a verification found, a line each, and its verdict.
void printVerifyReport(const VerifyReport &report);
// A set given as itself or as its location (whose LATEST is meant); prints
// why neither fits and returns nullopt.
std::optional<QString> setOrLatestOf(const QString &given);
void printChecks(const QList<PrerequisiteCheck> &checks);
// Each check: id, title, status (pass / fail / cannot-check), required, detail.
QJsonArray checksToJson(const QList<PrerequisiteCheck> &checks);

}  // namespace lbw::cli
