#pragma once
// The start page's "Verify a backup": choose a location and a set (LATEST
// first) or all of them, re-read every file against the manifest with
// progress and Cancel, and see the result item by item with every missing,
// changed or unexpected file by name; save it as HTML or copy it. Each
// result is recorded in the location (verifications.jsonl) for the start
// page, `list` and `status`. All reading happens off the GUI thread.

#include "jobs/VerificationReport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lbw::ui {

class TaskRunner;

class VerifyDialog : public QDialog {
    Q_OBJECT
public:
    explicit VerifyDialog(const QString &location, QWidget *parent = nullptr);

    void done(int result) override;

    const QList<SetVerdict> &verdicts() const { return m_verdicts; }

signals:
    // After the sets of a location are listed (for tests and screenshots).
    void setsLoaded();
    // After a verification ended: finished, failed or cancelled.
    void verificationEnded();

private:
    void chooseLocation();
    void loadSets();
    void start();
    void showResults();
    void saveReport();
    void setRunning(bool running);

    QLineEdit *m_location;
    QPushButton *m_browse;
    QTreeWidget *m_sets;
    QCheckBox *m_allSets;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QLabel *m_stats;
    QTreeWidget *m_results;
    QLabel *m_summary;
    QPushButton *m_verify;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QPushButton *m_copy;
    TaskRunner *m_runner;
    QList<SetVerdict> m_verdicts;
    QString m_verifiedLocation;
};

}  // namespace lbw::ui
