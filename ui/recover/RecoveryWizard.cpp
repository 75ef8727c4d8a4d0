#include "recover/RecoveryWizard.h"

#include "Ask.h"
#include "recover/ChecksPage.h"
#include "recover/FinishedPage.h"
#include "recover/ServerPage.h"
#include "recover/SetPage.h"
#include "recover/StepsPage.h"
#include "recover/TaskRunner.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace lbw::ui {

RecoveryWizard::RecoveryWizard(QWidget *parent) : QWizard(parent), m_runner(new TaskRunner(this)) {
    setWindowTitle(tr("Lync Backup Wizard: recover a server"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lync-backup-wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SetPageId, new SetPage(this));
    setPage(ServerPageId, new ServerPage(this));
    setPage(ChecksPageId, new ChecksPage(this));
    setPage(StepsPageId, new StepsPage(this));
    setPage(FinishedPageId, new RecoveryFinishedPage(this));
    setStartId(SetPageId);
    setMinimumSize(820, 600);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("recovery/geometry")).toByteArray()))
        resize(960, 680);
}

RecoveryWizard::~RecoveryWizard() {
    QSettings().setValue(QStringLiteral("recovery/geometry"), saveGeometry());
}

void RecoveryWizard::openLocation(const QString &path) {
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    // A set folder holds a manifest; its location is the folder above it.
    if (QFileInfo::exists(path + QStringLiteral("/manifest.json")))
        static_cast<SetPage *>(page(SetPageId))->setLocation(info.absolutePath(), info.absoluteFilePath());
    else
        static_cast<SetPage *>(page(SetPageId))->setLocation(info.absoluteFilePath());
}

void RecoveryWizard::showEvent(QShowEvent *event) {
    QWizard::showEvent(event);
    if (!m_resumeOffered) {
        m_resumeOffered = true;
        // Once the window is up, so the question has its parent on screen.
        QTimer::singleShot(0, this, &RecoveryWizard::offerToResume);
    }
}

void RecoveryWizard::offerToResume() {
    auto *setPage = static_cast<SetPage *>(page(SetPageId));
    const QString givenSet = setPage->preselectedSet();
    for (const JournalSummary &journal : RecoveryJournal::list()) {
        if (journal.finished || journal.setPath.isEmpty() ||
            !QFileInfo::exists(journal.setPath + QStringLiteral("/manifest.json")))
            continue;
        if (!givenSet.isEmpty() && QFileInfo(givenSet) != QFileInfo(journal.setPath))
            continue;
        const bool resume = askYesNo(
            this, tr("Continue the recovery?"),
            tr("The recovery of %1 from the set %2 is not finished (%n steps done, last on %3). Continue it?\n\nThe "
               "set is verified again and every check runs again before the next step.",
               nullptr, journal.stepsDone)
                .arg(journal.server, QDir::toNativeSeparators(journal.setPath),
                     QLocale().toString(journal.updatedUtc.toLocalTime(), QLocale::ShortFormat)));
        if (resume) {
            m_resumeServer = journal.server;
            const QFileInfo set(journal.setPath);
            setPage->setLocation(set.absolutePath(), set.absoluteFilePath(), true);
        }
        return;  // only the newest is offered
    }
}

bool RecoveryWizard::confirmStopTask() {
    if (!m_runner->isRunning())
        return true;
    if (!askYesNo(this, tr("Stop the step?"),
                  tr("A step is running. Stop it? A restore that is stopped leaves nothing in its target, and the "
                     "journal shows the step as interrupted, to be run again.")))
        return false;
    m_runner->cancel();
    return true;
}

void RecoveryWizard::done(int result) {
    if (!confirmStopTask())
        return;
    QWizard::done(result);
}

void RecoveryWizard::closeEvent(QCloseEvent *event) {
    if (!confirmStopTask()) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

}  // namespace lbw::ui
