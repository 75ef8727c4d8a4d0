#pragma once
// One function per lync-backup command. Each takes the command's own
// arguments (argv[0] first) and returns an ExitCode.

#include <QStringList>

namespace lbw {
class CancelToken;
struct CopyReport;
}  // namespace lbw

namespace lbw::cli {

QString usage();
int runDemo(const QStringList &args);
int runBackup(const QStringList &args, const CancelToken &cancel);
int runVerify(const QStringList &args, const CancelToken &cancel);
int runList(const QStringList &args);
int runCheck(const QStringList &args);
int runCatalog(const QStringList &args);
int runPlan(const QStringList &args);
int runRestore(const QStringList &args, const CancelToken &cancel);
int runRecovery(const QStringList &args, const CancelToken &cancel);
int runRunbook(const QStringList &args);
int runPrune(const QStringList &args);
int runSchedule(const QStringList &args);
int runStatus(const QStringList &args);
int runDrill(const QStringList &args, const CancelToken &cancel);
int runCopy(const QStringList &args, const CancelToken &cancel);
// What a copy did, as `copy` and a backup with a secondary location print it.
void printCopyReport(const CopyReport &report);

}  // namespace lbw::cli
