// Cmdlet exports that must be ZIP files (Export-CsConfiguration,
// Export-CsUserData, Export-CsRgsConfiguration): real child processes stand
// in for the cmdlets and write a real ZIP (made here with libzip), a 3-byte
// file, an empty archive, or a truncated one.
#include "jobs/BackupJob.h"
#include "util/ZipArchive.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace lbw;

namespace {

// A ZIP with `entries` entries, written by libzip itself.
QString makeZip(const QString &path, int entries) {
    int error = 0;
    zip_t *archive = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    static const char content[] = "<DocItemSet/>";
    for (int i = 0; i < entries; ++i) {
        zip_source_t *source = zip_source_buffer(archive, content, sizeof content - 1, 0);
        zip_file_add(archive, QStringLiteral("DocItemSet%1.xml").arg(i).toLatin1().constData(), source,
                     ZIP_FL_OVERWRITE);
    }
    zip_close(archive);
    return path;
}

BackupReport exportWith(const QTemporaryDir &dir, const QString &script, const QString &cmdletWord) {
    BackupPlan plan;
    plan.location = dir.filePath(QStringLiteral("backups"));
    // The cmdlet's name in the command is what tells the engine to expect a ZIP.
    plan.items = {{QStringLiteral("cmdlet"),
                   QStringLiteral("userdata-pool01"),
                   QString(),
                   {{QStringLiteral("command"),
                     QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script, cmdletWord}}}}};
    return BackupJob(plan).run(nullptr, {});
}

}  // namespace

class TestCmdletZip : public QObject {
    Q_OBJECT
private slots:
    void zipEntryCountReadsRealArchives() {
        QTemporaryDir dir;
        QCOMPARE(*zipEntryCount(makeZip(dir.filePath(QStringLiteral("two.zip")), 2)), 2);
        test::writeFile(dir.filePath(QStringLiteral("three-bytes.zip")), "PK\x03");
        QVERIFY(!zipEntryCount(dir.filePath(QStringLiteral("three-bytes.zip"))));
        QByteArray whole = test::readFile(makeZip(dir.filePath(QStringLiteral("whole.zip")), 3));
        test::writeFile(dir.filePath(QStringLiteral("truncated.zip")), whole.left(whole.size() - 10));
        QVERIFY(!zipEntryCount(dir.filePath(QStringLiteral("truncated.zip"))));
    }

    void aRealExportIsKept() {
        QTemporaryDir dir;
        qputenv("LBW_TEST_ZIP", makeZip(dir.filePath(QStringLiteral("export.zip")), 2).toLocal8Bit());
        const BackupReport report = exportWith(dir, QStringLiteral("cp \"$LBW_TEST_ZIP\" \"$LBW_OUTPUT_FILE\""),
                                               QStringLiteral("Export-CsUserData"));
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
    }

    void aThreeByteUserDataExportFails() {
        QTemporaryDir dir;
        const BackupReport report =
            exportWith(dir, QStringLiteral("printf 'PK!' > \"$LBW_OUTPUT_FILE\""), QStringLiteral("Export-CsUserData"));
        QCOMPARE(report.outcome, BackupOutcome::Failed);  // the only item failed: nothing committed
        const QString why = report.manifest.items.first().errors.first().message;
        QVERIFY2(why.contains(QStringLiteral("not the ZIP file")), qPrintable(why));
    }

    void anEmptyArchiveFails() {
        QTemporaryDir dir;
        // The 22-byte end record alone: a valid ZIP with no entry.
        const BackupReport report = exportWith(
            dir,
            QStringLiteral(
                "printf 'PK\\005\\006' > \"$LBW_OUTPUT_FILE\"; head -c 18 /dev/zero >> \"$LBW_OUTPUT_FILE\""),
            QStringLiteral("Export-CsRgsConfiguration"));
        QCOMPARE(report.outcome, BackupOutcome::Failed);
        const QString why = report.manifest.items.first().errors.first().message;
        QVERIFY2(why.contains(QStringLiteral("empty")), qPrintable(why));
    }

    void otherExportsAreNotHeldToZip() {
        QTemporaryDir dir;
        const BackupReport report = exportWith(dir, QStringLiteral("printf 'plain' > \"$LBW_OUTPUT_FILE\""),
                                               QStringLiteral("Export-CsPersistentChatData"));
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestCmdletZip)
#include "tst_cmdlet_zip.moc"
