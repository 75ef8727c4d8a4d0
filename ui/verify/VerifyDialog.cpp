#include "verify/VerifyDialog.h"

#include "ProgressText.h"
#include "RecentLocations.h"
#include "StatusIcon.h"
#include "jobs/JobObserver.h"
#include "location/BackupLocation.h"
#include "location/VerifyLog.h"
#include "recover/TaskRunner.h"
#include "util/DisplayText.h"
#include "util/SizeText.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace lbw::ui {
namespace {

// A million missing files would make a million rows: the first ones are
// shown, all of them are in the saved report.
constexpr int kProblemRowsPerItem = 500;

constexpr int kPathRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;

struct ListedSets {
    QList<SetSummary> sets;  // newest first
    QString latest;
    QHash<QString, VerifyRecord> verified;
    bool exists = false;
};

StatusKind kindOf(SetVerdict::Result result) {
    switch (result) {
        case SetVerdict::Result::Intact:
            return StatusKind::Ok;
        case SetVerdict::Result::Damaged:
            return StatusKind::Failed;
        case SetVerdict::Result::NotVerified:
            break;
    }
    return StatusKind::Cancelled;
}

}  // namespace

VerifyDialog::VerifyDialog(const QString &location, QWidget *parent)
    : QDialog(parent),
      m_location(new QLineEdit(QDir::toNativeSeparators(location), this)),
      m_browse(new QPushButton(tr("B&rowse…"), this)),
      m_sets(new QTreeWidget(this)),
      m_allSets(new QCheckBox(tr("Verify &all sets of this location"), this)),
      m_stage(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_stats(new QLabel(this)),
      m_results(new QTreeWidget(this)),
      m_summary(new QLabel(this)),
      m_verify(new QPushButton(tr("&Verify"), this)),
      m_cancel(new QPushButton(tr("&Stop"), this)),
      m_save(new QPushButton(tr("Save re&port…"), this)),
      m_copy(new QPushButton(tr("C&opy"), this)),
      m_runner(new TaskRunner(this)) {
    setWindowTitle(tr("Verify a backup"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/verify.svg")));
    resize(900, 640);

    m_location->setObjectName(QStringLiteral("verifyLocation"));
    m_location->setPlaceholderText(tr("A folder or share holding backup sets, e.g. \\\\backup01\\lync"));
    m_sets->setObjectName(QStringLiteral("verifySets"));
    m_sets->setHeaderLabels({tr("Set"), tr("Finished"), tr("Size"), tr("Result of the backup"), tr("Last verified")});
    m_sets->setRootIsDecorated(false);
    m_sets->setAllColumnsShowFocus(true);
    m_sets->header()->setStretchLastSection(true);
    m_sets->setAccessibleName(tr("Sets in this location"));
    m_allSets->setObjectName(QStringLiteral("verifyAllSets"));
    m_stage->setObjectName(QStringLiteral("verifyStage"));
    m_stage->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress of the verification"));
    m_stats->setObjectName(QStringLiteral("verifyStats"));
    m_results->setObjectName(QStringLiteral("verifyResults"));
    m_results->setHeaderLabels({tr("Set, item or file"), tr("Result"), tr("Details")});
    m_results->setAllColumnsShowFocus(true);
    m_results->setColumnWidth(0, 320);
    m_results->header()->setStretchLastSection(true);
    m_results->setAccessibleName(tr("Result of the verification"));
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify->setObjectName(QStringLiteral("verifyStart"));
    m_cancel->setObjectName(QStringLiteral("verifyStop"));
    m_save->setObjectName(QStringLiteral("verifySave"));
    m_copy->setObjectName(QStringLiteral("verifyCopy"));
    m_verify->setDefault(true);
    m_verify->setEnabled(false);
    m_cancel->setEnabled(false);
    m_save->setEnabled(false);
    m_copy->setEnabled(false);

    auto *locationLabel = new QLabel(tr("Backup &location:"), this);
    locationLabel->setBuddy(m_location);
    auto *setsLabel = new QLabel(tr("S&ets in this location (LATEST is the one a restore uses):"), this);
    setsLabel->setBuddy(m_sets);
    auto *resultsLabel = new QLabel(tr("Res&ult:"), this);
    resultsLabel->setBuddy(m_results);

    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(locationLabel);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(locationRow);
    layout->addWidget(setsLabel);
    layout->addWidget(m_sets, 2);
    layout->addWidget(m_allSets);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_stats);
    layout->addWidget(resultsLabel);
    layout->addWidget(m_results, 3);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &VerifyDialog::chooseLocation);
    connect(m_location, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_location->text().trimmed()) != m_verifiedLocation)
            loadSets();
    });
    connect(m_allSets, &QCheckBox::toggled, m_sets, &QWidget::setDisabled);
    connect(m_sets, &QTreeWidget::itemActivated, this, [this] {
        if (m_verify->isEnabled())
            start();
    });
    connect(m_verify, &QPushButton::clicked, this, &VerifyDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancel->setEnabled(false);
        m_stage->setText(tr("Stopping…"));
    });
    connect(m_save, &QPushButton::clicked, this, &VerifyDialog::saveReport);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(verificationReportText(m_verdicts, m_verifiedLocation));
        m_stats->setText(tr("The report is on the clipboard."));
    });
    connect(m_runner, &TaskRunner::stageChanged, m_stage, &QLabel::setText);
    connect(m_runner, &TaskRunner::progressed, this, [this](const ProgressSnapshot &progress) {
        m_progress->setValue(progress.bytesTotal > 0 ? int(1000 * progress.bytesDone / progress.bytesTotal) : 0);
        m_stats->setText(progressStatsText(progress));
    });
    loadSets();
}

void VerifyDialog::done(int result) {
    // Verifying only reads: closing stops it, nothing is lost, nothing to ask.
    if (m_runner->isRunning())
        m_runner->cancel();
    QDialog::done(result);
}

void VerifyDialog::chooseLocation() {
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the backup location"),
                                                             QDir::fromNativeSeparators(m_location->text()));
    if (chosen.isEmpty())
        return;
    m_location->setText(QDir::toNativeSeparators(chosen));
    loadSets();
}

void VerifyDialog::loadSets() {
    const QString location = QDir::fromNativeSeparators(m_location->text().trimmed());
    // A reload after a verification keeps the set the operator had chosen.
    const QString selected = location == m_verifiedLocation && m_sets->currentItem()
                                 ? m_sets->currentItem()->data(0, kNameRole).toString()
                                 : QString();
    m_verifiedLocation = location;
    m_sets->clear();
    m_verify->setEnabled(false);
    if (location.isEmpty()) {
        m_summary->setText(tr("Choose the backup location that holds the sets."));
        emit setsLoaded();
        return;
    }
    if (m_verdicts.isEmpty())  // after a run, its result stays in view
        m_summary->setText(tr("Reading the location…"));
    QPointer<VerifyDialog> self = this;
    // Reading every set's manifest takes a moment on a share: never on this thread.
    QThreadPool::globalInstance()->start([self, location, selected] {
        ListedSets listed;
        listed.exists = QFileInfo(location).isDir();
        if (listed.exists) {
            const BackupLocation backups(location);
            listed.sets = backups.completeSets();
            std::reverse(listed.sets.begin(), listed.sets.end());
            listed.latest = backups.latestSetPath();
            listed.verified = lastVerifications(location);
        }
        // qApp as the context: the dialog may be gone by now, and is checked on the GUI thread.
        QMetaObject::invokeMethod(qApp, [self, location, selected, listed] {
            if (!self || self->m_verifiedLocation != location)
                return;  // closed, or another location was chosen meanwhile
            const QLocale locale;
            QTreeWidgetItem *latestRow = nullptr;
            QTreeWidgetItem *selectedRow = nullptr;
            for (const SetSummary &set : listed.sets) {
                QString verified = VerifyDialog::tr("never");
                StatusKind verifiedKind = StatusKind::Pending;
                if (const auto record = listed.verified.constFind(set.name); record != listed.verified.cend()) {
                    const bool passed = record->result == QLatin1String("passed");
                    verified = (passed ? VerifyDialog::tr("intact, %1") : VerifyDialog::tr("DAMAGED, %1"))
                                   .arg(locale.toString(record->finishedUtc.toLocalTime(), QLocale::ShortFormat));
                    verifiedKind = passed ? StatusKind::Ok : StatusKind::Failed;
                }
                const bool isLatest = set.path == listed.latest;
                auto *row = new QTreeWidgetItem(
                    self->m_sets,
                    {isLatest ? VerifyDialog::tr("%1 (LATEST)").arg(displayText(set.name)) : displayText(set.name),
                     locale.toString(set.finishedUtc.toLocalTime(), QLocale::ShortFormat), sizeText(set.bytes),
                     set.hasErrors ? VerifyDialog::tr("completed with errors") : VerifyDialog::tr("OK"), verified});
                row->setIcon(3, statusIcon(set.hasErrors ? StatusKind::Warning : StatusKind::Ok));
                row->setIcon(4, statusIcon(verifiedKind));
                row->setData(0, kPathRole, set.path);
                row->setData(0, kNameRole, set.name);
                if (isLatest)
                    latestRow = row;
                if (set.name == selected)
                    selectedRow = row;
            }
            for (int column = 0; column < 4; ++column)
                self->m_sets->resizeColumnToContents(column);
            if (selectedRow || latestRow)
                self->m_sets->setCurrentItem(selectedRow ? selectedRow : latestRow);
            else if (self->m_sets->topLevelItemCount() > 0)
                self->m_sets->setCurrentItem(self->m_sets->topLevelItem(0));
            self->m_verify->setEnabled(self->m_sets->topLevelItemCount() > 0 && !self->m_runner->isRunning());
            if (!listed.exists)
                self->m_summary->setText(
                    VerifyDialog::tr("%1 is not a folder this computer can read. Check the path, or that the share "
                                     "is reachable.")
                        .arg(QDir::toNativeSeparators(location)));
            else if (listed.sets.isEmpty())
                self->m_summary->setText(
                    VerifyDialog::tr("%1 holds no complete backup set.").arg(QDir::toNativeSeparators(location)));
            else if (self->m_verdicts.isEmpty())
                self->m_summary->setText(
                    VerifyDialog::tr("Choose a set and click Verify. Every file is read again and compared with "
                                     "the digests written at backup time; nothing is changed."));
            emit self->setsLoaded();
        });
    });
}

void VerifyDialog::setRunning(bool running) {
    m_verify->setEnabled(!running && m_sets->topLevelItemCount() > 0);
    m_cancel->setEnabled(running);
    m_location->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_allSets->setEnabled(!running);
    m_sets->setEnabled(!running && !m_allSets->isChecked());
    m_save->setEnabled(!running && !m_verdicts.isEmpty());
    m_copy->setEnabled(!running && !m_verdicts.isEmpty());
}

void VerifyDialog::start() {
    QList<QPair<QString, QString>> chosen;  // path, name
    if (m_allSets->isChecked()) {
        for (int i = 0; i < m_sets->topLevelItemCount(); ++i)
            chosen << qMakePair(m_sets->topLevelItem(i)->data(0, kPathRole).toString(),
                                m_sets->topLevelItem(i)->data(0, kNameRole).toString());
    } else if (const QTreeWidgetItem *row = m_sets->currentItem()) {
        chosen << qMakePair(row->data(0, kPathRole).toString(), row->data(0, kNameRole).toString());
    }
    if (chosen.isEmpty() || m_runner->isRunning())
        return;
    rememberLocation(m_verifiedLocation);
    m_verdicts.clear();
    m_results->clear();
    m_progress->setValue(0);
    m_stats->clear();
    m_summary->setText(tr("Verifying…"));
    setRunning(true);

    auto collected = std::make_shared<QList<SetVerdict>>();
    connect(
        m_runner, &TaskRunner::finished, this,
        [this, collected] {
            m_verdicts = *collected;
            setRunning(false);
            showResults();
            loadSets();  // the "Last verified" column now has this run
            emit verificationEnded();
        },
        Qt::SingleShotConnection);
    m_runner->start([chosen, collected](JobObserver *observer, const CancelToken &cancel) {
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            const auto &[path, name] = chosen[i];
            VerifyReport report;
            report.setPath = path;
            if (cancel.isCancelled()) {
                report.cancelled = true;  // never started: not verified
                *collected << verdictOf(name, report, {});
                continue;
            }
            observer->onStage(
                VerifyDialog::tr("Verifying %1 (set %2 of %3)…").arg(displayText(name)).arg(i + 1).arg(chosen.size()));
            const Result<Manifest> header = Manifest::loadHeader(path);
            report = VerifyJob(path).run(observer, cancel);
            // Kept for the start page, list and status; a read-only share only loses the record.
            (void)recordVerification(report);
            *collected << verdictOf(name, report, header ? header->items : QList<ManifestItem>());
        }
        return StepOutcome{StepOutcome::Kind::Done, QString()};
    });
}

void VerifyDialog::showResults() {
    int intact = 0, damaged = 0, notVerified = 0;
    QTreeWidgetItem *firstDamaged = nullptr;
    for (const SetVerdict &set : m_verdicts) {
        const SetVerdict::Result result = set.result();
        (result == SetVerdict::Result::Intact    ? intact
         : result == SetVerdict::Result::Damaged ? damaged
                                                 : notVerified)++;
        auto *setRow =
            new QTreeWidgetItem(m_results, {displayText(set.setName), verdictResultText(result), verdictSummary(set)});
        setRow->setIcon(1, statusIcon(kindOf(result)));
        setRow->setToolTip(2, verdictSummary(set));
        if (result == SetVerdict::Result::NotVerified || !set.report.fatalError.isEmpty())
            continue;
        for (const ItemVerdict &item : set.items) {
            const bool itemIntact = item.problems.isEmpty();
            auto *itemRow = new QTreeWidgetItem(
                setRow, {item.name.isEmpty() ? tr("The set's own files") : displayText(item.name),
                         verdictResultText(itemIntact ? SetVerdict::Result::Intact : SetVerdict::Result::Damaged),
                         itemIntact ? QString() : tr("Problems: %n", nullptr, int(item.problems.size()))});
            itemRow->setIcon(1, statusIcon(itemIntact ? StatusKind::Ok : StatusKind::Failed));
            for (qsizetype i = 0; i < item.problems.size() && i < kProblemRowsPerItem; ++i) {
                const VerifyProblem &problem = item.problems[i];
                auto *problemRow =
                    new QTreeWidgetItem(itemRow, {problem.path.isEmpty() ? tr("the set") : displayText(problem.path),
                                                  verifyProblemKindText(problem.kind), displayText(problem.detail)});
                problemRow->setToolTip(2, displayText(problem.detail));
                if (!firstDamaged)
                    firstDamaged = problemRow;
            }
            if (item.problems.size() > kProblemRowsPerItem)
                new QTreeWidgetItem(itemRow, {tr("… and %n more: save the report to see every one", nullptr,
                                                 int(item.problems.size() - kProblemRowsPerItem))});
            itemRow->setExpanded(!itemIntact);
        }
        setRow->setExpanded(true);
    }
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
    if (firstDamaged)
        m_results->scrollToItem(firstDamaged);
    m_progress->setValue(notVerified == 0 ? 1000 : m_progress->value());
    if (m_verdicts.size() == 1)
        m_summary->setText(verdictSummary(m_verdicts.first()));
    else
        m_summary->setText(
            tr("Intact: %1. Damaged: %2. Not verified: %3.")
                .arg(QLocale().toString(intact), QLocale().toString(damaged), QLocale().toString(notVerified)));
    m_stage->setText(damaged > 0       ? tr("Damage was found. A damaged set must not be the only copy: take a new "
                                                  "backup now, and keep the damaged set until you know what happened.")
                     : notVerified > 0 ? tr("The verification was stopped; what was not checked is not verified.")
                                       : tr("Done."));
}

void VerifyDialog::saveReport() {
    const QString suggested =
        QDir::home().filePath(m_verdicts.size() == 1 ? QStringLiteral("verify-%1.html").arg(m_verdicts.first().setName)
                                                     : QStringLiteral("verify-report.html"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the verification report"), suggested, tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray html = verificationReportHtml(m_verdicts, m_verifiedLocation).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Save the verification report"),
                             tr("The report could not be saved to %1: %2. Choose another folder.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_stats->setText(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

}  // namespace lbw::ui
