#include "ProgressPage.h"

#include "Ask.h"
#include "BackupRunner.h"
#include "BackupWizard.h"
#include "ProgressText.h"
#include "StatusIcon.h"
#include "WizardModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {
namespace {

enum Column { NameColumn, StatusColumn, BarColumn };

}  // namespace

ProgressPage::ProgressPage(QWidget *parent)
    : QWizardPage(parent),
      m_items(new QTreeWidget(this)),
      m_overall(new QProgressBar(this)),
      m_stats(new QLabel(this)),
      m_stage(new QLabel(this)),
      m_log(new QPlainTextEdit(this)),
      m_cancel(new QPushButton(tr("Cancel the backup"), this)) {
    setTitle(tr("Backing up"));
    setSubTitle(tr("The backup runs in the background; this window stays usable."));
    m_items->setHeaderLabels({tr("Item"), tr("Status"), tr("Progress")});
    m_items->setRootIsDecorated(false);
    m_items->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_items->header()->setStretchLastSection(false);
    m_items->header()->resizeSection(BarColumn, 180);
    m_overall->setRange(0, 1000);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);  // a store with many errors must not grow this without end
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setPlaceholderText(tr("The backup log appears here."));
    m_cancel->setObjectName(QStringLiteral("cancelBackup"));
    auto *statsRow = new QHBoxLayout;
    statsRow->addWidget(m_stats, 1);
    statsRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_items, 2);
    layout->addWidget(m_stage);
    layout->addWidget(m_overall);
    layout->addLayout(statsRow);
    layout->addWidget(m_log, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (askYesNo(this, tr("Cancel the backup?"),
                     tr("Stop the backup now? What it wrote so far is left as a .partial folder, which is never "
                        "used for a restore. The backup goes on while this question is open: if it finishes "
                        "first, its set is kept.")))
            static_cast<BackupWizard *>(wizard())->runner()->cancel();
    });
}

void ProgressPage::initializePage() {
    auto *wizardWindow = static_cast<BackupWizard *>(wizard());
    const BackupPlan plan = wizardWindow->model()->plan();
    m_items->clear();
    m_itemBars.clear();
    for (const PlanItem &item : plan.items) {
        auto *row = new QTreeWidgetItem(m_items, {wizardWindow->model()->titleOf(item.name), tr("waiting")});
        row->setIcon(NameColumn, statusIcon(StatusKind::Pending));
        auto *bar = new QProgressBar(m_items);
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setTextVisible(false);
        m_items->setItemWidget(row, BarColumn, bar);
        m_itemBars << bar;
    }
    m_log->clear();
    m_overall->setValue(0);
    m_stats->clear();
    m_finished = false;
    m_cancel->setEnabled(true);
    m_currentItem = -1;

    BackupRunner *runner = wizardWindow->runner();
    runner->disconnect(this);
    connect(runner, &BackupRunner::stageChanged, m_stage, &QLabel::setText);
    connect(runner, &BackupRunner::itemStarted, this, [this](int index, const QString &) { onItemStarted(index); });
    connect(runner, &BackupRunner::itemFinished, this, &ProgressPage::onItemFinished);
    connect(runner, &BackupRunner::progressed, this, &ProgressPage::onProgress);
    connect(runner, &BackupRunner::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(runner, &BackupRunner::finished, this, &ProgressPage::onFinished);
    runner->start(plan, wizardWindow->model()->knownEstimates(plan.items));
}

void ProgressPage::onItemStarted(int index) {
    m_currentItem = index;
    if (QTreeWidgetItem *row = m_items->topLevelItem(index)) {
        row->setIcon(NameColumn, statusIcon(StatusKind::Running));
        row->setText(StatusColumn, tr("running"));
        m_items->scrollToItem(row);
    }
}

void ProgressPage::onItemFinished(int index, const ManifestItem &result) {
    QTreeWidgetItem *row = m_items->topLevelItem(index);
    if (!row)
        return;
    const StatusKind kind = result.status == ItemStatus::Ok                    ? StatusKind::Ok
                            : result.status == ItemStatus::CompletedWithErrors ? StatusKind::Warning
                                                                               : StatusKind::Failed;
    row->setIcon(NameColumn, statusIcon(kind));
    row->setText(StatusColumn, itemStatusText(result.status));
    if (!result.errors.isEmpty())
        row->setToolTip(StatusColumn, result.errors.first().message);
    if (QProgressBar *bar = m_itemBars.value(index))
        bar->setValue(bar->maximum());
}

void ProgressPage::onProgress(const ProgressSnapshot &p) {
    // Verification after the backup reports without an item.
    if (p.itemIndex >= 0 && p.itemIndex == m_currentItem && p.itemBytesTotal > 0)
        if (QProgressBar *bar = m_itemBars.value(p.itemIndex))
            bar->setValue(int(p.itemBytesDone * 1000 / p.itemBytesTotal));
    m_overall->setValue(p.bytesTotal > 0 ? int(p.bytesDone * 1000 / p.bytesTotal) : 0);
    m_stats->setText(progressStatsText(p));
}

void ProgressPage::onFinished(const BackupReport &report) {
    auto *wizardWindow = static_cast<BackupWizard *>(wizard());
    wizardWindow->model()->lastReport = report;
    m_cancel->setEnabled(false);
    m_finished = true;
    // The last progress came from the verification; sum up the backup itself.
    qint64 bytes = 0;
    qint64 files = 0;
    for (const ManifestItem &item : report.manifest.items) {
        bytes += item.bytes;
        files += item.files;
    }
    if (report.manifest.startedUtc.isValid() && report.manifest.finishedUtc.isValid())
        m_stats->setText(tr("%1 in %2 files, backed up in %3")
                             .arg(QLocale().formattedDataSize(bytes))
                             .arg(files)
                             .arg(durationText(report.manifest.startedUtc.secsTo(report.manifest.finishedUtc))));
    switch (report.outcome) {
        case BackupOutcome::Succeeded:
            m_stage->setText(tr("The backup is complete."));
            m_overall->setValue(m_overall->maximum());
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
    emit completeChanged();
}

}  // namespace lbw::ui
