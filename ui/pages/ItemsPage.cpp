#include "ItemsPage.h"

#include "BackupWizard.h"
#include "StatusIcon.h"
#include "WizardModel.h"
#include "sources/Source.h"
#include "util/SizeText.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {
namespace {

enum Column { NameColumn, MethodColumn, SizeColumn, NecessityColumn };

// Set on the name of a required item: its box is ticked and cannot be unticked.
constexpr int LockedRole = Qt::UserRole + 1;

// A required item's box is drawn as a disabled one (greyed, ticked) while
// its text stays as readable as the others': it is always backed up, not
// unavailable. The style takes the box's colours from the palette's current
// group and the text's from the item's state.
class LockedCheckDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(LockedRole).toBool())
            option->palette.setCurrentColorGroup(QPalette::Disabled);
    }
};

QString methodOf(const PlanItem &item) {
    if (item.kind == QLatin1String("filestore"))
        return methodText(BackupMethod::FileCopy);
    if (item.kind == QLatin1String("cmdlet"))
        return methodText(BackupMethod::CmdletExport);
    if (item.kind == QLatin1String("sqlserver"))
        return methodText(BackupMethod::SqlBackup);
    if (item.kind == QLatin1String("sqlite"))
        return ItemsPage::tr("SQLite online backup");
    return ItemsPage::tr("pg_dump");
}

}  // namespace

ItemsPage::ItemsPage(QWidget *parent)
    : QWizardPage(parent), m_tree(new QTreeWidget(this)), m_summary(new QLabel(this)), m_problems(new QLabel(this)) {
    setTitle(tr("What to back up"));
    setSubTitle(
        tr("The items the Lync documents call for, grouped by pool and server. Required items are always "
           "backed up; leave out what your retention policy does not need."));
    m_tree->setHeaderLabels({tr("Item"), tr("Method"), tr("Size"), tr("Necessity")});
    m_tree->setObjectName(QStringLiteral("items"));
    m_tree->setAccessibleName(title());
    m_tree->setItemDelegate(new LockedCheckDelegate(m_tree));
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int column : {MethodColumn, SizeColumn, NecessityColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color:#c50f1f"));
    m_problems->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Many items may be unable to run (no PowerShell on this computer): the
    // explanations scroll instead of pushing the tree off the page.
    auto *problemsArea = new QScrollArea(this);
    problemsArea->setWidget(m_problems);
    problemsArea->setWidgetResizable(true);
    problemsArea->setFrameShape(QFrame::NoFrame);
    problemsArea->setMaximumHeight(110);
    problemsArea->setVisible(false);
    problemsArea->setObjectName(QStringLiteral("problems"));
    problemsArea->setAccessibleName(tr("Why items cannot run"));
    // A Tab stop, so that the keyboard can scroll it; a frame shows when it
    // has the focus (without one, nothing would).
    problemsArea->setStyleSheet(
        QStringLiteral("QScrollArea#problems { border: 1px solid transparent; }"
                       "QScrollArea#problems:focus { border: 1px solid palette(highlight); }"));
    connect(this, &ItemsPage::problemsChanged, problemsArea,
            [problemsArea, this] { problemsArea->setVisible(!m_problems->text().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(problemsArea);
    layout->addWidget(m_summary);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *row, int column) {
        const QString name = row->data(NameColumn, Qt::UserRole).toString();
        if (column != NameColumn || name.isEmpty())
            return;
        static_cast<BackupWizard *>(wizard())->model()->setSelected(name, row->checkState(NameColumn) == Qt::Checked);
        emit completeChanged();
    });
}

void ItemsPage::initializePage() {
    WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_rows.clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const PlanItem &item : model->offeredItems()) {
        const QString pool = model->poolOf(item.name);
        QTreeWidgetItem *&group = groups[pool];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {pool});
            group->setIcon(NameColumn, QIcon(QStringLiteral(":/icons/server.svg")));
            group->setFirstColumnSpanned(true);
        }
        const Necessity necessity = model->necessityOf(item.name);
        auto *row = new QTreeWidgetItem(
            group, {model->titleOf(item.name), methodOf(item), QStringLiteral("…"), necessityText(necessity)});
        row->setData(NameColumn, Qt::UserRole, item.name);
        row->setToolTip(NameColumn, item.name + QLatin1Char('\n') + item.path);
        row->setCheckState(NameColumn, model->isSelected(item.name) ? Qt::Checked : Qt::Unchecked);
        if (necessity == Necessity::Required) {
            row->setFlags(row->flags() & ~Qt::ItemIsUserCheckable);
            row->setCheckState(NameColumn, Qt::Checked);
            row->setData(NameColumn, LockedRole, true);
            model->setSelected(item.name, true);  // what the box shows is what runs
            row->setToolTip(NecessityColumn, tr("The Lync documents require this item for a recovery; it is always "
                                                "backed up."));
        }
        m_rows.insert(item.name, row);
    }
    // What setup rebuilds is shown too, unchecked, so nothing seems forgotten.
    for (const CatalogItem &item : model->catalog()) {
        if (item.isBackedUp())
            continue;
        const QString pool = item.pool.isEmpty() ? tr("Deployment-wide") : item.pool;
        QTreeWidgetItem *&group = groups[pool];
        if (!group)
            group = new QTreeWidgetItem(m_tree, {pool});
        auto *row = new QTreeWidgetItem(group, {item.title + QStringLiteral(" (") + item.server + QLatin1Char(')'),
                                                methodText(item.method), QString(), necessityText(item.necessity)});
        row->setToolTip(NameColumn, item.note);
        row->setDisabled(true);
    }
    m_tree->expandAll();
    measureSizes();
    emit completeChanged();
}

void ItemsPage::measureSizes() {
    const QList<PlanItem> items = static_cast<BackupWizard *>(wizard())->model()->offeredItems();
    const int generation = ++m_generation;
    m_cannotRun.clear();
    m_problems->clear();
    emit problemsChanged();
    QPointer<ItemsPage> self = this;
    const WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    for (const PlanItem &item : items) {
        // Measured already (by the location page): shown, not walked again.
        if (const std::optional<SourceEstimate> known = model->knownEstimate(item)) {
            m_rows.value(item.name)->setText(SizeColumn, sizeText(known->bytes));
            continue;
        }
        m_rows.value(item.name)->setText(SizeColumn, tr("checking…"));
        // Files are measured; databases and exports are only asked whether
        // they can run (tools installed, server reachable), so a missing
        // PowerShell or driver shows here, before the backup starts.
        QThreadPool::globalInstance()->start([self, item, generation] {
            std::unique_ptr<Source> source = makeSource(item);
            const bool measurable = item.kind == QLatin1String("filestore") || item.kind == QLatin1String("sqlite");
            QString text;
            bool ok = true;
            std::optional<SourceEstimate> measured;
            if (measurable) {
                const Result<SourceEstimate> estimate = source->estimate();
                ok = estimate.ok();
                text = ok ? sizeText(estimate->bytes) : estimate.errorMessage();
                if (ok)
                    measured = *estimate;
            } else {
                const Status ready = source->checkReady();
                ok = ready.ok();
                text = ok ? ItemsPage::tr("measured during the backup") : ready.errorMessage();
            }
            QMetaObject::invokeMethod(self, [self, item, text, ok, measured, generation] {
                if (!self || generation != self->m_generation)
                    return;
                const QString &name = item.name;
                if (measured)
                    static_cast<BackupWizard *>(self->wizard())->model()->rememberEstimate(item, *measured);
                if (QTreeWidgetItem *row = self->m_rows.value(name)) {
                    row->setText(SizeColumn, ok ? text : ItemsPage::tr("cannot run"));
                    row->setToolTip(SizeColumn, text);
                    row->setToolTip(NameColumn, text);
                    if (!ok) {
                        self->m_cannotRun.insert(name);
                        emit self->completeChanged();
                        row->setIcon(SizeColumn, statusIcon(StatusKind::Failed));
                        const QString line = QStringLiteral("%1: %2").arg(row->text(NameColumn), text);
                        self->m_problems->setText(self->m_problems->text().isEmpty()
                                                      ? line
                                                      : self->m_problems->text() + QLatin1Char('\n') + line);
                        emit self->problemsChanged();
                    }
                }
            });
        });
    }
}

bool ItemsPage::isComplete() const {
    const WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    int selected = 0;
    int runnable = 0;
    for (const PlanItem &item : model->offeredItems())
        if (model->isSelected(item.name)) {
            ++selected;
            runnable += m_cannotRun.contains(item.name) ? 0 : 1;
        }
    m_summary->setText(selected > 0 && runnable == 0
                           ? tr("None of the selected items can run on this computer: see why below.")
                           : tr("%n items selected.", nullptr, selected));
    return runnable > 0;
}

}  // namespace lbw::ui
