#include "FinishedPage.h"

#include "Ask.h"
#include "BackupWizard.h"
#include "StatusIcon.h"
#include "TreeRows.h"
#include "WizardModel.h"
#include "backupset/SetLayout.h"
#include "jobs/VerifyJob.h"
#include "location/Prune.h"
#include "schedule/ScheduleInstaller.h"
#include "util/SizeText.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lbw::ui {

FinishedPage::FinishedPage(QWidget *parent)
    : QWizardPage(parent),
      m_headline(new QLabel(this)),
      m_path(new QLabel(this)),
      m_open(new QPushButton(QIcon(QStringLiteral(":/icons/folder.svg")), tr("&Open folder"), this)),
      m_copy(new QPushButton(tr("Cop&y path"), this)),
      m_deletePartial(new QPushButton(tr("&Delete the incomplete folder"), this)),
      m_verify(new QLabel(this)),
      m_items(new QTreeWidget(this)),
      m_advice(new QLabel(this)),
      m_schedule(new QLabel(this)) {
    setTitle(tr("Finished"));
    setFinalPage(true);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("setPath"));
    m_verify->setWordWrap(true);
    m_advice->setWordWrap(true);
    m_schedule->setWordWrap(true);
    m_schedule->setObjectName(QStringLiteral("scheduleResult"));
    m_schedule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_items->setHeaderLabels({tr("Item"), tr("Result"), tr("Files"), tr("Size")});
    m_items->setRootIsDecorated(false);
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setStretchLastSection(false);
    for (int column : {1, 2, 3})
        m_items->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_items->setAccessibleName(tr("Result of each item"));
    keepRowsFittedToWrappedText(m_items, 0);  // an error's path and cause are read whole
    m_deletePartial->setObjectName(QStringLiteral("deletePartial"));
    // Enter on the last page finishes the wizard; it never presses these.
    for (QPushButton *button : {m_open, m_copy, m_deletePartial})
        button->setAutoDefault(false);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_open);
    pathRow->addWidget(m_copy);
    pathRow->addWidget(m_deletePartial);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(pathRow);
    layout->addWidget(m_verify);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_advice);
    layout->addWidget(m_schedule);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QDir::fromNativeSeparators(m_path->text()))); });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_path->text()); });
    connect(m_deletePartial, &QPushButton::clicked, this, &FinishedPage::deleteIncompleteRun);
}

namespace {

// Whether the backup location has run out of room: after a failed run, a
// location with almost nothing left is the cause whatever the error says.
bool locationIsFull(const QString &location) {
    const QStorageInfo storage(location);
    if (!storage.isValid() || !storage.isReady())
        return false;
    const qint64 nearlyFull = qBound<qint64>(1LL << 20, storage.bytesTotal() / 100, 64LL << 20);
    return storage.bytesAvailable() < nearlyFull;
}

bool isIncompleteRun(const QString &path) {
    return path.endsWith(layout::kPartialSuffix) && QFileInfo(path).isDir();
}

}  // namespace

void FinishedPage::initializePage() {
    const WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    m_items->clear();
    if (!model->lastReport)
        return;
    const BackupReport &report = *model->lastReport;
    showHeadline(report);
    m_path->setText(QDir::toNativeSeparators(report.setPath));
    m_open->setEnabled(!report.setPath.isEmpty());
    m_copy->setEnabled(!report.setPath.isEmpty());
    m_deletePartial->setVisible(isIncompleteRun(report.setPath));
    m_deletePartial->setEnabled(true);
    showItems(report);
    installPendingSchedule(report);
}

void FinishedPage::showHeadline(const BackupReport &report) {
    const bool committed =
        report.outcome == BackupOutcome::Succeeded || report.outcome == BackupOutcome::CompletedWithErrors;
    const bool full = !committed && locationIsFull(static_cast<BackupWizard *>(wizard())->model()->location());
    // The page's title says how the run ended, not only that it did.
    switch (report.outcome) {
        case BackupOutcome::Succeeded:
            setTitle(tr("Finished"));
            break;
        case BackupOutcome::CompletedWithErrors:
            setTitle(tr("Finished with errors"));
            break;
        case BackupOutcome::Cancelled:
            setTitle(tr("Cancelled"));
            break;
        case BackupOutcome::Failed:
            setTitle(full ? tr("The backup location is full") : tr("The backup failed"));
            break;
    }
    switch (report.outcome) {
        case BackupOutcome::Succeeded:
            m_headline->setText(tr("The backup is complete and is now $backup."));
            break;
        case BackupOutcome::CompletedWithErrors:
            if (!report.latestProblem.isEmpty())
                // The set is committed: the page must not read as a failure.
                m_headline->setText(tr("%1\nThe set can be restored all the same. Fix the cause; the next backup "
                                       "moves $backup (the file LATEST) forward.")
                                        .arg(report.latestProblem));
            else
                m_headline->setText(report.latestUpdated
                                        ? tr("The backup completed with errors. It is now $backup; see below what "
                                             "was missed.")
                                        : tr("The backup completed with errors: an item failed, so $backup still "
                                             "points at the previous set."));
            break;
        case BackupOutcome::Cancelled:
            m_headline->setText(
                tr("The backup was cancelled. The incomplete folder below is never used for a "
                   "restore; delete it when you like."));
            break;
        case BackupOutcome::Failed:
            m_headline->setText(full
                                    ? tr("The backup failed because the backup location is full; $backup is unchanged. "
                                         "Delete the incomplete folder below to free the space it took, make room "
                                         "(or choose a larger location), then run the backup again.\n%1")
                                          .arg(report.error)
                                    : tr("The backup failed: %1").arg(report.error));
            break;
    }

    if (!committed) {
        m_verify->clear();
    } else if (!report.verify) {
        m_verify->setText(tr("The set was not verified after the backup (check it with lync-backup verify)."));
    } else if (report.verify->cancelled) {
        // Stopped before the end: nothing was found wrong, nothing proved.
        m_verify->setText(
            tr("Not verified: the verification was cancelled. The set is complete; check it when you "
               "like with lync-backup verify."));
    } else if (report.verify->ok()) {
        m_verify->setText(tr("Verified: %Ln files match the manifest.", nullptr, int(report.verify->filesChecked)));
    } else {
        QStringList problems;
        for (const VerifyProblem &problem : report.verify->problems.mid(0, 5))
            problems << QStringLiteral("%1 (%2)").arg(problem.path, verifyProblemKindText(problem.kind));
        m_verify->setText(tr("Verification FAILED: %1. Check the disk of the backup location and run the backup "
                             "again.")
                              .arg(report.verify->fatalError.isEmpty() ? problems.join(QStringLiteral(", "))
                                                                       : report.verify->fatalError));
    }
}

void FinishedPage::showItems(const BackupReport &report) {
    const WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    QStringList advice;
    QSet<QString> reported;
    for (const ManifestItem &item : report.manifest.items) {
        reported.insert(item.name);
        const QString title = model->titleOf(item.name);
        QString result = itemStatusText(item.status);
        if (!item.skipped.isEmpty())
            result = tr("%1 (%n skipped by design)", nullptr, int(item.skipped.size())).arg(result);
        auto *row = new QTreeWidgetItem(m_items, {title, result, countText(item.files), sizeText(item.bytes)});
        row->setIcon(0, statusIcon(statusKindOf(item.status)));
        for (const ItemIssue &issue : item.errors) {
            auto *detail = new QTreeWidgetItem(
                row, {issue.path.isEmpty() ? issue.message : issue.path + QStringLiteral(": ") + issue.message});
            detail->setFirstColumnSpanned(true);
            detail->setToolTip(0, detail->text(0));
        }
        if (!item.skipped.isEmpty())
            row->setToolTip(1, tr("Files named Meeting.Active are locked by running meetings and are not backed up, "
                                  "as the Lync documents prescribe."));
        if (item.status == ItemStatus::Failed)
            advice << tr("%1: fix the cause shown above, then run the backup again.").arg(title);
        else if (item.status == ItemStatus::CompletedWithErrors)
            advice << tr("%1: the files listed above were not backed up; make them readable (or wait until they are "
                         "no longer in use) and run the backup again.")
                          .arg(title);
    }
    // A cancelled or failed run never reached these: they are in no set.
    for (const PlanItem &item : model->plan().items)
        if (!reported.contains(item.name)) {
            //: Result of an item the run never reached (it was cancelled or failed before).
            auto *row = new QTreeWidgetItem(m_items, {item.displayName(), tr("Not started")});
            row->setIcon(0, statusIcon(StatusKind::NotNeeded));
        }
    m_items->expandAll();
    fitRowsToWrappedText(m_items, 0);
    advice << report.notes;  // a failed second copy, old sets not removed, a lock taken over
    m_advice->setText(advice.join(QLatin1Char('\n')));
}

void FinishedPage::deleteIncompleteRun() {
    const QString partial = QDir::fromNativeSeparators(m_path->text());
    if (!askYesNo(this, tr("Delete the incomplete folder?"),
                  tr("Delete %1 and everything in it? It is an unfinished run, never used for a restore; no "
                     "complete set is touched.")
                      .arg(m_path->text())))
        return;
    m_deletePartial->setEnabled(false);
    m_headline->setText(tr("Deleting %1…").arg(m_path->text()));
    const QFileInfo info(partial);
    const QString location = info.absolutePath();
    const QString runName = info.fileName();
    QPointer<FinishedPage> page = this;
    QThreadPool::globalInstance()->start([page, location, runName] {
        const Result<qint64> removed = removeIncompleteRun(BackupLocation(location), runName);
        const QString text =
            removed ? FinishedPage::tr("The incomplete folder was deleted; %1 were freed.").arg(sizeText(*removed))
                    : FinishedPage::tr("The incomplete folder could not be deleted: %1").arg(removed.errorMessage());
        QMetaObject::invokeMethod(qApp, [page, text, ok = bool(removed)] {
            if (!page)
                return;
            page->m_headline->setText(text);
            page->m_deletePartial->setVisible(!ok);
            page->m_deletePartial->setEnabled(!ok);
            if (ok) {
                page->m_open->setEnabled(false);
                page->m_copy->setEnabled(false);
            }
        });
    });
}

void FinishedPage::installPendingSchedule(const BackupReport &report) {
    WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    m_schedule->clear();
    if (!model->pendingSchedule)
        return;
    const Schedule schedule = *model->pendingSchedule;
    model->pendingSchedule.reset();  // once: Back and a new run choose again
    const bool good = report.latestUpdated && (!report.verify || report.verify->ok());
    if (!good) {
        m_schedule->setText(tr("The schedule (%1) was not installed: this run did not make a good set. Fix what is "
                               "reported above and run the wizard again.")
                                .arg(schedule.describe()));
        return;
    }
    m_schedule->setText(tr("Installing the schedule (%1)…").arg(schedule.describe()));
    // The scheduler runs the command-line program, installed beside the wizard.
    QString program =
        QStandardPaths::findExecutable(QStringLiteral("lync-backup"), {QCoreApplication::applicationDirPath()});
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("lync-backup"));
    if (program.isEmpty()) {
        m_schedule->setText(tr("The schedule could not be installed: the program lync-backup is neither beside the "
                               "wizard (%1) nor on the PATH. Install it, then run: lync-backup schedule install "
                               "--plan \"%2\"")
                                .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()),
                                     QDir::toNativeSeparators(schedule.planPath)));
        return;
    }
    QPointer<QLabel> label = m_schedule;
    QThreadPool::globalInstance()->start([label, schedule, program] {
        const Result<ScheduleInstallation> installed = installSchedule(schedule, QDir::toNativeSeparators(program));
        QString text;
        if (!installed) {
            text = FinishedPage::tr("The schedule could not be installed: %1").arg(installed.errorMessage());
        } else {
            text = FinishedPage::tr(
                       "Scheduled: %1. Next run: %2. The plan is %3; lync-backup schedule show "
                       "tells what is installed, lync-backup schedule remove takes it out.")
                       .arg(schedule.describe(),
                            QLocale().toString(schedule.nextRun(QDateTime::currentDateTime()), QLocale::LongFormat),
                            QDir::toNativeSeparators(schedule.planPath));
            if (!installed->note.isEmpty())
                text += QLatin1Char('\n') + installed->note;
        }
        // qApp as the context: the label may be gone by now, and is checked on the GUI thread.
        QMetaObject::invokeMethod(qApp, [label, text] {
            if (label)
                label->setText(text);
        });
    });
}

}  // namespace lbw::ui
