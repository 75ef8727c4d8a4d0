#include "HistoryDialog.h"

#include "StatusIcon.h"
#include "backupset/SetLayout.h"
#include "location/BackupLocation.h"
#include "util/SizeText.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace lbw::ui {
namespace {

struct History {
    QList<SetSummary> complete;
    QList<SetSummary> unfinished;
};

}  // namespace

HistoryDialog::HistoryDialog(const QString &location, QWidget *parent)
    : QDialog(parent),
      m_location(location),
      m_runs(new QTreeWidget(this)),
      m_summary(new QLabel(this)),
      m_openLog(new QPushButton(tr("Open &log"), this)),
      m_openFolder(new QPushButton(QIcon(QStringLiteral(":/icons/folder.svg")), tr("Open &folder"), this)) {
    setWindowTitle(tr("Backup history"));
    resize(900, 520);
    m_runs->setObjectName(QStringLiteral("historyRuns"));
    m_runs->setAccessibleName(windowTitle());
    m_runs->setHeaderLabels({tr("Started"), tr("Result"), tr("Files"), tr("Size"), tr("New"), tr("Set")});
    m_runs->setRootIsDecorated(false);
    m_runs->setAllColumnsShowFocus(true);
    m_runs->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_openLog->setObjectName(QStringLiteral("openLog"));
    m_openLog->setEnabled(false);
    m_openFolder->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openLog, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Runs in %1, newest first:").arg(QDir::toNativeSeparators(location)), this));
    layout->addWidget(m_runs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_openLog->setEnabled(
            current && QFileInfo::exists(current->data(0, Qt::UserRole).toString() + QLatin1Char('/') + layout::kLog));
        m_openFolder->setEnabled(current != nullptr);
    });
    connect(m_runs, &QTreeWidget::itemActivated, this, [this] { openSelected(layout::kLog); });
    connect(m_openLog, &QPushButton::clicked, this, [this] { openSelected(layout::kLog); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] { openSelected(QString()); });
    load();
}

void HistoryDialog::openSelected(const QString &fileName) {
    const QTreeWidgetItem *item = m_runs->currentItem();
    if (!item)
        return;
    const QString folder = item->data(0, Qt::UserRole).toString();
    QDesktopServices::openUrl(QUrl::fromLocalFile(fileName.isEmpty() ? folder : folder + QLatin1Char('/') + fileName));
}

void HistoryDialog::load() {
    m_summary->setText(tr("Reading the location…"));
    QPointer<HistoryDialog> self = this;
    const QString location = m_location;
    QThreadPool::globalInstance()->start([self, location] {
        const BackupLocation backups(location);
        History history{backups.completeSets(), backups.incompleteRuns()};
        // qApp as the context: the dialog may be gone by now, and is checked on the GUI thread.
        QMetaObject::invokeMethod(qApp, [self, history] {
            if (!self)
                return;
            const QLocale locale;
            QList<SetSummary> runs = history.complete + history.unfinished;
            std::sort(runs.begin(), runs.end(),
                      [](const SetSummary &a, const SetSummary &b) { return a.name > b.name; });
            for (const SetSummary &run : runs) {
                QString result;
                StatusKind kind = StatusKind::Ok;
                if (!run.complete) {
                    result = run.problem.isEmpty() ? HistoryDialog::tr("unfinished: never used for a restore")
                                                   : HistoryDialog::tr("unreadable: %1").arg(run.problem);
                    kind = StatusKind::Failed;
                } else if (run.hasErrors) {
                    result = HistoryDialog::tr("completed with errors");
                    kind = StatusKind::Warning;
                } else {
                    result = HistoryDialog::tr("OK");
                }
                const QDateTime started =
                    run.startedUtc.isValid() ? run.startedUtc : BackupLocation::startOfSetName(run.name);
                auto *row =
                    new QTreeWidgetItem(self->m_runs, {locale.toString(started.toLocalTime(), QLocale::ShortFormat),
                                                       result, run.complete ? locale.toString(run.files) : QString(),
                                                       run.complete ? sizeText(run.bytes) : QString(),
                                                       run.complete ? sizeText(run.newBytes) : QString(), run.name});
                row->setIcon(1, statusIcon(kind));
                row->setData(0, Qt::UserRole, run.path);
            }
            for (int column = 0; column < 5; ++column)
                self->m_runs->resizeColumnToContents(column);
            if (self->m_runs->topLevelItemCount() > 0)
                self->m_runs->setCurrentItem(self->m_runs->topLevelItem(0));
            self->m_summary->setText(
                HistoryDialog::tr("Complete sets: %1. Unfinished runs: %2.")
                    .arg(locale.toString(history.complete.size()), locale.toString(history.unfinished.size())));
        });
    });
}

}  // namespace lbw::ui
