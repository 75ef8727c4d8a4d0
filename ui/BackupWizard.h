#pragma once
// The main window: a QWizard in the manner of Lync's own Deployment Wizard.
// It owns the state shared by its pages and hands it to each of them.

#include <QWizard>

namespace lbw::ui {

class BackupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { StartPageId };

    explicit BackupWizard(QWidget *parent = nullptr);

    // Loads a plan file (for example the sample deployment's); problems are
    // shown on the start page.
    void openPlan(const QString &planFile);

signals:
    void planChanged(const QString &summary);
};

}  // namespace lbw::ui
