#pragma once
// The run: one row per item with its own status and bar, an overall bar
// with bytes, files, rate and ETA, the live log, and Cancel (which asks,
// then stops cleanly leaving only a .partial folder).

#include "backupset/Manifest.h"
#include "jobs/BackupJob.h"
#include "util/Progress.h"

#include <QList>
#include <QWizardPage>

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
    bool isComplete() const override { return m_finished; }

private:
    void onItemStarted(int index);
    void onItemFinished(int index, const ManifestItem &result);
    void onProgress(const ProgressSnapshot &progress);
    void onFinished(const BackupReport &report);

    QTreeWidget *m_items;
    QList<QProgressBar *> m_itemBars;
    QProgressBar *m_overall;
    QLabel *m_stats;
    QLabel *m_stage;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    bool m_finished = false;
    int m_currentItem = -1;
};

}  // namespace lbw::ui
