#pragma once
// Page 4: the recovery steps of the chosen server, as the Deployment Wizard
// shows its own: each with its status, the exact commands (Copy), Run or
// Check where this program can do it, Mark as done or Skip with a note where
// the operator does it. A running step shows its progress (bytes, files,
// rate, time left) and can be cancelled.

#include "backupset/Manifest.h"
#include "recovery/RecoveryPlan.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lbw::ui {

class CertificateField;
class ConnectionField;
class RecoveryWizard;

class StepsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StepsPage(QWidget *parent = nullptr);
    void initializePage() override;
    // Not while a step runs: its outcome belongs on this page.
    bool isComplete() const override;

private:
    RecoveryWizard *recoveryWizard() const;
    void refreshStates();
    void showStep();
    void runStep();
    void markStep(bool done);
    int currentIndex() const;
    void showLog();
    // The set's item that a restore step restores, when it connects to a
    // database server; nullptr otherwise.
    const ManifestItem *serverItemOf(const RecoveryStep &step) const;

    QTreeWidget *m_steps;
    QLabel *m_title;
    QLabel *m_description;
    QPlainTextEdit *m_commands;
    QLabel *m_check;
    QLabel *m_state;
    QLineEdit *m_note;
    CertificateField *m_certificate;
    ConnectionField *m_connection;  // for a restore of a database server's item
    QPushButton *m_copy;
    QPushButton *m_run;
    QPushButton *m_markDone;
    QPushButton *m_skip;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_stats;
    QPushButton *m_viewLog;
    int m_runningIndex = -1;  // the step the runner works on, -1 when none
};

}  // namespace lbw::ui
