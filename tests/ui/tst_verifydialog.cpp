// "Verify a backup" in the wizard, offscreen, on real sets: a good set
// verifies and the result is recorded for the start page, list and status;
// a set with one flipped byte names that file under its item; a
// verification stopped mid-run is "not verified", never "failed"; the
// report says the same as HTML and as text; the window stays in English and
// pt-BR without cut-off text.

#include "BackupWizard.h"
#include "common/Translations.h"
#include "Screenshot.h"
#include "TestSupport.h"
#include "jobs/BackupJob.h"
#include "jobs/VerificationReport.h"
#include "location/LocationStatus.h"
#include "location/VerifyLog.h"
#include "model/BackupPlan.h"
#include "sample/SampleDeployment.h"
#include "verify/VerifyDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace lbw;
using namespace lbw::ui;

namespace {

template <typename T>
T *child(QWidget &parent, const char *name) {
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Waits for the dialog to list its location's sets.
void waitForSets(VerifyDialog &dialog, QSignalSpy &loaded, int count) {
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= count, 20000);
    Q_UNUSED(dialog);
}

}  // namespace

class TestVerifyDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    QString m_older;   // a set that is not LATEST
    QString m_latest;  // LATEST
    QString m_bigFile;

    void flipOneByte(const QString &path) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.putChar(char(byte ^ 0x20)));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        SampleOptions options;
        options.fileCount = 40;
        Result<QString> planFile = createSampleDeployment(m_dir.filePath(QStringLiteral("sample")), options);
        QVERIFY(planFile);
        Result<BackupPlan> plan = BackupPlan::load(*planFile);
        QVERIFY(plan);
        m_location = plan->location;
        // Two sets: the second holds a large file, so a verification of it
        // runs long enough to be stopped half-way.
        BackupPlan first = *plan;
        first.verifyAfterBackup = false;  // "never verified" until the dialog does it
        BackupReport report = BackupJob(first).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        m_older = report.setPath;
        QString store;
        for (const PlanItem &item : plan->items)
            if (item.kind == QLatin1String("filestore"))
                store = item.path;
        QVERIFY(!store.isEmpty());
        QFile big(store + QStringLiteral("/Meetings/recording.bin"));
        QVERIFY(QDir().mkpath(QFileInfo(big).absolutePath()));
        QVERIFY(big.open(QIODevice::WriteOnly));
        const QByteArray block = test::randomBytes(1 << 20, 7);
        for (int i = 0; i < 512; ++i)
            QCOMPARE(big.write(block), qint64(block.size()));
        big.close();
        QTest::qWait(1100);  // the second set's name is a second later
        report = BackupJob(first).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        m_latest = report.setPath;
        QVERIFY(m_latest != m_older);
    }

    void goodSetVerifiesAndIsRecorded() {
        VerifyDialog dialog(m_location);
        QSignalSpy loaded(&dialog, &VerifyDialog::setsLoaded);
        dialog.show();
        waitForSets(dialog, loaded, 1);
        auto *sets = child<QTreeWidget>(dialog, "verifySets");
        QCOMPARE(sets->topLevelItemCount(), 2);
        // LATEST is preselected, marked, and listed first (newest first).
        QVERIFY(sets->currentItem());
        QVERIFY(sets->currentItem()->text(0).contains(QFileInfo(m_latest).fileName()));
        QVERIFY(sets->currentItem()->text(0).contains(QStringLiteral("LATEST")));
        QCOMPARE(sets->currentItem()->text(4), VerifyDialog::tr("never"));
        // The older set, chosen by keyboard: Down then Enter starts it.
        sets->setFocus();
        QTest::keyClick(sets, Qt::Key_Down);
        QVERIFY(sets->currentItem()->text(0).startsWith(QFileInfo(m_older).fileName()));
        QSignalSpy ended(&dialog, &VerifyDialog::verificationEnded);
        QTest::keyClick(sets, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
        QCOMPARE(dialog.verdicts().size(), 1);
        QCOMPARE(dialog.verdicts().first().result(), SetVerdict::Result::Intact);
        auto *results = child<QTreeWidget>(dialog, "verifyResults");
        QCOMPARE(results->topLevelItemCount(), 1);
        QCOMPARE(results->topLevelItem(0)->text(1), verdictResultText(SetVerdict::Result::Intact));
        // One row per item of the set, each intact.
        QVERIFY(results->topLevelItem(0)->childCount() >= 2);
        for (int i = 0; i < results->topLevelItem(0)->childCount(); ++i)
            QCOMPARE(results->topLevelItem(0)->child(i)->text(1), verdictResultText(SetVerdict::Result::Intact));

        // Recorded in the location: the list shows it, status and the start page read it.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, 20000);
        QVERIFY(sets->currentItem()->text(0).startsWith(QFileInfo(m_older).fileName()));  // selection kept
        QVERIFY2(sets->currentItem()->text(4).startsWith(VerifyDialog::tr("intact, %1").left(6)),
                 qPrintable(sets->currentItem()->text(4)));
        const QHash<QString, VerifyRecord> records = lastVerifications(m_location);
        QCOMPARE(records.value(QFileInfo(m_older).fileName()).result, QStringLiteral("passed"));
        QVERIFY(!records.contains(QFileInfo(m_latest).fileName()));
        QVERIFY(!assessLocation(m_location, {}, QDateTime::currentDateTimeUtc()).lastVerification);  // LATEST: never

        // Copy gives the same report as text.
        child<QPushButton>(dialog, "verifyCopy")->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QFileInfo(m_older).fileName()));
        test::saveScreenshot(dialog, QStringLiteral("verify-intact"));
    }

    void stoppedHalfWayIsNotVerified() {
        VerifyDialog dialog(m_location);
        QSignalSpy loaded(&dialog, &VerifyDialog::setsLoaded);
        QSignalSpy ended(&dialog, &VerifyDialog::verificationEnded);
        dialog.show();
        waitForSets(dialog, loaded, 1);
        auto *progress = child<QProgressBar>(dialog, "verifyProgress");
        auto *stop = child<QPushButton>(dialog, "verifyStop");
        QVERIFY(!stop->isEnabled());
        child<QPushButton>(dialog, "verifyStart")->click();  // LATEST, with its 512 MB file
        QVERIFY(stop->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0 || ended.count() > 0, 30000);
        QCOMPARE(ended.count(), 0);  // still running: it is stopped half-way
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
        QCOMPARE(dialog.verdicts().size(), 1);
        QCOMPARE(dialog.verdicts().first().result(), SetVerdict::Result::NotVerified);
        auto *results = child<QTreeWidget>(dialog, "verifyResults");
        QCOMPARE(results->topLevelItem(0)->text(1), verdictResultText(SetVerdict::Result::NotVerified));
        QVERIFY(!child<QLabel>(dialog, "verifySummary")->text().contains(QStringLiteral("DAMAGED")));
        // Nothing recorded: "not verified" is not a result.
        QVERIFY(!lastVerifications(m_location).contains(QFileInfo(m_latest).fileName()));
    }

    void flippedByteIsNamedUnderItsItem() {
        // The big file of LATEST, damaged in place (a set is never modified
        // by the program; the disk did it).
        const QString damaged = m_latest + QStringLiteral("/filestores");
        QString target;
        for (const QString &file : test::filesBelow(damaged))
            if (file.endsWith(QLatin1String("recording.bin")))
                target = damaged + QLatin1Char('/') + file;
        QVERIFY(!target.isEmpty());
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
        flipOneByte(target);

        VerifyDialog dialog(m_location);
        QSignalSpy loaded(&dialog, &VerifyDialog::setsLoaded);
        QSignalSpy ended(&dialog, &VerifyDialog::verificationEnded);
        dialog.show();
        waitForSets(dialog, loaded, 1);
        child<QCheckBox>(dialog, "verifyAllSets")->setChecked(true);
        child<QPushButton>(dialog, "verifyStart")->click();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 120000);
        QCOMPARE(dialog.verdicts().size(), 2);
        const SetVerdict &latest = dialog.verdicts().first();
        QCOMPARE(latest.result(), SetVerdict::Result::Damaged);
        QCOMPARE(dialog.verdicts().last().result(), SetVerdict::Result::Intact);
        QCOMPARE(latest.report.problems.size(), 1);
        QCOMPARE(latest.report.problems.first().kind, VerifyProblem::Kind::Changed);

        // In the window: the set DAMAGED, its file store item DAMAGED with the
        // file by name under it, the other items intact.
        auto *results = child<QTreeWidget>(dialog, "verifyResults");
        QTreeWidgetItem *setRow = results->topLevelItem(0);
        QCOMPARE(setRow->text(1), verdictResultText(SetVerdict::Result::Damaged));
        int damagedItems = 0;
        for (int i = 0; i < setRow->childCount(); ++i) {
            QTreeWidgetItem *itemRow = setRow->child(i);
            if (itemRow->text(1) != verdictResultText(SetVerdict::Result::Damaged))
                continue;
            ++damagedItems;
            QCOMPARE(itemRow->childCount(), 1);
            QVERIFY(itemRow->child(0)->text(0).endsWith(QLatin1String("Meetings/recording.bin")));
            QCOMPARE(itemRow->child(0)->text(1), verifyProblemKindText(VerifyProblem::Kind::Changed));
            QVERIFY(itemRow->isExpanded());
        }
        QCOMPARE(damagedItems, 1);

        // The HTML report names it too, escaped, and status now says CRITICAL.
        const QString html = verificationReportHtml(dialog.verdicts(), m_location);
        QVERIFY(html.contains(QStringLiteral("recording.bin")));
        QVERIFY(html.contains(QStringLiteral("class=\"damaged\"")));
        const LocationStatus status = assessLocation(m_location, {}, QDateTime::currentDateTimeUtc());
        QVERIFY(status.lastVerification);
        QCOMPARE(status.lastVerification->result, QStringLiteral("failed"));
        QCOMPARE(status.level, LocationStatus::Level::Critical);
        test::saveScreenshot(dialog, QStringLiteral("verify-damaged"));

        // The list of sets says which set is damaged.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, 20000);
        auto *sets = child<QTreeWidget>(dialog, "verifySets");
        QVERIFY(sets->topLevelItem(0)->text(4).startsWith(VerifyDialog::tr("DAMAGED, %1").left(7)));
    }

    void startPageOpensItInPortuguese() {
        // The product's translation, from inside the program.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/lync-backup_pt_BR.qm")));
        qApp->installTranslator(&translator);
        {
            BackupWizard wizard;
            wizard.show();
            auto *task = wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-verify"));
            QVERIFY(task);
            QVERIFY(task->isEnabled());
            QCOMPARE(task->text(), QStringLiteral("&Verificar um backup"));
            task->click();
            VerifyDialog *dialog = wizard.findChild<VerifyDialog *>();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("verifyLocation"))->setText(m_location);
            QSignalSpy loaded(dialog, &VerifyDialog::setsLoaded);
            QMetaObject::invokeMethod(dialog->findChild<QLineEdit *>(QStringLiteral("verifyLocation")),
                                      "editingFinished");
            QTRY_VERIFY_WITH_TIMEOUT(
                loaded.count() >= 1 &&
                    dialog->findChild<QTreeWidget *>(QStringLiteral("verifySets"))->topLevelItemCount() == 2,
                20000);
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Verificar um backup"));
            dialog->reject();
        }
        qApp->removeTranslator(&translator);
    }
};

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lync-backup-wizard-test"));
    QStandardPaths::setTestModeEnabled(true);  // the remembered locations are the test's own
    QSettings().clear();
    lbw::installTranslations(app);  // LBW_LANGUAGE=pt_BR runs it in Portuguese
    TestVerifyDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_verifydialog.moc"
