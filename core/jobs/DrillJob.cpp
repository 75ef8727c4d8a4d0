#include "jobs/DrillJob.h"

#include "backupset/Manifest.h"
#include "backupset/SetLayout.h"
#include "jobs/JobObserver.h"
#include "jobs/RestoreJob.h"
#include "jobs/VerifyJob.h"
#include "util/SizeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>

namespace lbw {
namespace {

// Items any computer can restore into a folder; the others need a Lync
// server or a database server, and only their bytes are proved.
bool isDrillable(const ManifestItem &item) {
    return item.kind == QLatin1String("filestore") || item.kind == QLatin1String("sqlite");
}

QString notDrilledReason(const ManifestItem &item) {
    if (item.status == ItemStatus::Failed)
        return QCoreApplication::translate("DrillJob", "not in this set: its backup failed");
    if (item.kind == QLatin1String("cmdlet"))
        return QCoreApplication::translate("DrillJob",
                                           "its bytes were verified; importing it needs a Lync server (see the "
                                           "set's runbook)");
    return QCoreApplication::translate("DrillJob",
                                       "its bytes were verified; restoring it needs a database server (lync-backup "
                                       "restore --target)");
}

QString outcomeKey(DrillItemResult::Outcome outcome) {
    switch (outcome) {
        case DrillItemResult::Outcome::Passed:
            return QStringLiteral("passed");
        case DrillItemResult::Outcome::Failed:
            return QStringLiteral("failed");
        case DrillItemResult::Outcome::NotDrilled:
            break;
    }
    return QStringLiteral("not-drilled");
}

}  // namespace

bool DrillReport::passed() const {
    return fatalError.isEmpty() && !cancelled && verifyProblems.isEmpty() &&
           std::none_of(items.begin(), items.end(),
                        [](const DrillItemResult &item) { return item.outcome == DrillItemResult::Outcome::Failed; });
}

QString DrillReport::resultKey() const {
    if (cancelled)
        return QStringLiteral("cancelled");
    return passed() ? QStringLiteral("passed") : QStringLiteral("failed");
}

QJsonObject DrillReport::toJson() const {
    QJsonArray itemList;
    for (const DrillItemResult &item : items)
        itemList.append(QJsonObject{{QStringLiteral("name"), item.name},
                                    {QStringLiteral("kind"), item.kind},
                                    {QStringLiteral("result"), outcomeKey(item.outcome)},
                                    {QStringLiteral("detail"), item.detail}});
    QJsonObject json{{QStringLiteral("set"), setName},
                     {QStringLiteral("started"), startedUtc.toString(Qt::ISODate)},
                     {QStringLiteral("finished"), finishedUtc.toString(Qt::ISODate)},
                     {QStringLiteral("result"), resultKey()},
                     {QStringLiteral("items"), itemList}};
    if (!fatalError.isEmpty())
        json.insert(QStringLiteral("error"), fatalError);
    if (!verifyProblems.isEmpty())
        json.insert(QStringLiteral("verifyProblems"), QJsonArray::fromStringList(verifyProblems.mid(0, 100)));
    return json;
}

DrillJob::DrillJob(QString setPath, QString scratchDir)
    : m_setPath(std::move(setPath)), m_scratchDir(std::move(scratchDir)) {}

DrillReport DrillJob::run(JobObserver *observer, const CancelToken &cancel) const {
    DrillReport report;
    report.setPath = m_setPath;
    report.startedUtc = QDateTime::currentDateTimeUtc();
    auto finish = [&]() -> DrillReport {
        report.finishedUtc = QDateTime::currentDateTimeUtc();
        return report;
    };
    Result<Manifest> header = Manifest::loadHeader(m_setPath);
    if (!header) {
        report.fatalError = header.errorMessage();
        return finish();
    }
    report.setName = header->setName.isEmpty() ? QFileInfo(m_setPath).fileName() : header->setName;

    // 1. Every byte of the set, as `verify` checks it.
    if (observer)
        observer->onStage(QCoreApplication::translate("DrillJob", "Verifying the set"));
    const VerifyReport verify = VerifyJob(m_setPath).run(observer, cancel);
    (void)recordVerification(verify);  // the drill's own record says whether it was kept
    if (verify.cancelled) {
        report.cancelled = true;
        return finish();
    }
    if (!verify.fatalError.isEmpty())
        report.verifyProblems << verify.fatalError;
    for (const VerifyProblem &problem : verify.problems)
        report.verifyProblems
            << QStringLiteral("%1: %2 (%3)").arg(verifyProblemKindText(problem.kind), problem.path, problem.detail);

    // 2. Every restorable item into a scratch folder, verified there.
    const QString scratchRoot = m_scratchDir.isEmpty() ? QDir::tempPath() : m_scratchDir;
    QDir().mkpath(scratchRoot);
    QTemporaryDir scratch(scratchRoot + QStringLiteral("/lync-backup-drill-XXXXXX"));  // removed at the end
    if (!scratch.isValid()) {
        report.fatalError = QCoreApplication::translate("DrillJob",
                                                        "Cannot create a scratch folder in %1: %2. Give another one "
                                                        "with --scratch DIR.")
                                .arg(scratchRoot, scratch.errorString());
        return finish();
    }
    RestoreRequest request;
    request.setPath = m_setPath;
    request.drill = true;
    for (const ManifestItem &item : header->items) {
        if (!isDrillable(item) || item.status == ItemStatus::Failed) {
            report.items << DrillItemResult{item.name, item.kind, DrillItemResult::Outcome::NotDrilled,
                                            notDrilledReason(item)};
            continue;
        }
        request.items << item.name;
        request.targets.insert(item.name, item.kind == QLatin1String("sqlite")
                                              ? scratch.filePath(item.name + QStringLiteral(".sqlite"))
                                              : scratch.filePath(item.name));
    }
    if (!request.items.isEmpty()) {
        if (observer)
            observer->onStage(QCoreApplication::translate("DrillJob", "Restoring into %1").arg(scratch.path()));
        const RestoreReport restored = RestoreJob(request).run(observer, cancel);
        if (restored.cancelled) {
            report.cancelled = true;
            return finish();
        }
        if (!restored.fatalError.isEmpty())
            report.fatalError = restored.fatalError;
        for (const ItemRestoreResult &item : restored.items) {
            DrillItemResult result{item.name, item.kind, DrillItemResult::Outcome::Failed, item.message};
            if (item.status == ItemRestoreResult::Status::Restored && item.verified) {
                result.outcome = DrillItemResult::Outcome::Passed;
                result.detail =
                    item.kind == QLatin1String("sqlite")
                        ? QCoreApplication::translate("DrillJob", "restored; its digest and every table's rows checked")
                        : QCoreApplication::translate("DrillJob", "%1 files (%2) restored and checked")
                              .arg(countText(item.files), sizeText(item.bytes));
            } else if (result.detail.isEmpty()) {
                result.detail = itemRestoreStatusText(item.status);
            }
            report.items << result;
        }
    }
    return finish();
}

Status recordDrill(const QString &location, const DrillReport &report) {
    return appendDrillRecord(location, report.toJson());
}

}  // namespace lbw
