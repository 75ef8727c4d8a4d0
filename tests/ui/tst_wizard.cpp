// The backup wizard, offscreen, driven as an operator would: through the
// sample deployment with the Next button, a real backup into a temporary
// location, an unusable location, Cancel, and the event-loop latency while
// 40,000 files are backed up. With LBW_SCREENSHOT_DIR set, every page is
// saved as a PNG (in the language LBW_LANGUAGE selects).
#include "Ask.h"
#include "BackupRunner.h"
#include "BackupWizard.h"
#include "FocusFrameStyle.h"
#include "HistoryDialog.h"
#include "RecentLocations.h"
#include "WizardModel.h"
#include "common/Translations.h"
#include "jobs/VerifyJob.h"
#include "location/BackupLocation.h"
#include "pages/DeploymentPage.h"

#include "Screenshot.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStorageInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace lbw;
using namespace lbw::ui;

namespace {

// Where a test keeps its sample, backups and topology. With
// LBW_SCREENSHOT_DIR set (pictures for the README) these are the places an
// operator meets on a fresh install (the sample where the wizard puts it, a
// mounted share, a topology in the home folder), emptied first, never a
// test's temporary folder.
QString place(const QTemporaryDir &dir, const QString &name) {
    if (qEnvironmentVariableIsEmpty("LBW_SCREENSHOT_DIR"))
        return dir.filePath(name);
    const QHash<QString, QString> real{
        {QStringLiteral("sample"), QDir::homePath() + QStringLiteral("/.local/share/lync-backup-wizard/sample")},
        {QStringLiteral("backups"), QStringLiteral("/mnt/lyncbackup")},
        {QStringLiteral("topology.xml"), QDir::homePath() + QStringLiteral("/topology.xml")},
        {QStringLiteral("a-file"), QStringLiteral("/srv/lyncbackup")},
    };
    const QString path = real.value(name, dir.filePath(name));
    QDir(path).removeRecursively();
    QFile::remove(path);
    return path;
}

void shoot(QWizard &wizard, const QString &name) {
    test::saveScreenshot(wizard, name);
}

void clickNext(QWizard &wizard) {
    QAbstractButton *next =
        wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() && next->isVisible(), 10000);
    next->click();
}

// Start page -> "Back up now" -> deployment page with the sample loaded.
void openSample(BackupWizard &wizard, const QString &sampleDir) {
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    shoot(wizard, QStringLiteral("1-start"));
    wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-backup"))->click();
    QCOMPARE(wizard.currentId(), int(BackupWizard::DeploymentPageId));
    static_cast<DeploymentPage *>(wizard.page(BackupWizard::DeploymentPageId))->openSample(sampleDir);
    QVERIFY(!wizard.model()->offeredItems().isEmpty());
    shoot(wizard, QStringLiteral("2-deployment"));
}

void chooseLocation(BackupWizard &wizard, const QString &location) {
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(BackupWizard::LocationPageId));
    wizard.findChild<QLineEdit *>(QStringLiteral("locationPath"))->setText(location);
}

QString makeBigStore(const QTemporaryDir &dir) {
    const QString store = dir.filePath(QStringLiteral("big/filestore"));
    const QByteArray content(512, 'x');
    for (int i = 0; i < 40000; ++i) {
        if (i % 400 == 0)
            QDir().mkpath(store + QStringLiteral("/d%1").arg(i / 400));
        QFile file(store + QStringLiteral("/d%1/f%2.txt").arg(i / 400).arg(i));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
    }
    BackupPlan plan;
    plan.name = QStringLiteral("big");
    plan.items = {{QStringLiteral("filestore"), QStringLiteral("filestore"), store}};
    const QString planFile = dir.filePath(QStringLiteral("big/plan.json"));
    (void)plan.save(planFile);
    return planFile;
}

void startBackup(BackupWizard &wizard, const QString &planFile, const QString &location) {
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-backup"))->click();
    wizard.openPlan(planFile);
    chooseLocation(wizard, location);
    clickNext(wizard);  // items
    clickNext(wizard);  // summary
    clickNext(wizard);  // schedule
    clickNext(wizard);  // Back up
    QCOMPARE(wizard.currentId(), int(BackupWizard::ProgressPageId));
}

}  // namespace

class TestWizard : public QObject {
    Q_OBJECT
private slots:
    void init() { answerQuestionsWith(true); }

    void backsUpTheSampleDeployment() {
        QTemporaryDir dir;
        BackupWizard wizard;
        openSample(wizard, place(dir, QStringLiteral("sample")));
        const QString location = place(dir, QStringLiteral("backups"));
        chooseLocation(wizard, location);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        shoot(wizard, QStringLiteral("3-location"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::ItemsPageId));
        QTest::qWait(300);  // sizes are measured in the background
        shoot(wizard, QStringLiteral("4-items"));
        // A plan's required data cannot be left out; the rest can.
        {
            auto *tree = wizard.currentPage()->findChild<QTreeWidget *>();
            QHash<QString, QTreeWidgetItem *> rows;
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                rows.insert((*it)->data(0, Qt::UserRole).toString(), *it);
            for (const QString &name : {QStringLiteral("filestore"), QStringLiteral("xds"), QStringLiteral("lis"),
                                        QStringLiteral("rtcxds")}) {
                QVERIFY2(rows.contains(name), qPrintable(name));
                QVERIFY2(!(rows[name]->flags() & Qt::ItemIsUserCheckable), qPrintable(name));
            }
            QVERIFY(rows.value(QStringLiteral("rgsconfig"))->flags() & Qt::ItemIsUserCheckable);
        }
        // Going Back keeps the choice.
        wizard.back();
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("locationPath"))->text(),
                 QDir::toNativeSeparators(location));
        clickNext(wizard);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::SummaryPageId));
        shoot(wizard, QStringLiteral("5-summary"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::SchedulePageId));
        shoot(wizard, QStringLiteral("5b-schedule"));
        clickNext(wizard);  // "Back up", once: nothing is scheduled
        QCOMPARE(wizard.currentId(), int(BackupWizard::ProgressPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        shoot(wizard, QStringLiteral("6-progress"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::FinishedPageId));
        shoot(wizard, QStringLiteral("7-finished"));

        QVERIFY(wizard.model()->lastReport);
        QCOMPARE(wizard.model()->lastReport->outcome, BackupOutcome::Succeeded);
        const QString set = QDir::fromNativeSeparators(wizard.findChild<QLabel *>(QStringLiteral("setPath"))->text());
        QCOMPARE(set, BackupLocation(location).latestSetPath());
        QVERIFY(VerifyJob(set).run(nullptr, {}).ok());
        QVERIFY(wizard.model()->lastReport->verify && wizard.model()->lastReport->verify->ok());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("scheduleResult"))->text().isEmpty());
    }

    // "Schedule backups": the schedule page offers a daily run; the plan is
    // saved with its retention rules, the first backup runs now, and the
    // schedule is installed once it made a good set (into a unit folder of
    // the test's own, with a systemctl that only records what it is asked).
    void schedulesTheBackupAfterAGoodFirstRun() {
        QTemporaryDir dir;
        const QString units = dir.filePath(QStringLiteral("units"));
        const QString calls = dir.filePath(QStringLiteral("systemctl-calls"));
        const QString recorder = dir.filePath(QStringLiteral("systemctl"));
        test::writeFile(recorder, QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\n").arg(calls).toUtf8());
        QFile::setPermissions(recorder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("LBW_SYSTEMD_DIR", units.toUtf8());
        qputenv("LBW_SYSTEMCTL", recorder.toUtf8());
        // The scheduler runs lync-backup, found beside the wizard or on the PATH.
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray(LBW_CLI_DIR) + ':' + path);

        BackupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-schedule"))->click();
        QCOMPARE(wizard.currentId(), int(BackupWizard::DeploymentPageId));
        static_cast<DeploymentPage *>(wizard.currentPage())->openSample(place(dir, QStringLiteral("sample")));
        const QString location = place(dir, QStringLiteral("backups"));
        chooseLocation(wizard, location);
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::SchedulePageId));
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("scheduleDaily"))->isChecked());
        wizard.findChild<QTimeEdit *>(QStringLiteral("scheduleTime"))->setTime(QTime(1, 15));
        wizard.findChild<QCheckBox *>(QStringLiteral("retention"))->setChecked(true);
        wizard.findChild<QSpinBox *>(QStringLiteral("keepDaily"))->setValue(7);
        const QString planFile = dir.filePath(QStringLiteral("planos/noite.json"));
        wizard.findChild<QLineEdit *>(QStringLiteral("planPath"))->setText(planFile);
        // No day ticked on "these days": said, and nothing starts.
        wizard.findChild<QRadioButton *>(QStringLiteral("scheduleWeekdays"))->setChecked(true);
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
            wizard.findChild<QCheckBox *>(QStringLiteral("day%1").arg(day))->setChecked(false);
        wizard.button(QWizard::CommitButton)->click();
        QCOMPARE(wizard.currentId(), int(BackupWizard::SchedulePageId));
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("scheduleError"))->text().isEmpty());
        wizard.findChild<QRadioButton *>(QStringLiteral("scheduleDaily"))->setChecked(true);
        shoot(wizard, QStringLiteral("5c-schedule-daily"));
        clickNext(wizard);  // Back up
        QCOMPARE(wizard.currentId(), int(BackupWizard::ProgressPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        clickNext(wizard);
        QLabel *result = wizard.findChild<QLabel *>(QStringLiteral("scheduleResult"));
        // Installed off the GUI thread: the label then names the plan (in any language).
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(planFile), 20000);
        shoot(wizard, QStringLiteral("7c-scheduled"));

        const Result<BackupPlan> saved = BackupPlan::load(planFile);
        QVERIFY(saved.ok());
        QCOMPARE(saved->retention.keepDaily, 7);
        QCOMPARE(saved->location, location);
        const QStringList written = QDir(units).entryList(QDir::Files);
        QCOMPARE(written.size(), 2);
        const QString service = QString::fromUtf8(test::readFile(units + QLatin1Char('/') + written[0]));
        QVERIFY2(service.contains(planFile), qPrintable(service));
        QVERIFY2(service.contains(QStringLiteral(LBW_CLI_DIR "/lync-backup")), qPrintable(service));
        QVERIFY(QString::fromUtf8(test::readFile(units + QLatin1Char('/') + written[1]))
                    .contains(QStringLiteral("OnCalendar=*-*-* 01:15:00")));
        QVERIFY(QString::fromUtf8(test::readFile(calls)).contains(QStringLiteral("enable --now")));
        QVERIFY(QFileInfo::exists(location + QStringLiteral("/schedule.json")));

        // The start page tells the location's state at a glance, the next run included.
        wizard.restart();
        QLabel *status = wizard.findChild<QLabel *>(QStringLiteral("locationStatus"));
        const QString set = wizard.model()->lastReport->setPath;
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(set), 10000);
        QVERIFY2(status->text().count(QStringLiteral("<br>")) >= 1, qPrintable(status->text()));
        QVERIFY(!status->text().contains(QStringLiteral("color:")));  // OK: nothing in red
        // A new run: the window's button is Cancel again (it said Close after the run).
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QWizard().buttonText(QWizard::CancelButton));
        shoot(wizard, QStringLiteral("1b-start-status"));

        // The history lists the run, and its log can be opened.
        wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-history"))->click();
        auto *history = wizard.findChild<HistoryDialog *>();
        QVERIFY(history);
        auto *runs = history->findChild<QTreeWidget *>(QStringLiteral("historyRuns"));
        QTRY_COMPARE_WITH_TIMEOUT(runs->topLevelItemCount(), 1, 10000);
        QCOMPARE(runs->topLevelItem(0)->text(5), QFileInfo(set).fileName());
        QTRY_VERIFY(history->findChild<QPushButton *>(QStringLiteral("openLog"))->isEnabled());
        test::saveScreenshot(*history, QStringLiteral("8-history"));
        history->close();
        qunsetenv("LBW_SYSTEMD_DIR");
        qunsetenv("LBW_SYSTEMCTL");
        qputenv("PATH", path);
    }

    // A real deployment's topology: the catalog grouped by pool, required
    // items locked on, and what cannot run here (no PowerShell, no SQL
    // Server driver) said before the backup starts.
    void topologyItemsSayWhatCannotRun() {
        QTemporaryDir dir;
        BackupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-backup"))->click();
        const QString topology = place(dir, QStringLiteral("topology.xml"));
        QVERIFY(QFile::copy(QStringLiteral(LBW_TEST_DATA "/topology-ee.xml"), topology));
        static_cast<DeploymentPage *>(wizard.currentPage())->openTopologyFile(topology);
        QVERIFY(wizard.model()->topology().has_value());
        shoot(wizard, QStringLiteral("2b-topology"));
        chooseLocation(wizard, place(dir, QStringLiteral("backups")));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::ItemsPageId));
        auto *tree = wizard.currentPage()->findChild<QTreeWidget *>();
        bool sawProblem = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
                    if (label->text().contains(QStringLiteral("powershell.exe")))
                        return sawProblem = true;
                return false;
            }(),
            15000);
        QVERIFY(sawProblem);
        // Required items cannot be unchecked.
        QTreeWidgetItem *cms = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == QLatin1String("cms"))
                cms = *it;
        QVERIFY(cms);
        QVERIFY(!(cms->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(cms->checkState(0), Qt::Checked);
        QTest::qWait(500);
        shoot(wizard, QStringLiteral("4b-topology-items"));
    }

    // A plan of items that cannot run here (no PowerShell on this computer):
    // Next stays disabled on the items page, with the reason shown.
    void nextStaysDisabledWhenNothingSelectedCanRun() {
        QTemporaryDir dir;
        BackupPlan plan;
        plan.name = QStringLiteral("cmdlets only");
        plan.items = {{QStringLiteral("cmdlet"), QStringLiteral("cms"), QString()}};
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(plan.save(planFile).ok());
        BackupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-backup"))->click();
        wizard.openPlan(planFile);
        chooseLocation(wizard, place(dir, QStringLiteral("backups")));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(BackupWizard::ItemsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        QTest::qWait(300);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    void nextStaysDisabledOnAnUnusableLocation() {
        QTemporaryDir dir;
        const QString file = place(dir, QStringLiteral("a-file"));
        test::writeFile(file, "not a folder");
        BackupWizard wizard;
        const QString sample = place(dir, QStringLiteral("sample"));
        openSample(wizard, sample);
        chooseLocation(wizard, file + QStringLiteral("/backups"));
        auto *checks = wizard.currentPage()->findChild<QTreeWidget *>();
        QTRY_VERIFY_WITH_TIMEOUT(checks->topLevelItemCount() > 0, 10000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shoot(wizard, QStringLiteral("3b-location-refused"));
        // The wizard's own placeholder, a Windows share name: refused on Linux, one check.
        wizard.findChild<QLineEdit *>(QStringLiteral("locationPath"))
            ->setText(QStringLiteral("\\\\backupserver\\lyncbackup"));
        QTest::qWait(500);
        QTRY_VERIFY_WITH_TIMEOUT(checks->topLevelItemCount() == 2, 10000);  // the share name, the stand-alone check
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Inside the data being backed up: refused too.
        wizard.findChild<QLineEdit *>(QStringLiteral("locationPath"))->setText(sample + QStringLiteral("/filestore/b"));
        QTest::qWait(500);
        QTRY_VERIFY_WITH_TIMEOUT(checks->topLevelItemCount() > 0, 10000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    // 40,000 files through the wizard: the window keeps repainting (the
    // longest gap between two 10 ms timer ticks stays under 100 ms).
    void staysResponsiveWhileBackingUp40000Files() {
        QTemporaryDir dir;
        const QString plan = makeBigStore(dir);
        BackupWizard wizard;
        const QString location = place(dir, QStringLiteral("backups"));
        startBackup(wizard, plan, location);

        qint64 longestGap = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longestGap = qMax(longestGap, now - last);
            last = now;
        });
        ticker.start();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        ticker.stop();
        qInfo("longest event-loop gap during a backup of 40,000 files (%lld ms): %lld ms", clock.elapsed(), longestGap);
#if defined(__SANITIZE_ADDRESS__)
        // ASan makes every allocation several times slower: the limit holds
        // in the build without sanitizers; here only a real freeze fails.
        constexpr qint64 kLimitMs = 400;
#else
        constexpr qint64 kLimitMs = 100;
#endif
        QVERIFY2(longestGap < kLimitMs, qPrintable(QStringLiteral("the GUI froze for %1 ms").arg(longestGap)));
        QCOMPARE(wizard.model()->lastReport->outcome, BackupOutcome::Succeeded);
        QCOMPARE(wizard.model()->lastReport->manifest.items.first().files, qint64(40000));
    }

    void cancelLeavesNoCompleteSet() {
        QTemporaryDir dir;
        const QString plan = makeBigStore(dir);
        BackupWizard wizard;
        const QString location = place(dir, QStringLiteral("backups"));
        bool cancelled = false;
        connect(wizard.runner(), &BackupRunner::progressed, &wizard, [&](const ProgressSnapshot &p) {
            if (!cancelled && p.filesDone >= 1000) {
                cancelled = true;
                wizard.findChild<QPushButton *>(QStringLiteral("cancelBackup"))->click();
            }
        });
        startBackup(wizard, plan, location);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        QVERIFY(cancelled);
        QCOMPARE(wizard.model()->lastReport->outcome, BackupOutcome::Cancelled);
        QVERIFY(BackupLocation(location).completeSets().isEmpty());
        QCOMPARE(BackupLocation(location).incompleteRuns().size(), 1);
        clickNext(wizard);
        QCOMPARE(wizard.currentPage()->title(), QCoreApplication::translate("lbw::ui::FinishedPage", "Cancelled"));
        shoot(wizard, QStringLiteral("7b-cancelled"));
    }

    // A pt-BR operator meets Microsoft's wizard words on the buttons (the
    // product's translation wins over Qt's "Próximo >"), from translations
    // that travel inside the program.
    void buttonsReadAsMicrosoftsWizardsInPortuguese() {
        const QList<QTranslator *> before = qApp->findChildren<QTranslator *>();
        const QLocale previousLocale;  // the run's own language, restored at the end
        qputenv("LBW_LANGUAGE", "pt_BR");
        lbw::installTranslations(*qApp);
        qunsetenv("LBW_LANGUAGE");
        {
            BackupWizard wizard;
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-backup"))->click();
            QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Avançar >"));
            QCOMPARE(wizard.button(QWizard::BackButton)->text(), QStringLiteral("< &Voltar"));
            QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Cancelar"));
            QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Concluir"));
            // Qt's own strings come from the copy inside the program.
            QTranslator qt;
            QVERIFY(qt.load(QStringLiteral(":/i18n/qtbase_pt_BR.qm")));
            QCOMPARE(qt.translate("QFileDialog", "Open"), QStringLiteral("Abrir"));
        }
        for (QTranslator *added : qApp->findChildren<QTranslator *>())
            if (!before.contains(added)) {
                QCoreApplication::removeTranslator(added);
                delete added;
            }
        QLocale::setDefault(previousLocale);
    }

    // Cancel while the new set is verified: the set is committed, and the
    // result says "not verified", never "failed".
    void cancellingTheVerificationIsNotAFailure() {
        QTemporaryDir dir;
        const QString plan = makeBigStore(dir);
        BackupWizard wizard;
        const QString location = place(dir, QStringLiteral("backups"));
        bool cancelled = false;
        connect(wizard.runner(), &BackupRunner::stageChanged, &wizard, [&](const QString &stage) {
            if (!cancelled && stage == QCoreApplication::translate("BackupJob", "Verifying the new set")) {
                cancelled = true;
                wizard.runner()->cancel();  // what the Cancel button does once the operator confirmed
            }
        });
        startBackup(wizard, plan, location);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        QVERIFY(cancelled);
        const BackupReport &report = *wizard.model()->lastReport;
        QVERIFY(report.verify && report.verify->cancelled);
        QCOMPARE(BackupLocation(location).completeSets().size(), 1);
        clickNext(wizard);
        // In the operator's language (the screenshot runs use pt-BR too).
        const QString notVerified = QCoreApplication::translate(
            "lbw::ui::FinishedPage",
            "Not verified: the verification was cancelled. The set is complete; check it when "
            "you like with lync-backup verify.");
        const QString failed =
            QCoreApplication::translate("lbw::ui::FinishedPage",
                                        "Verification FAILED: %1. Check the disk of the backup location and run the "
                                        "backup again.")
                .section(QStringLiteral("%1"), 0, 0);
        bool failedSaid = false, notVerifiedSaid = false;
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>()) {
            failedSaid |= label->text().startsWith(failed);
            notVerifiedSaid |= label->text() == notVerified;
        }
        QVERIFY(!failedSaid);
        QVERIFY(notVerifiedSaid);
    }

    // LATEST cannot be replaced (its temporary name is taken by a folder):
    // the set is committed, and the result says so, as the command line's
    // exit code 3 does, never "failed" nor "cancelled".
    void aSetCommittedWithoutLatestIsNotAFailure() {
        QTemporaryDir dir;
        BackupWizard wizard;
        openSample(wizard, place(dir, QStringLiteral("sample")));
        const QString location = place(dir, QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(location + QStringLiteral("/LATEST.tmp")));
        chooseLocation(wizard, location);
        clickNext(wizard);  // items
        clickNext(wizard);  // summary
        clickNext(wizard);  // schedule
        clickNext(wizard);  // Back up
        QCOMPARE(wizard.currentId(), int(BackupWizard::ProgressPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        const BackupReport &report = *wizard.model()->lastReport;
        QCOMPARE(report.outcome, BackupOutcome::CompletedWithErrors);
        QVERIFY(report.committed());
        QVERIFY(!report.latestUpdated);
        QVERIFY2(report.latestProblem.contains(QStringLiteral("LATEST could not be updated")),
                 qPrintable(report.latestProblem));
        QVERIFY(report.verify && report.verify->ok());
        QCOMPARE(BackupLocation(location).completeSets().size(), 1);
        QVERIFY(BackupLocation(location).incompleteRuns().isEmpty());
        clickNext(wizard);
        QCOMPARE(wizard.currentPage()->title(),
                 QCoreApplication::translate("lbw::ui::FinishedPage", "Finished with errors"));
        bool problemSaid = false;
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            problemSaid |= label->text().startsWith(report.latestProblem);
        QVERIFY(problemSaid);
        QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("deletePartial"))->isVisible());
    }

    // The location fills up during the run (it had room when checked): the
    // page says the location is full, and one button deletes the .partial
    // folder the run left, giving the space back.
    void aFullLocationIsSaidAndItsPartialFolderCanBeDeleted() {
        QTemporaryDir dir;
        // 40,000 files: 20 MB by size, which passes the check, but ~160 MB of blocks on tmpfs.
        const QString plan = makeBigStore(dir);
        const QString small = dir.filePath(QStringLiteral("small"));
        const auto mounted = test::MountedTmpfs::mount(small, QStringLiteral("size=100m"));
        if (!mounted)
            QSKIP("needs root and permission to mount a small tmpfs to fill a file system for real");
        const QString location = small + QStringLiteral("/backups");
        BackupWizard wizard;
        startBackup(wizard, plan, location);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        QCOMPARE(wizard.model()->lastReport->outcome, BackupOutcome::Failed);
        // The run is over: the window's button closes it.
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(),
                 QCoreApplication::translate("lbw::ui::ProgressPage", "Close"));
        clickNext(wizard);
        QCOMPARE(wizard.currentPage()->title(),
                 QCoreApplication::translate("lbw::ui::FinishedPage", "The backup location is full"));
        shoot(wizard, QStringLiteral("7d-location-full"));
        QCOMPARE(BackupLocation(location).incompleteRuns().size(), 1);
        const qint64 freeBefore = QStorageInfo(small).bytesAvailable();
        auto *remove = wizard.findChild<QPushButton *>(QStringLiteral("deletePartial"));
        QVERIFY(remove->isVisible());
        remove->click();  // the question is answered Yes
        QTRY_VERIFY_WITH_TIMEOUT(!remove->isVisible(), 60000);
        QVERIFY(BackupLocation(location).incompleteRuns().isEmpty());
        QVERIFY(QStorageInfo(small).bytesAvailable() > freeBefore + 32 * 1024 * 1024);
    }

    // Items a cancel never reached say "Not started" while running and on
    // the result, and Enter on the last page finishes the wizard (it does
    // not press "Open folder").
    void cancelledRunListsWhatNeverStartedAndEnterFinishes() {
        QTemporaryDir dir;
        BackupWizard wizard;
        openSample(wizard, place(dir, QStringLiteral("sample")));
        chooseLocation(wizard, place(dir, QStringLiteral("backups")));
        // Cancel as soon as the first item (the file store) starts.
        connect(wizard.runner(), &BackupRunner::itemStarted, &wizard, [&](int index, const QString &) {
            if (index == 0)
                wizard.runner()->cancel();
        });
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        QCOMPARE(wizard.model()->lastReport->outcome, BackupOutcome::Cancelled);
        const QString notStarted = QCoreApplication::translate("lbw::ui::ProgressPage", "Not started");
        auto *progressItems = wizard.currentPage()->findChild<QTreeWidget *>();
        const int offered = wizard.model()->plan().items.size();
        QVERIFY(offered > 1);
        QCOMPARE(progressItems->topLevelItem(offered - 1)->text(1), notStarted);
        clickNext(wizard);
        auto *resultItems = wizard.currentPage()->findChild<QTreeWidget *>();
        QCOMPARE(resultItems->topLevelItemCount(), offered);
        QCOMPARE(resultItems->topLevelItem(offered - 1)->text(1),
                 QCoreApplication::translate("lbw::ui::FinishedPage", "Not started"));
        QSignalSpy finished(&wizard, &QDialog::accepted);
        QTest::keyClick(wizard.currentPage(), Qt::Key_Return);
        QCOMPARE(finished.count(), 1);
    }

    // The verification has a row and a bar of its own that move while it
    // runs, and the run's figures after the end are a summary, not a rate.
    void verificationShowsItsOwnProgress() {
        QTemporaryDir dir;
        const QString plan = makeBigStore(dir);
        BackupWizard wizard;
        int verifyBarMoved = 0;
        startBackup(wizard, plan, place(dir, QStringLiteral("backups")));
        auto *items = wizard.currentPage()->findChild<QTreeWidget *>();
        QCOMPARE(items->topLevelItemCount(), 2);  // the store, then the verification
        auto *verifyBar = qobject_cast<QProgressBar *>(items->itemWidget(items->topLevelItem(1), 2));
        QVERIFY(verifyBar);
        connect(verifyBar, &QProgressBar::valueChanged, &wizard, [&](int value) {
            if (value > 0 && value < verifyBar->maximum())
                ++verifyBarMoved;
        });
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        QVERIFY(verifyBarMoved > 0);
        QCOMPARE(items->topLevelItem(1)->text(1), QCoreApplication::translate("lbw::ui::ProgressPage", "Verified"));
        const QString stats = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("stats"))->text();
        QVERIFY2(!stats.contains(QStringLiteral("/s")), qPrintable(stats));
    }

    // The next start of the wizard opens the deployment opened last, and
    // its start page tells about every location used lately, not only the last.
    void remembersTheDeploymentAndEveryRecentLocation() {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));
        QDir().mkpath(first);
        QDir().mkpath(second);
        {
            BackupWizard wizard;
            openSample(wizard, place(dir, QStringLiteral("sample")));
        }
        rememberLocation(first);
        rememberLocation(second);
        BackupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *status = wizard.findChild<QLabel *>(QStringLiteral("locationStatus"));
        const QString none = QCoreApplication::translate("lbw::ui::StartPage", "No complete backup in %1 yet.");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(none.arg(QDir::toNativeSeparators(first))), 10000);
        QVERIFY(status->text().contains(none.arg(QDir::toNativeSeparators(second))));
        wizard.findChild<QCommandLinkButton *>(QStringLiteral("task-backup"))->click();
        QCOMPARE(wizard.currentId(), int(BackupWizard::DeploymentPageId));
        QVERIFY(!wizard.model()->offeredItems().isEmpty());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void closingDuringARunAsks() {
        QTemporaryDir dir;
        BackupWizard wizard;
        openSample(wizard, place(dir, QStringLiteral("sample")));
        chooseLocation(wizard, place(dir, QStringLiteral("backups")));
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.runner()->isRunning(), 5000);
        answerQuestionsWith(false);  // "Stop the backup?" -> No: the window stays
        const int asked = questionsAsked();
        QVERIFY(!wizard.close());
        QVERIFY(wizard.isVisible());
        QCOMPARE(questionsAsked(), asked + 1);  // one question, not two
        answerQuestionsWith(true);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
    }
};

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lync-backup-wizard-test"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();  // no location or deployment remembered from an earlier run
    lbw::installTranslations(app);
    lbw::ui::installFocusFrameStyle(app);
    TestWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard.moc"
