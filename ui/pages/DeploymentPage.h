#pragma once
// Which deployment to back up: a topology (Get-CsTopology -AsXml or .tbxml),
// a saved plan, or the sample deployment; shown as a tree of sites, pools,
// servers, SQL instances and file stores.

#include "util/Result.h"

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace lbw::ui {

class DeploymentPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DeploymentPage(QWidget *parent = nullptr);
    bool isComplete() const override;
    void initializePage() override;
    void openPlanFile(const QString &file);
    void openTopologyFile(const QString &file);
    void openSample(const QString &dir);

private:
    void showResult(const Status &status);
    void rebuildTree();

    QLabel *m_source;
    QLabel *m_error;
    QTreeWidget *m_tree;
};

}  // namespace lbw::ui
