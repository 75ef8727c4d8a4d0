#pragma once
// The result: per item, the new $backup with buttons to open the folder and
// copy the path, the verification, and what to do about what failed.

#include <QWizardPage>

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
    QLabel *m_headline;
    QLabel *m_path;
    QPushButton *m_open;
    QPushButton *m_copy;
    QLabel *m_verify;
    QTreeWidget *m_items;
    QLabel *m_advice;
};

}  // namespace lbw::ui
