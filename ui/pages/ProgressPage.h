#pragma once
// The run: one row per item with its own status and bar, then a row for
// each phase after the items (the verification, the second copy), an
// overall bar with bytes, files, rate and ETA, the live log, and Cancel
// (which asks, then stops cleanly leaving only a .partial folder).

#include "StatusIcon.h"
#include "backupset/Manifest.h"
#include "jobs/BackupJob.h"
#include "jobs/JobObserver.h"
#include "util/Progress.h"

#include <QList>
#include <QWizardPage>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lbw::ui {

class ProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ProgressPage(QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;  // a new run (the wizard restarted): Cancel says Cancel again
    bool isComplete() const override { return m_finished; }

private:
    void askToCancel();
    void addRow(const QString &title);
    void setRowState(int row, StatusKind kind, const QString &text);
    void onItemStarted(int index);
    void onItemFinished(int index, const ManifestItem &result);
    void onPhaseStarted(JobPhase phase);
    void onProgress(const ProgressSnapshot &progress);
    void onFinished(const BackupReport &report);
    void showPhaseResults(const BackupReport &report);
    void showSummary(const BackupReport &report);

    QTreeWidget *m_items;
    QList<QProgressBar *> m_rowBars;
    QList<bool> m_rowStarted;
    QProgressBar *m_overall;
    QLabel *m_stats;
    QLabel *m_stage;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QString m_cancelText;  // the window's Cancel button, which says Close once the run has ended
    bool m_finished = false;
    int m_currentRow = -1;
    // Rows after the items, when the plan has the phase; -1 otherwise.
    int m_verifyRow = -1;
    int m_copyRow = -1;
    // The overall bar spans the items and the phases after them; each phase
    // reads about as many bytes as the backup wrote.
    int m_phasesLeft = 0;
    qint64 m_doneBeforePhase = 0;
    qint64 m_backupBytes = 0;
    std::optional<JobPhase> m_phase;
};

}  // namespace lbw::ui
