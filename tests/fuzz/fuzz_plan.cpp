// The plan file (model/BackupPlan.h, BackupPlan::load: what `lync-backup
// backup --plan` and a scheduled run read). A plan that loads is checked
// (problems()) and must survive a round trip: save, load again, and the
// same JSON comes out.

#include "FuzzSupport.h"

#include "model/BackupPlan.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <unistd.h>

using namespace lbw;

namespace {

QString scratchDir() {
    static const QString path = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString dir = QStringLiteral("%1/lbw-fuzz-plan-%2").arg(base).arg(::getpid());
        QDir().mkpath(dir);
        return dir;
    }();
    return path;
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString planFile = scratchDir() + QStringLiteral("/plan.json");
    writeFile(planFile, fuzzBytes(data, size));
    Result<BackupPlan> plan = BackupPlan::load(planFile);
    if (!plan) {
        LBW_FUZZ_CHECK(!plan.errorMessage().isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }
    (void)plan->problems();
    (void)plan->retention.describe();
    for (const PlanItem &item : plan->items)
        (void)item.displayName();

    const QByteArray written = QJsonDocument(plan->toJson()).toJson(QJsonDocument::Compact);
    const QString againFile = scratchDir() + QStringLiteral("/again.json");
    writeFile(againFile, written);
    Result<BackupPlan> again = BackupPlan::load(againFile);
    LBW_FUZZ_CHECK(again.ok(), QStringLiteral("the plan written back is refused: ") + again.errorMessage());
    const QByteArray rewritten = QJsonDocument(again->toJson()).toJson(QJsonDocument::Compact);
    LBW_FUZZ_CHECK(rewritten == written, QStringLiteral("the round trip changed the plan:\n") +
                                             QString::fromUtf8(written) + QStringLiteral("\n---\n") +
                                             QString::fromUtf8(rewritten));
    LBW_FUZZ_CHECK(again->problems() == plan->problems(), QStringLiteral("the round trip changed the plan's problems"));
    return 0;
}
