#pragma once
// Page 1: the backup set. A location (the last one is remembered), its
// complete sets with date, size, source host, status and whether each keeps
// a topology, and a verification of the chosen set before anything else.

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lbw::ui {

class RecoveryWizard;

class SetPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SetPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    // Lists the sets of `path`; `preselectSet` is chosen when listed, and
    // verified at once when `verify` (continuing a recovery).
    void setLocation(const QString &path, const QString &preselectSet = {}, bool verify = false);
    QString preselectedSet() const { return m_preselect; }

private:
    RecoveryWizard *recoveryWizard() const;
    void listSets();
    void chooseSet();
    void verifySet();

    QLineEdit *m_location;
    QTreeWidget *m_sets;
    QPushButton *m_verify;
    QProgressBar *m_progress;
    QLabel *m_status;
    QString m_preselect;
    QString m_listedLocation;
    bool m_preselectPending = false;
    bool m_verifyPreselected = false;
    int m_generation = 0;
};

}  // namespace lbw::ui
