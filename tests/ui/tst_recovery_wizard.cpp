// The recovery wizard, offscreen, driven with its buttons only: the sample
// deployment backed up, its data moved away (the targets are then clean),
// and the server recovered step by step until the restored data is
// verified; a journal that is offered again after the wizard is closed
// mid-way; an Enterprise back end whose plan differs and whose failed
// prerequisites keep Next disabled. With LBW_SCREENSHOT_DIR set, every page
// is saved as a PNG.
#include "Ask.h"
#include "FocusFrameStyle.h"
#include "common/Translations.h"
#include "jobs/BackupJob.h"
#include "recover/RecoveryWizard.h"
#include "recover/TaskRunner.h"
#include "recovery/HostFacts.h"
#include "sample/SampleDeployment.h"
#include "sample/SampleTopology.h"

#include "Screenshot.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lbw;
using namespace lbw::ui;

namespace {

void shoot(QWizard &wizard, const QString &name) {
    test::saveScreenshot(wizard, QStringLiteral("recovery-") + name);
}

bool clickNext(QWizard &wizard) {
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!QTest::qWaitFor([&] { return next->isEnabled() && next->isVisible(); }, 20000))
        return false;
    next->click();
    return true;
}

QStringList stepIds(const RecoveryPlan &plan) {
    QStringList ids;
    for (const RecoveryStep &step : plan.steps)
        ids << step.id;
    return ids;
}

// Shows the wizard; with a location, opens it and verifies its only set (a
// continued recovery does both by itself).
bool reachVerifiedSet(RecoveryWizard &wizard, const QString &location) {
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return (qWarning("the wizard did not show"), false);
    if (!location.isEmpty()) {
        wizard.openLocation(location);
        auto *sets = wizard.findChild<QTreeWidget *>(QStringLiteral("sets"));
        if (!QTest::qWaitFor([&] { return sets->topLevelItemCount() == 1; }, 20000))
            return (qWarning("the set was not listed"), false);
        sets->setCurrentItem(sets->topLevelItem(0));
        wizard.findChild<QPushButton *>(QStringLiteral("verifySet"))->click();
    }
    if (!QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 60000))
        return (qWarning("the set was not verified"), false);
    return true;
}

// Set page -> verified set -> server page -> checks -> steps page.
bool reachSteps(RecoveryWizard &wizard, const QString &location, bool screenshots) {
    if (!reachVerifiedSet(wizard, location))
        return false;
    if (screenshots)
        shoot(wizard, QStringLiteral("1-set"));
    auto *machines = wizard.findChild<QTreeWidget *>(QStringLiteral("machines"));
    if (!clickNext(wizard) || wizard.currentId() != RecoveryWizard::ServerPageId ||
        !QTest::qWaitFor([&] { return machines->currentItem() != nullptr; }, 20000))
        return (qWarning("the server page did not preselect this computer"), false);
    if (screenshots)
        shoot(wizard, QStringLiteral("2-server"));
    if (!clickNext(wizard) || wizard.currentId() != RecoveryWizard::ChecksPageId) {
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            qWarning("%s", qPrintable(label->text()));
        return (qWarning("stopped before the checks: page %d", wizard.currentId()), false);
    }
    if (!QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000))
        return (qWarning("the checks did not pass"), false);
    if (screenshots)
        shoot(wizard, QStringLiteral("3-checks"));
    return clickNext(wizard) && wizard.currentId() == RecoveryWizard::StepsPageId;
}

}  // namespace

class TestRecoveryWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_enterpriseLocation;
    QStringList m_standardEditionSteps;

    StepState journalState(RecoveryWizard &wizard, const QString &id) {
        wizard.session().rereadJournal();
        return wizard.session().journal->state(id);
    }

private slots:
    void initTestCase() {
        if (sampleServerFqdn() != HostFacts::ofThisMachine().fqdn.toLower())
            QSKIP("This computer's name is not a valid host name, so the sample's server cannot be this computer.");
        m_sample = m_dir.filePath(QStringLiteral("sample"));
        SampleOptions options;
        options.fileCount = 60;
        Result<QString> planFile = createSampleDeployment(m_sample, options);
        QVERIFY(planFile);
        Result<BackupPlan> plan = BackupPlan::load(*planFile);
        QVERIFY(plan);
        const BackupReport report = BackupJob(*plan).run(nullptr, {});
        QCOMPARE(report.outcome, BackupOutcome::Succeeded);
        // A second set that keeps an Enterprise Edition topology (front end
        // pool, SQL back end, file server), none of whose machines is this computer.
        m_enterpriseLocation = m_dir.filePath(QStringLiteral("enterprise-backups"));
        BackupPlan enterprise = *plan;
        enterprise.location = m_enterpriseLocation;
        enterprise.topology = QStringLiteral(LBW_TEST_DATA "/topology-ee.xml");
        QCOMPARE(BackupJob(enterprise).run(nullptr, {}).outcome, BackupOutcome::Succeeded);
        // The rebuilt server has no data yet: move it away, keep it to compare.
        QVERIFY(
            QDir().rename(m_sample + QStringLiteral("/filestore"), m_dir.filePath(QStringLiteral("filestore.orig"))));
        QVERIFY(
            QDir().rename(m_sample + QStringLiteral("/databases"), m_dir.filePath(QStringLiteral("databases.orig"))));
        QVERIFY(QDir().mkpath(m_sample + QStringLiteral("/databases")));
    }

    // Each test keeps its own journals; no question is answered by default.
    void init() {
        qputenv("LBW_STATE_DIR",
                m_dir.filePath(QStringLiteral("state-") + QString::fromLatin1(QTest::currentTestFunction())).toUtf8());
        answerQuestionsWith(false);
    }

    void aClosedRecoveryIsOfferedAgainWithItsChecksRerun() {
        int firstOpen = -1;
        QDateTime verifiedBefore;
        {
            RecoveryWizard wizard;
            QVERIFY(reachSteps(wizard, m_sample + QStringLiteral("/backups"), false));
            // The set page's verification and the prerequisites page are the
            // plan's first two steps: recorded as such, not run twice.
            const StepState verified = journalState(wizard, QStringLiteral("verify-set"));
            QCOMPARE(verified.state, StepState::State::Done);
            QVERIFY(!verified.evidence.isEmpty());
            QVERIFY2(verified.log.contains(
                         QCoreApplication::translate("RecoverySession", "Verified on the wizard's Backup set page.")),
                     qPrintable(verified.log));
            QCOMPARE(journalState(wizard, QStringLiteral("this-computer")).state, StepState::State::Done);
            auto *steps = wizard.findChild<QTreeWidget *>(QStringLiteral("steps"));
            firstOpen = steps->indexOfTopLevelItem(steps->currentItem());
            QCOMPARE(firstOpen, stepIds(*wizard.session().plan).indexOf(QStringLiteral("this-computer")) + 1);
            QCOMPARE(steps->topLevelItem(0)->text(1), stepStateText(StepState::State::Done));
            verifiedBefore = verified.atUtc;
            // One step marked by hand, by keyboard (Alt+M is "Mark as done"
            // in both languages), then the window closes.
            QApplication::setActiveWindow(&wizard);
            QTest::keyClick(&wizard, Qt::Key_M, Qt::AltModifier);
            QTRY_COMPARE_WITH_TIMEOUT(steps->indexOfTopLevelItem(steps->currentItem()), firstOpen + 1, 5000);
            QCOMPARE(journalState(wizard, wizard.session().plan->steps[firstOpen].id).state, StepState::State::Done);
        }
        QTest::qWait(20);           // a later timestamp for the checks run again
        answerQuestionsWith(true);  // "Continue the recovery?"
        RecoveryWizard reopened;
        // No location given: the journal's set is listed, chosen and verified by itself.
        QVERIFY(reachSteps(reopened, QString(), false));
        auto *steps = reopened.findChild<QTreeWidget *>(QStringLiteral("steps"));
        QCOMPARE(steps->indexOfTopLevelItem(steps->currentItem()), firstOpen + 1);
        QVERIFY(journalState(reopened, QStringLiteral("verify-set")).atUtc > verifiedBefore);
        QVERIFY(journalState(reopened, QStringLiteral("this-computer")).atUtc > verifiedBefore);
    }

    void aWholeRecoveryWithTheButtonsOnly() {
        RecoveryWizard wizard;
        QVERIFY(reachSteps(wizard, m_sample + QStringLiteral("/backups"), true));
        auto *steps = wizard.findChild<QTreeWidget *>(QStringLiteral("steps"));
        auto *run = wizard.findChild<QPushButton *>(QStringLiteral("runStep"));
        auto *markDone = wizard.findChild<QPushButton *>(QStringLiteral("markDone"));
        const RecoveryPlan plan = *wizard.session().plan;
        m_standardEditionSteps = stepIds(plan);
        QCOMPARE(steps->topLevelItemCount(), plan.steps.size());
        bool restoreShown = false;
        for (int i = 0; i < plan.steps.size(); ++i) {
            steps->setCurrentItem(steps->topLevelItem(i));
            const RecoveryStep &step = plan.steps[i];
            if (journalState(wizard, step.id).state == StepState::State::Done)
                continue;
            if (step.id == QLatin1String("certificates")) {
                // A certificate for another server is refused, and why is shown.
                auto *file = wizard.findChild<QLineEdit *>(QStringLiteral("certificateFile"));
                QVERIFY(file->isVisible());
                file->setText(QStringLiteral(LBW_TEST_DATA "/cert-se01.pem"));
                run->click();
                QTRY_VERIFY_WITH_TIMEOUT(!wizard.runner()->isRunning() && steps->isEnabled(), 20000);
                const StepState refused = journalState(wizard, step.id);
                QCOMPARE(refused.state, StepState::State::Failed);
                QVERIFY2(refused.message.contains(QLatin1String("se01.corp.example")) &&
                             refused.message.contains(plan.server),
                         qPrintable(refused.message));
                QCOMPARE(steps->topLevelItem(i)->text(1), stepStateText(StepState::State::Failed));
                shoot(wizard, QStringLiteral("4b-certificate-refused"));
                markDone->click();  // the operator assigned the right one in the Deployment Wizard
                continue;
            }
            if (run->isVisible()) {
                run->click();
                // Until its end is handled (a queued signal, so not before
                // events run), the list shows the step in progress and the
                // page cannot be left.
                if (step.action == RecoveryStep::Action::Restore && !restoreShown) {
                    QCOMPARE(steps->topLevelItem(i)->text(1),
                             QCoreApplication::translate("lbw::ui::StepsPage", "in progress"));
                    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
                    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
                    QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("cancelStep"))->isVisible());
                    restoreShown = true;
                }
                QTRY_VERIFY_WITH_TIMEOUT(!wizard.runner()->isRunning(), 60000);
                QTRY_VERIFY_WITH_TIMEOUT(steps->isEnabled(), 5000);
                const StepState state = journalState(wizard, step.id);
                QVERIFY2(state.state == StepState::State::Done,
                         qPrintable(step.id + QStringLiteral(": ") + state.message));
                QCOMPARE(steps->topLevelItem(i)->text(1), stepStateText(StepState::State::Done));
            } else {
                markDone->click();
            }
        }
        QVERIFY(restoreShown);
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
                QVERIFY(journalState(wizard, step.id).evidence.contains(step.item));
        // Everything came back but the Meeting.Active locks, skipped by design.
        QStringList original = test::filesBelow(m_dir.filePath(QStringLiteral("filestore.orig")));
        original.removeIf([](const QString &path) { return path.endsWith(QLatin1String("Meeting.Active")); });
        QCOMPARE(test::filesBelow(m_sample + QStringLiteral("/filestore")), original);
        for (const QString &file : original)
            QCOMPARE(test::readFile(m_sample + QStringLiteral("/filestore/") + file),
                     test::readFile(m_dir.filePath(QStringLiteral("filestore.orig/")) + file));
        QVERIFY(QFile::exists(m_sample + QStringLiteral("/databases/rtcxds.sqlite")));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::FinishedPageId));
        shoot(wizard, QStringLiteral("5-finished"));
        // A finished recovery is not offered to continue.
        const QList<JournalSummary> journals = RecoveryJournal::list();
        QCOMPARE(journals.size(), 1);
        QVERIFY(journals.first().finished);
        QCOMPARE(journals.first().stepsDone, plan.steps.size());
    }

    void anEnterpriseBackEndHasItsOwnStepsAndFailedChecksKeepNextDisabled() {
        QVERIFY2(!m_standardEditionSteps.isEmpty(), "runs after the Standard Edition recovery");
        RecoveryWizard wizard;
        QVERIFY(reachVerifiedSet(wizard, m_enterpriseLocation));
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::ServerPageId));
        auto *machines = wizard.findChild<QTreeWidget *>(QStringLiteral("machines"));
        QTRY_VERIFY_WITH_TIMEOUT(machines->topLevelItemCount() == 7, 20000);
        // No machine of that topology is this computer: none is chosen for the operator.
        QVERIFY(!machines->currentItem());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QList<QTreeWidgetItem *> backEnd =
            machines->findItems(QStringLiteral("sqlbe01.corp.example"), Qt::MatchExactly);
        QCOMPARE(backEnd.size(), 1);
        machines->setCurrentItem(backEnd.first());
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::ChecksPageId));
        const QStringList backEndSteps = stepIds(*wizard.session().plan);
        // The checks ran (this computer is not sqlbe01) and Next stays disabled.
        auto *checks = wizard.findChild<QTreeWidget *>(QStringLiteral("checks"));
        QTRY_VERIFY_WITH_TIMEOUT(checks->topLevelItemCount() > 0, 20000);
        QTest::qWait(100);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shoot(wizard, QStringLiteral("3b-checks-failed"));
        // The back end's plan is its own: SQL Server and the databases, not
        // the Standard Edition server's local store and services.
        QVERIFY(backEndSteps != m_standardEditionSteps);
        QVERIFY2(backEndSteps.contains(QStringLiteral("sql-server")), qPrintable(backEndSteps.join(u' ')));
        QVERIFY2(!backEndSteps.contains(QStringLiteral("prepare-first-se")), qPrintable(backEndSteps.join(u' ')));
        QVERIFY2(m_standardEditionSteps.contains(QStringLiteral("prepare-first-se")),
                 qPrintable(m_standardEditionSteps.join(u' ')));
        // Back, and a front end of the same pool: a plan of its own again.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::ServerPageId));
        machines->setCurrentItem(machines->findItems(QStringLiteral("fe01.corp.example"), Qt::MatchExactly).first());
        QVERIFY(clickNext(wizard));
        QVERIFY(stepIds(*wizard.session().plan) != backEndSteps);
        QTRY_VERIFY_WITH_TIMEOUT(checks->topLevelItemCount() > 0, 20000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }
};

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lync-backup-wizard-test"));
    QStandardPaths::setTestModeEnabled(true);
    lbw::installTranslations(app);
    lbw::ui::installFocusFrameStyle(app);
    TestRecoveryWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery_wizard.moc"
