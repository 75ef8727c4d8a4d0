// The recovery wizard, offscreen, driven with its buttons only: the sample
// deployment backed up, its data moved away (the targets are then clean),
// and the server recovered step by step until the restored data is
// verified; a journal that resumes after the wizard is closed mid-way.
// With LBW_SCREENSHOT_DIR set, every page is saved as a PNG.
#include "Ask.h"
#include "common/Translations.h"
#include "jobs/BackupJob.h"
#include "recover/RecoveryWizard.h"
#include "recover/TaskRunner.h"
#include "recovery/HostFacts.h"
#include "sample/SampleDeployment.h"
#include "sample/SampleTopology.h"

#include "TestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lbw;
using namespace lbw::ui;

namespace {

void shoot(QWizard &wizard, const QString &name) {
    const QString dir = qEnvironmentVariable("LBW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(150);
    const QString language = qEnvironmentVariable("LBW_LANGUAGE", QStringLiteral("en"));
    wizard.grab().save(QStringLiteral("%1/%2-recovery-%3.png").arg(dir, language, name));
}

bool clickNext(QWizard &wizard) {
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!QTest::qWaitFor([&] { return next->isEnabled() && next->isVisible(); }, 20000))
        return false;
    next->click();
    return true;
}

// Set page -> verified set -> server page -> checks -> steps page.
bool reachSteps(RecoveryWizard &wizard, const QString &location, bool screenshots) {
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return (qWarning("reachSteps stopped at 1"), false);
    wizard.openLocation(location);
    auto *sets = wizard.findChild<QTreeWidget *>(QStringLiteral("sets"));
    if (!QTest::qWaitFor([&] { return sets->topLevelItemCount() == 1; }, 20000))
        return (qWarning("reachSteps stopped at 2"), false);
    sets->setCurrentItem(sets->topLevelItem(0));
    wizard.findChild<QPushButton *>(QStringLiteral("verifySet"))->click();
    if (!QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 60000))
        return (qWarning("reachSteps stopped at 3"), false);
    if (screenshots)
        shoot(wizard, QStringLiteral("1-set"));
    if (!clickNext(wizard) || wizard.currentId() != RecoveryWizard::ServerPageId)
        return (qWarning("reachSteps stopped at 4"), false);
    if (screenshots)
        shoot(wizard, QStringLiteral("2-server"));
    if (!clickNext(wizard) || wizard.currentId() != RecoveryWizard::ChecksPageId) {
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            qWarning("%s", qPrintable(label->text()));
        return (qWarning("reachSteps stopped at 5: page %d", wizard.currentId()), false);
    }
    if (!QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000))
        return (qWarning("reachSteps stopped at 6"), false);
    if (screenshots)
        shoot(wizard, QStringLiteral("3-checks"));
    return clickNext(wizard) && wizard.currentId() == RecoveryWizard::StepsPageId;
}

}  // namespace

class TestRecoveryWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sample;

private slots:
    void initTestCase() {
        if (sampleServerFqdn() != HostFacts::ofThisMachine().fqdn.toLower())
            QSKIP("This computer's name is not a valid host name, so the sample's server cannot be this computer.");
        qputenv("LBW_STATE_DIR", m_dir.filePath(QStringLiteral("state")).toUtf8());
        m_sample = m_dir.filePath(QStringLiteral("sample"));
        SampleOptions options;
        options.fileCount = 60;
        Result<QString> planFile = createSampleDeployment(m_sample, options);
        QVERIFY(planFile);
        Result<BackupPlan> plan = BackupPlan::load(*planFile);
        QVERIFY(plan);
        const BackupReport report = BackupJob(*plan).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        // The rebuilt server has no data yet: move it away, keep it to compare.
        QVERIFY(
            QDir().rename(m_sample + QStringLiteral("/filestore"), m_dir.filePath(QStringLiteral("filestore.orig"))));
        QVERIFY(
            QDir().rename(m_sample + QStringLiteral("/databases"), m_dir.filePath(QStringLiteral("databases.orig"))));
        QVERIFY(QDir().mkpath(m_sample + QStringLiteral("/databases")));
    }

    void aClosedRecoveryResumesAtItsFirstOpenStep() {
        {
            RecoveryWizard wizard;
            QVERIFY(reachSteps(wizard, m_sample + QStringLiteral("/backups"), false));
            auto *steps = wizard.findChild<QTreeWidget *>(QStringLiteral("steps"));
            QCOMPARE(steps->indexOfTopLevelItem(steps->currentItem()), 0);
            // Verify the set, then mark the next step by hand.
            wizard.findChild<QPushButton *>(QStringLiteral("runStep"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.runner()->isRunning(), 60000);
            QTRY_COMPARE_WITH_TIMEOUT(steps->topLevelItem(0)->text(1), stepStateText(StepState::State::Done), 5000);
            steps->setCurrentItem(steps->topLevelItem(1));
            wizard.findChild<QPushButton *>(QStringLiteral("markDone"))->click();
        }
        RecoveryWizard reopened;
        QVERIFY(reachSteps(reopened, m_sample + QStringLiteral("/backups"), false));
        auto *steps = reopened.findChild<QTreeWidget *>(QStringLiteral("steps"));
        QCOMPARE(steps->indexOfTopLevelItem(steps->currentItem()), 2);
    }

    void aWholeRecoveryWithTheButtonsOnly() {
        RecoveryWizard wizard;
        QVERIFY(reachSteps(wizard, m_sample + QStringLiteral("/backups"), true));
        auto *steps = wizard.findChild<QTreeWidget *>(QStringLiteral("steps"));
        auto *run = wizard.findChild<QPushButton *>(QStringLiteral("runStep"));
        auto *markDone = wizard.findChild<QPushButton *>(QStringLiteral("markDone"));
        const RecoveryPlan plan = *wizard.session().plan;
        QCOMPARE(steps->topLevelItemCount(), plan.steps.size());
        for (int i = 0; i < plan.steps.size(); ++i) {
            steps->setCurrentItem(steps->topLevelItem(i));
            const RecoveryStep &step = plan.steps[i];
            const StepState::State before = wizard.session().journal->state(step.id).state;
            if (before == StepState::State::Done)
                continue;
            if (run->isVisible() && step.id != QLatin1String("certificates")) {
                run->click();
                QTRY_VERIFY_WITH_TIMEOUT(!wizard.runner()->isRunning(), 60000);
                QTRY_VERIFY_WITH_TIMEOUT(steps->isEnabled(), 5000);
                QVERIFY2(wizard.session().journal->state(step.id).state == StepState::State::Done,
                         qPrintable(step.id + QStringLiteral(": ") + wizard.session().journal->state(step.id).message));

            } else {
                markDone->click();
            }
        }
        // The first restore (the file store), as the operator sees it done.
        for (int i = 0; i < plan.steps.size(); ++i)
            if (plan.steps[i].action == RecoveryStep::Action::Restore) {
                steps->setCurrentItem(steps->topLevelItem(i));
                break;
            }
        shoot(wizard, QStringLiteral("4-steps"));
        // Every restore ran through the engine (its evidence names the item, restored and verified).
        for (const RecoveryStep &step : plan.steps)
            if (step.action == RecoveryStep::Action::Restore)
                QVERIFY(wizard.session().journal->state(step.id).evidence.contains(step.item));
        // Everything came back but the Meeting.Active locks, skipped by design.
        QStringList original = test::filesBelow(m_dir.filePath(QStringLiteral("filestore.orig")));
        original.removeIf([](const QString &path) { return path.endsWith(QLatin1String("Meeting.Active")); });
        QCOMPARE(test::filesBelow(m_sample + QStringLiteral("/filestore")), original);
        QVERIFY(QFile::exists(m_sample + QStringLiteral("/databases/rtcxds.sqlite")));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::FinishedPageId));
        shoot(wizard, QStringLiteral("5-finished"));
    }
};

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lync-backup-wizard-test"));
    QStandardPaths::setTestModeEnabled(true);
    lbw::installTranslations(app);
    TestRecoveryWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery_wizard.moc"
