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

    void done(int result) override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool confirmStopTask();

    RecoverySession m_session;
    TaskRunner *m_runner;
};

}  // namespace lbw::ui
