#include "recover/SetPage.h"

#include "StatusIcon.h"
#include "jobs/JobObserver.h"
#include "jobs/VerifyJob.h"
#include "location/BackupLocation.h"
#include "recover/RecoveryWizard.h"
#include "recover/TaskRunner.h"
#include "util/SizeText.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {

SetPage::SetPage(QWidget *parent)
    : QWizardPage(parent),
      m_location(new QLineEdit(this)),
      m_sets(new QTreeWidget(this)),
      m_verify(new QPushButton(tr("&Verify the set"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)) {
    setTitle(tr("Backup set"));
    setSubTitle(
        tr("Choose the backup location and the set to recover from. The set is verified before anything "
           "else."));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Backup &location:"), this);
    label->setBuddy(m_location);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    row->addWidget(label);
    row->addWidget(m_location, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_sets->setHeaderLabels({tr("Set"), tr("Finished"), tr("Size"), tr("Taken by"), tr("Status"), tr("Topology")});
    m_sets->setRootIsDecorated(false);
    m_sets->setAllColumnsShowFocus(true);
    m_sets->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sets->setAccessibleName(tr("Complete backup sets"));
    layout->addWidget(m_sets, 1);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_progress, 1);
    layout->addLayout(verifyRow);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_verify->setEnabled(false);
    m_sets->setObjectName(QStringLiteral("sets"));
    m_verify->setObjectName(QStringLiteral("verifySet"));
    m_location->setObjectName(QStringLiteral("recoveryLocation"));

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup location"), m_location->text());
        if (!chosen.isEmpty())
            setLocation(chosen);
    });
    connect(m_location, &QLineEdit::editingFinished, this, &SetPage::listSets);
    connect(m_sets, &QTreeWidget::currentItemChanged, this, &SetPage::chooseSet);
    connect(m_verify, &QPushButton::clicked, this, &SetPage::verifySet);
}

RecoveryWizard *SetPage::recoveryWizard() const {
    return static_cast<RecoveryWizard *>(wizard());
}

void SetPage::initializePage() {
    if (m_location->text().isEmpty())
        setLocation(QSettings().value(QStringLiteral("recovery/location")).toString());
}

void SetPage::setLocation(const QString &path, const QString &preselectSet, bool verify) {
    m_location->setText(QDir::toNativeSeparators(path));
    m_preselect = preselectSet;
    m_preselectPending = true;
    m_verifyPreselected = verify;
    listSets();
}

void SetPage::listSets() {
    const QString location = QDir::fromNativeSeparators(m_location->text().trimmed());
    // editingFinished also comes when the field loses focus (on Next): the
    // chosen, verified set must not be dropped for the same location.
    if (location == m_listedLocation && !m_preselectPending)
        return;
    m_listedLocation = location;
    m_preselectPending = false;
    m_sets->clear();
    m_verify->setEnabled(false);
    if (location.isEmpty()) {
        m_status->setText(tr("Give the backup location: the folder or share that holds one folder per backup."));
        return;
    }
    m_status->setText(tr("Reading the sets in %1…").arg(QDir::toNativeSeparators(location)));
    const int generation = ++m_generation;
    QPointer<SetPage> self = this;
    // Reading manifests of large sets takes a moment: never on this thread.
    QThreadPool::globalInstance()->start([self, location, generation] {
        const QList<SetSummary> sets = BackupLocation(location).completeSets();
        QMetaObject::invokeMethod(self, [self, location, sets, generation] {
            if (!self || generation != self->m_generation)
                return;
            const QLocale locale;
            for (auto it = sets.crbegin(); it != sets.crend(); ++it) {  // newest first
                auto *row = new QTreeWidgetItem(
                    self->m_sets,
                    {it->name, locale.toString(it->finishedUtc.toLocalTime(), QLocale::ShortFormat),
                     sizeText(it->bytes), it->sourceHost, it->hasErrors ? tr("completed with errors") : tr("ok"),
                     it->hasTopology ? tr("kept") : tr("none (older set)")});
                row->setData(0, Qt::UserRole, it->path);
                row->setIcon(5, statusIcon(it->hasTopology ? StatusKind::Ok : StatusKind::Warning));
                if (it->path == self->m_preselect)
                    self->m_sets->setCurrentItem(row);
            }
            if (self->m_verifyPreselected && self->m_sets->currentItem() && self->recoveryWizard()->session().manifest)
                self->verifySet();
            self->m_verifyPreselected = false;
            QSettings().setValue(QStringLiteral("recovery/location"), location);
            if (sets.isEmpty())
                self->m_status->setText(tr("%1 holds no complete backup set.").arg(QDir::toNativeSeparators(location)));
            else if (!self->m_sets->currentItem())
                self->m_status->setText(tr("Choose a set; the newest is at the top."));
        });
    });
}

void SetPage::chooseSet() {
    if (wizard() && wizard()->currentPage() != this)
        return;
    RecoverySession &session = recoveryWizard()->session();
    session = RecoverySession{};
    m_progress->setValue(0);
    const QTreeWidgetItem *row = m_sets->currentItem();
    if (!row) {
        m_verify->setEnabled(false);
        emit completeChanged();
        return;
    }
    if (Status opened = session.openSet(row->data(0, Qt::UserRole).toString()); !opened) {
        m_status->setText(opened.errorMessage());
        m_verify->setEnabled(false);
    } else {
        m_status->setText(tr("Set %1, taken on %2, keeps the deployment's topology (%3). Verify it to go on.")
                              .arg(session.manifest->setName, session.manifest->host.fqdn,
                                   session.manifest->deployment.topologyFormat));
        m_verify->setEnabled(true);
    }
    emit completeChanged();
}

void SetPage::verifySet() {
    RecoveryWizard *owner = recoveryWizard();
    TaskRunner *runner = owner->runner();
    const QString setPath = owner->session().setPath;
    m_verify->setEnabled(false);
    m_sets->setEnabled(false);
    m_status->setText(tr("Verifying %1…").arg(QDir::toNativeSeparators(setPath)));
    auto progress = connect(runner, &TaskRunner::progressed, this, [this](const ProgressSnapshot &p) {
        m_progress->setValue(p.bytesTotal > 0 ? int(1000 * p.bytesDone / p.bytesTotal) : 0);
    });
    auto *context = new QObject(this);
    connect(runner, &TaskRunner::finished, context, [this, owner, progress, context](const StepOutcome &outcome) {
        disconnect(progress);
        context->deleteLater();
        m_sets->setEnabled(true);
        m_verify->setEnabled(true);
        RecoverySession &session = owner->session();
        session.setVerification = outcome;
        m_progress->setValue(session.setVerified() ? 1000 : 0);
        m_status->setText(session.setVerified() ? tr("Verified: %1").arg(outcome.text)
                                                : tr("Not verified: %1").arg(outcome.text));
        emit completeChanged();
    });
    runner->start([setPath](JobObserver *observer, const CancelToken &cancel) {
        const VerifyReport verified = VerifyJob(setPath).run(observer, cancel);
        (void)recordVerification(verified);  // best effort: the share may be read-only
        return verifyOutcome(verified);
    });
}

bool SetPage::isComplete() const {
    const RecoverySession &session = const_cast<SetPage *>(this)->recoveryWizard()->session();
    return session.setVerified() && session.topology.has_value();
}

}  // namespace lbw::ui
