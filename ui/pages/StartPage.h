#pragma once
// First page: the operator chooses what to do, as on the Deployment Wizard's
// start screen, and sees when the last good backup was taken.

#include <QWizardPage>

class QLabel;

namespace lbw {
struct LocationStatus;
}

namespace lbw::ui {

class StartPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override { return m_chosen; }
    int nextId() const override;

private:
    // Each location used recently, read off the GUI thread.
    void showLastBackups(const QStringList &locations);
    // The location at a glance, as lync-backup status tells it (HTML).
    static QString describeStatus(const LocationStatus &status);

    QLabel *m_lastBackup;
    bool m_chosen = false;
};

}  // namespace lbw::ui
