#pragma once
// The result: per item, the new $backup with buttons to open the folder and
// copy the path, the verification, and what to do about what failed.

#include <QWizardPage>

namespace lbw {
struct BackupReport;
}

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lbw::ui {

class FinishedPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FinishedPage(QWidget *parent = nullptr);
    void initializePage() override;

private:
    // Installs the schedule chosen on the schedule page once this run made
    // a good set, off the GUI thread (systemctl or schtasks run).
    void installPendingSchedule(const BackupReport &report);
    void showHeadline(const BackupReport &report);
    void showItems(const BackupReport &report);
    // After a failed or cancelled run: removes the .partial folder it left
    // (asked first, done off the GUI thread).
    void deleteIncompleteRun();

    QLabel *m_headline;
    QLabel *m_path;
    QPushButton *m_open;
    QPushButton *m_copy;
    QPushButton *m_deletePartial;
    QLabel *m_verify;
    QTreeWidget *m_items;
    QLabel *m_advice;
    QLabel *m_schedule;  // whether the schedule chosen before the run was installed
};

}  // namespace lbw::ui
