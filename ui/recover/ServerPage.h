#pragma once
// Page 2: which machine of the set's topology this computer replaces. The
// one whose FQDN matches this computer is preselected; the page says what
// it hosted and so which of Microsoft's procedures applies.

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace lbw::ui {

class ServerPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ServerPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QTreeWidget *m_machines;
    QLabel *m_procedure;
    int m_generation = 0;
};

}  // namespace lbw::ui
