#pragma once
// Where the sets go: a folder or UNC path, checked live (off the GUI
// thread) as the operator types. Next stays disabled until every required
// check passes.

#include "location/BackupLocation.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace lbw::ui {

class LocationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit LocationPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void scheduleCheck();
    void checkAgainWhenShown(int pageId);
    void runCheck();
    void showChecks(const QString &location, const QList<LocationCheck> &checks, const QStringList &advisory);

    QLineEdit *m_path;
    QTreeWidget *m_checks;
    QLabel *m_failures;
    QLabel *m_preview;
    QTimer *m_debounce;
    int m_generation = 0;
    // The size of the selected items, measured once per selection: a store
    // of millions of files must not be walked again at every keystroke.
    QString m_estimateKey;
    qint64 m_estimate = -1;
    bool m_passed = false;
    QString m_checkedPath;
};

}  // namespace lbw::ui
