#pragma once
// Page 3: the prerequisites for the chosen server (FQDN, domain, the DNS
// records of backup time, SQL Server instances), each pass / FAIL / cannot
// check with what to do, and Re-check. A failed required check keeps Next
// disabled.

#include "recovery/Prerequisites.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lbw::ui {

class ChecksPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ChecksPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void runChecks();
    void showChecks(const QList<PrerequisiteCheck> &checks);

    QTreeWidget *m_checks;
    QLabel *m_detail;  // the chosen check's whole "what to do": rows show its start only
    QPushButton *m_recheck;
    QLabel *m_summary;
    bool m_checked = false;
    bool m_blocked = true;
};

}  // namespace lbw::ui

Q_DECLARE_METATYPE(QList<lbw::PrerequisiteCheck>)
