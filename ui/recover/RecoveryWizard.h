#pragma once
// The recovery wizard: a rebuilt server, step by step, back to its data. In
// the manner of Lync's Deployment Wizard: a list of steps, each with its
// status, a Run or Check button and what it did.

#include "recover/RecoverySession.h"

#include <QWizard>

namespace lbw::ui {

class TaskRunner;

class RecoveryWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SetPageId, ServerPageId, ChecksPageId, StepsPageId, FinishedPageId };

    explicit RecoveryWizard(QWidget *parent = nullptr);
    ~RecoveryWizard() override;

    RecoverySession &session() { return m_session; }
    TaskRunner *runner() const { return m_runner; }

    // Opens at a location or a set folder (lync-backup-wizard --recover SET).
    void openLocation(const QString &path);
    // The server of a recovery being continued from its journal: the server
    // page preselects it instead of this computer's name.
    QString resumeServer() const { return m_resumeServer; }

    void done(int result) override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool confirmStopTask();
    // After a reboot: offers the newest unfinished recovery of the journals
    // (of the set given, if one was); continuing verifies the set again and
    // re-runs every check on the way to the steps.
    void offerToResume();

    RecoverySession m_session;
    TaskRunner *m_runner;
    QString m_resumeServer;
    bool m_resumeOffered = false;
};

}  // namespace lbw::ui
