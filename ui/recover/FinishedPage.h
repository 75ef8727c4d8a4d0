#pragma once
// Page 5: every step with its result and time; Save report writes them as
// HTML for the change record.

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace lbw::ui {

class RecoveryFinishedPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryFinishedPage(QWidget *parent = nullptr);
    void initializePage() override;

private:
    QByteArray reportHtml() const;

    QTreeWidget *m_steps;
    QLabel *m_summary;
};

}  // namespace lbw::ui
