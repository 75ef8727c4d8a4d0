#include "ProgressPage.h"

#include "Ask.h"
#include "BackupRunner.h"
#include "BackupWizard.h"
#include "ProgressText.h"
#include "WizardModel.h"
#include "util/SizeText.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {
namespace {

enum Column { NameColumn, StatusColumn, BarColumn };
constexpr int kBarSteps = 1000;

int barValue(qint64 done, qint64 total) {
    return total > 0 ? int(qBound<qint64>(0, done * kBarSteps / total, qint64(kBarSteps))) : 0;
}

}  // namespace

ProgressPage::ProgressPage(QWidget *parent)
    : QWizardPage(parent),
      m_items(new QTreeWidget(this)),
      m_overall(new QProgressBar(this)),
      m_stats(new QLabel(this)),
      m_stage(new QLabel(this)),
      m_log(new QPlainTextEdit(this)),
      m_cancel(new QPushButton(tr("Cancel the &backup"), this)) {
    setTitle(tr("Backing up"));
    setSubTitle(tr("The backup runs in the background; this window stays usable."));
    m_items->setHeaderLabels({tr("Item"), tr("Status"), tr("Progress")});
    m_items->setRootIsDecorated(false);
    m_items->setAccessibleName(tr("Items of the backup"));
    m_items->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_items->header()->setStretchLastSection(false);
    m_items->header()->resizeSection(BarColumn, 160);
    m_overall->setRange(0, kBarSteps);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_stage->setWordWrap(true);
    m_stage->setObjectName(QStringLiteral("stage"));
    // Not word-wrapped: it changes ten times a second, and a wrapped label
    // lays the whole page out again at every change. Its text is short.
    m_stats->setObjectName(QStringLiteral("stats"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);  // a store with many errors must not grow this without end
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setPlaceholderText(tr("The backup log appears here."));
    m_log->setAccessibleName(tr("Backup log"));
    // A Tab stop (the keyboard scrolls it) that shows when it has the focus.
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setStyleSheet(QStringLiteral("QPlainTextEdit#log:focus { border: 1px solid palette(highlight); }"));
    m_cancel->setObjectName(QStringLiteral("cancelBackup"));
    m_cancel->setAutoDefault(false);
    auto *statsRow = new QHBoxLayout;
    statsRow->addWidget(m_stats, 1);
    statsRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_items, 2);
    layout->addWidget(m_stage);
    layout->addWidget(m_overall);
    layout->addLayout(statsRow);
    layout->addWidget(m_log, 1);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressPage::askToCancel);
}

void ProgressPage::askToCancel() {
    BackupRunner *runner = static_cast<BackupWizard *>(wizard())->runner();
    // A phase runs only once the set is committed: stopping it keeps the set.
    if (!askYesNo(this, tr("Cancel the backup?"),
                  m_phase ? tr("Stop now? The new set is already complete and is kept; only the verification or "
                               "the copy to the second location stops.")
                          : tr("Stop the backup now? What it wrote so far is left as a .partial folder, which is "
                               "never used for a restore. The backup goes on while this question is open: if it "
                               "finishes first, its set is kept.")))
        return;
    if (!runner->isRunning())  // it finished while the question was open
        return;
    runner->cancel();
    m_cancel->setEnabled(false);
    m_stage->setText(tr("Cancelling: the run stops at the next file."));
}

void ProgressPage::addRow(const QString &title) {
    auto *row = new QTreeWidgetItem(m_items, {title, QString()});
    auto *bar = new QProgressBar(m_items);
    bar->setRange(0, kBarSteps);
    bar->setValue(0);
    bar->setTextVisible(false);
    bar->setAccessibleName(tr("Progress of %1").arg(title));
    m_items->setItemWidget(row, BarColumn, bar);
    m_rowBars << bar;
    m_rowStarted << false;
    //: Status of an item (or of the verification) that has not started yet, in the run's list.
    setRowState(m_items->topLevelItemCount() - 1, StatusKind::Pending, tr("Waiting"));
}

void ProgressPage::setRowState(int index, StatusKind kind, const QString &text) {
    QTreeWidgetItem *row = m_items->topLevelItem(index);
    if (!row)
        return;
    row->setIcon(NameColumn, statusIcon(kind));
    row->setText(StatusColumn, text);
}

void ProgressPage::initializePage() {
    auto *wizardWindow = static_cast<BackupWizard *>(wizard());
    const BackupPlan plan = wizardWindow->model()->plan();
    m_items->clear();
    m_rowBars.clear();
    m_rowStarted.clear();
    for (const PlanItem &item : plan.items)
        addRow(item.displayName());
    m_verifyRow = m_copyRow = -1;
    if (plan.verifyAfterBackup) {
        m_verifyRow = m_items->topLevelItemCount();
        addRow(tr("Verify the new set"));
    }
    if (!plan.secondaryLocation.isEmpty()) {
        m_copyRow = m_items->topLevelItemCount();
        addRow(tr("Copy the set to %1").arg(QDir::toNativeSeparators(plan.secondaryLocation)));
    }
    m_phasesLeft = (m_verifyRow >= 0 ? 1 : 0) + (m_copyRow >= 0 ? 1 : 0);
    m_phase.reset();
    m_doneBeforePhase = m_backupBytes = 0;
    m_log->clear();
    // Until the first item starts the sources are being measured: a busy
    // bar, not a 0% that looks stuck.
    m_overall->setRange(0, 0);
    m_stats->setText(tr("Measuring the data to back up…"));
    m_finished = false;
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_currentRow = -1;
    if (m_cancelText.isEmpty())
        m_cancelText = wizard()->buttonText(QWizard::CancelButton);
    wizard()->setButtonText(QWizard::CancelButton, m_cancelText);

    BackupRunner *runner = wizardWindow->runner();
    runner->disconnect(this);
    connect(runner, &BackupRunner::stageChanged, this, [this](const QString &text) {
        if (m_cancel->isEnabled() || m_finished)  // "Cancelling" stays until the run has stopped
            m_stage->setText(text);
    });
    connect(runner, &BackupRunner::itemStarted, this, [this](int index, const QString &) { onItemStarted(index); });
    connect(runner, &BackupRunner::itemFinished, this, &ProgressPage::onItemFinished);
    connect(runner, &BackupRunner::phaseStarted, this, &ProgressPage::onPhaseStarted);
    connect(runner, &BackupRunner::progressed, this, &ProgressPage::onProgress);
    connect(runner, &BackupRunner::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(runner, &BackupRunner::finished, this, &ProgressPage::onFinished);
    runner->start(plan, wizardWindow->model()->knownEstimates(plan.items));
}

void ProgressPage::cleanupPage() {
    if (!m_cancelText.isEmpty())
        wizard()->setButtonText(QWizard::CancelButton, m_cancelText);
    QWizardPage::cleanupPage();
}

void ProgressPage::onItemStarted(int index) {
    m_overall->setRange(0, kBarSteps);
    m_currentRow = index;
    if (index < m_rowStarted.size())
        m_rowStarted[index] = true;
    //: Status of the item being backed up now.
    setRowState(index, StatusKind::Running, tr("Running"));
    if (QTreeWidgetItem *row = m_items->topLevelItem(index))
        m_items->scrollToItem(row);
}

void ProgressPage::onItemFinished(int index, const ManifestItem &result) {
    setRowState(index, statusKindOf(result.status), itemStatusText(result.status));
    if (QTreeWidgetItem *row = m_items->topLevelItem(index); row && !result.errors.isEmpty())
        row->setToolTip(StatusColumn, result.errors.first().message);
    // Only what was backed up fills a bar: a failed or cancelled item keeps
    // the share it reached.
    if (QProgressBar *bar = m_rowBars.value(index);
        bar && (result.status == ItemStatus::Ok || result.status == ItemStatus::CompletedWithErrors))
        bar->setValue(kBarSteps);
}

void ProgressPage::onPhaseStarted(JobPhase phase) {
    m_overall->setRange(0, kBarSteps);
    if (m_phase)  // the phase before this one has ended
        m_doneBeforePhase += m_backupBytes;
    else
        m_doneBeforePhase = m_backupBytes;
    m_phase = phase;
    m_phasesLeft = qMax(0, m_phasesLeft - 1);
    m_currentRow = phase == JobPhase::Verification ? m_verifyRow : m_copyRow;
    if (m_currentRow >= 0 && m_currentRow < m_rowStarted.size()) {
        m_rowStarted[m_currentRow] = true;
        setRowState(m_currentRow, StatusKind::Running, tr("Running"));
    }
}

void ProgressPage::onProgress(const ProgressSnapshot &p) {
    if (!m_phase) {
        if (p.itemIndex >= 0 && p.itemIndex == m_currentRow && p.itemBytesTotal > 0)
            if (QProgressBar *bar = m_rowBars.value(p.itemIndex))
                bar->setValue(barValue(p.itemBytesDone, p.itemBytesTotal));
        m_backupBytes = qMax(p.bytesTotal, p.bytesDone);
        if (m_overall->maximum() > 0)
            m_overall->setValue(barValue(p.bytesDone, p.bytesTotal + qint64(m_phasesLeft) * p.bytesTotal));
    } else {
        // A phase after the items reports its own totals, without an item.
        if (QProgressBar *bar = m_rowBars.value(m_currentRow))
            bar->setValue(barValue(p.bytesDone, p.bytesTotal));
        m_overall->setValue(barValue(m_doneBeforePhase + p.bytesDone,
                                     m_doneBeforePhase + p.bytesTotal + qint64(m_phasesLeft) * m_backupBytes));
    }
    m_stats->setText(progressStatsText(p));
}

void ProgressPage::onFinished(const BackupReport &report) {
    auto *wizardWindow = static_cast<BackupWizard *>(wizard());
    wizardWindow->model()->lastReport = report;
    m_finished = true;
    m_cancel->hide();
    m_overall->setRange(0, kBarSteps);
    // Whatever did not start says so, and is listed on the next page too.
    for (int row = 0; row < m_rowStarted.size(); ++row)
        if (!m_rowStarted[row])
            //: Status of an item the run never reached (it was cancelled or failed before).
            setRowState(row, StatusKind::NotNeeded, tr("Not started"));
    showPhaseResults(report);
    showSummary(report);
    switch (report.outcome) {
        case BackupOutcome::Succeeded:
            m_stage->setText(report.stoppedAfterCommit
                                 ? tr("The backup is complete; what came after it was cancelled (see the next page).")
                                 : tr("The backup is complete."));
            m_overall->setValue(kBarSteps);
            break;
        case BackupOutcome::CompletedWithErrors:
            m_stage->setText(tr("The backup completed with errors; see the next page."));
            break;
        case BackupOutcome::Cancelled:
            m_stage->setText(tr("Cancelled. Only an incomplete .partial folder was left."));
            break;
        case BackupOutcome::Failed:
            m_stage->setText(tr("The backup failed: %1").arg(report.error));
            break;
    }
    // Nothing is left to cancel: the window's button closes it.
    //: The wizard's Cancel button once the run has ended: it closes the window.
    wizard()->setButtonText(QWizard::CancelButton, tr("Close"));
    emit completeChanged();
}

void ProgressPage::showPhaseResults(const BackupReport &report) {
    if (m_verifyRow >= 0 && report.verify) {
        const VerifyReport &verify = *report.verify;
        if (verify.cancelled)
            setRowState(m_verifyRow, StatusKind::Cancelled, tr("Not verified (cancelled)"));
        else if (verify.ok())
            //: Status of the verification of the new set (the set is masculine in pt-BR: o conjunto).
            setRowState(m_verifyRow, StatusKind::Ok, tr("Verified"));
        else
            setRowState(m_verifyRow, StatusKind::Failed, tr("Verification failed"));
        if (verify.ok())
            m_rowBars.value(m_verifyRow)->setValue(kBarSteps);
    }
    if (m_copyRow >= 0 && report.secondCopy) {
        const CopyReport &copy = *report.secondCopy;
        if (copy.outcome == CopyReport::Outcome::Cancelled)
            setRowState(m_copyRow, StatusKind::Cancelled, itemStatusText(ItemStatus::Cancelled));
        else if (copy.ok())
            //: Status of the copy of the set to the second location.
            setRowState(m_copyRow, StatusKind::Ok, tr("Copied"));
        else
            setRowState(m_copyRow, StatusKind::Failed, itemStatusText(ItemStatus::Failed));
        if (copy.ok())
            m_rowBars.value(m_copyRow)->setValue(kBarSteps);
    }
}

void ProgressPage::showSummary(const BackupReport &report) {
    // The rate and time left of the last phase mean nothing once the run
    // has ended: say what was backed up, and how long it took.
    qint64 bytes = 0;
    qint64 files = 0;
    for (const ManifestItem &item : report.manifest.items) {
        bytes += item.bytes;
        files += item.files;
    }
    const bool committed =
        report.outcome == BackupOutcome::Succeeded || report.outcome == BackupOutcome::CompletedWithErrors;
    if (committed && report.manifest.startedUtc.isValid() && report.manifest.finishedUtc.isValid())
        m_stats->setText(tr("%1 in %2 files, backed up in %3")
                             .arg(sizeText(bytes), countText(files),
                                  durationText(report.manifest.startedUtc.secsTo(report.manifest.finishedUtc))));
    else
        m_stats->clear();
}

}  // namespace lbw::ui
