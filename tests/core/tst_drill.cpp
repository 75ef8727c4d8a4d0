// Restore drills on the sample deployment: a good set passes with every
// restorable item restored and checked, the scratch folder is gone, the
// result is recorded; a set whose database was damaged after the backup
// fails the drill.

#include "backupset/Manifest.h"
#include "jobs/BackupJob.h"
#include "jobs/DrillJob.h"
#include "model/BackupPlan.h"
#include "sample/SampleDeployment.h"

#include "TestSupport.h"

#include <QDir>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lbw;

namespace {

struct SampleSet {
    QTemporaryDir dir;
    QString location;
    QString setPath;
    SampleSet() {
        SampleOptions options;
        options.fileCount = 40;
        const Result<QString> plan = createSampleDeployment(dir.filePath(QStringLiteral("sample")), options);
        if (!plan)
            return;
        Result<BackupPlan> loaded = BackupPlan::load(*plan);
        if (!loaded)
            return;
        location = loaded->location;
        setPath = BackupJob(*loaded).run(nullptr, {}).setPath;
    }
};

const DrillItemResult *itemNamed(const DrillReport &report, const QString &name) {
    for (const DrillItemResult &item : report.items)
        if (item.name == name)
            return &item;
    return nullptr;
}

}  // namespace

class TestDrill : public QObject {
    Q_OBJECT
private slots:
    void aGoodSetPassesAndTheScratchFolderIsGone() {
        SampleSet sample;
        QVERIFY(!sample.setPath.isEmpty());
        // The backup counted every table's rows, for the drill to compare.
        const Result<Manifest> header = Manifest::loadHeader(sample.setPath);
        QVERIFY(header.ok());
        for (const ManifestItem &item : header->items)
            if (item.kind == QLatin1String("sqlite"))
                QVERIFY2(!item.details.value(QStringLiteral("rowCounts")).toObject().isEmpty(), qPrintable(item.name));

        const QString scratch = sample.dir.filePath(QStringLiteral("scratch"));
        const DrillReport report = DrillJob(sample.setPath, scratch).run(nullptr, {});
        QVERIFY2(report.passed(), qPrintable(report.fatalError + report.verifyProblems.join(QLatin1Char('\n'))));
        QCOMPARE(report.items.size(), header->items.size());
        for (const DrillItemResult &item : report.items)
            QVERIFY2(item.outcome == DrillItemResult::Outcome::Passed,
                     qPrintable(item.name + QLatin1String(": ") + item.detail));
        QVERIFY(QDir(scratch).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

        QVERIFY(recordDrill(sample.location, report).ok());
        const std::optional<DrillRecord> last = lastDrill(sample.location);
        QVERIFY(last.has_value());
        QCOMPARE(last->result, QStringLiteral("passed"));
        QCOMPARE(last->setName, header->setName);
    }

    void aDatabaseDamagedAfterTheBackupFailsTheDrill() {
        SampleSet sample;
        QVERIFY(!sample.setPath.isEmpty());
        const QString database = sample.setPath + QStringLiteral("/databases/rtcxds.sqlite");
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const char byte = file.peek(1).at(0);
        file.write(QByteArray(1, char(byte ^ 0x5a)));
        file.close();

        const DrillReport report =
            DrillJob(sample.setPath, sample.dir.filePath(QStringLiteral("scratch"))).run(nullptr, {});
        QVERIFY(!report.passed());
        QCOMPARE(report.resultKey(), QStringLiteral("failed"));
        QVERIFY(report.verifyProblems.join(QLatin1Char('\n')).contains(QLatin1String("databases/rtcxds.sqlite")));
        const DrillItemResult *rtcxds = itemNamed(report, QStringLiteral("rtcxds"));
        QVERIFY(rtcxds);
        QCOMPARE(rtcxds->outcome, DrillItemResult::Outcome::Failed);
        const DrillItemResult *store = itemNamed(report, QStringLiteral("filestore"));
        QVERIFY(store);
        QCOMPARE(store->outcome, DrillItemResult::Outcome::Passed);  // the rest of the set still restores

        QVERIFY(recordDrill(sample.location, report).ok());
        QCOMPARE(lastDrill(sample.location)->result, QStringLiteral("failed"));
    }

    // A database that comes back byte for byte but not with the rows the
    // backup counted (here: the record edited, its digest made to match)
    // fails: the drill counts rows, it does not only compare digests.
    void rowsThatDoNotMatchTheBackupsCountFailTheDrill() {
        SampleSet sample;
        QVERIFY(!sample.setPath.isEmpty());
        const QString manifestPath = sample.setPath + QStringLiteral("/manifest.json");
        QJsonObject manifest = QJsonDocument::fromJson(test::readFile(manifestPath)).object();
        QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            if (item.value(QStringLiteral("name")).toString() != QLatin1String("lis"))
                continue;
            QJsonObject details = item.value(QStringLiteral("details")).toObject();
            QJsonObject counts = details.value(QStringLiteral("rowCounts")).toObject();
            QVERIFY(counts.contains(QStringLiteral("Subnets")));
            counts.insert(QStringLiteral("Subnets"), counts.value(QStringLiteral("Subnets")).toInteger() + 1);
            details.insert(QStringLiteral("rowCounts"), counts);
            item.insert(QStringLiteral("details"), details);
            items[i] = item;
        }
        manifest.insert(QStringLiteral("items"), items);
        const QByteArray edited = QJsonDocument(manifest).toJson();
        QFile::remove(manifestPath);
        test::writeFile(manifestPath, edited);
        const QString sumsPath = sample.setPath + QStringLiteral("/SHA256SUMS");
        QByteArray sums = test::readFile(sumsPath);
        const QByteArray digest = QCryptographicHash::hash(edited, QCryptographicHash::Sha256).toHex();
        const qsizetype at = sums.indexOf("  manifest.json\n");
        QVERIFY(at >= 64);
        sums.replace(at - 64, 64, digest);
        QFile::remove(sumsPath);
        test::writeFile(sumsPath, sums);

        const DrillReport report =
            DrillJob(sample.setPath, sample.dir.filePath(QStringLiteral("scratch"))).run(nullptr, {});
        QVERIFY2(report.verifyProblems.isEmpty(), qPrintable(report.verifyProblems.join(QLatin1Char('\n'))));
        const DrillItemResult *lis = itemNamed(report, QStringLiteral("lis"));
        QVERIFY(lis);
        QCOMPARE(lis->outcome, DrillItemResult::Outcome::Failed);
        QVERIFY2(lis->detail.contains(QLatin1String("Subnets")), qPrintable(lis->detail));
        QVERIFY(!report.passed());
    }

    void aTornLastLineIsPassedOver() {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("drills.jsonl")),
                        "{\"set\":\"2026-11-29T020000Z\",\"finished\":\"2026-11-29T04:00:00Z\",\"result\":\"passed\"}\n"
                        "{\"set\":\"2026-11-30T0200");
        const std::optional<DrillRecord> last = lastDrill(dir.path());
        QVERIFY(last.has_value());
        QCOMPARE(last->setName, QStringLiteral("2026-11-29T020000Z"));
        QVERIFY(!lastDrill(dir.filePath(QStringLiteral("nowhere"))).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDrill)
#include "tst_drill.moc"
