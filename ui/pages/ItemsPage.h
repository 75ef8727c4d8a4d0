#pragma once
// What to back up: the catalog as a tree grouped by pool or server, with a
// check box per item. Required items stay checked and say why; sizes are
// filled in as they are measured (off the GUI thread).

#include <QHash>
#include <QSet>
#include <QWizardPage>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace lbw::ui {

class ItemsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ItemsPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

signals:
    void problemsChanged();

private:
    void measureSizes();

    QTreeWidget *m_tree;
    QLabel *m_summary;
    QLabel *m_problems;
    QHash<QString, QTreeWidgetItem *> m_rows;
    int m_generation = 0;
    QSet<QString> m_cannotRun;  // items whose check failed: a run of only these would do nothing
};

}  // namespace lbw::ui
