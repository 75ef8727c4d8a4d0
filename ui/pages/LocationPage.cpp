#include "LocationPage.h"

#include "BackupWizard.h"
#include "StatusIcon.h"
#include "TreeRows.h"
#include "RecentLocations.h"
#include "WizardModel.h"
#include "recovery/HostFacts.h"
#include "sources/Source.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lbw::ui {
namespace {

// The documents want the backup location on a stand-alone computer that
// belongs to no pool.
LocationCheck standAloneCheck(const QString &location, const std::optional<Topology> &topology) {
    LocationCheck check{QStringLiteral("stand-alone"),
                        LocationCheck::State::Passed,
                        LocationPage::tr("Not on a server of the topology"),
                        {}};
    if (!topology) {
        check.detail = LocationPage::tr(
            "No topology was opened; make sure the location is on a computer that "
            "belongs to no pool.");
        return check;
    }
    QString host;
    QString native = QDir::fromNativeSeparators(location);
    if (native.startsWith(QLatin1String("//")))
        host = native.mid(2).section(QLatin1Char('/'), 0, 0);
    else
        host = HostFacts::ofThisMachine().fqdn;
    const QString shortHost = host.section(QLatin1Char('.'), 0, 0);
    for (const Cluster &cluster : topology->clusters) {
        QStringList names{cluster.fqdn};
        for (const Machine &machine : cluster.machines)
            names << machine.fqdn;
        for (const QString &name : names) {
            if (name.compare(host, Qt::CaseInsensitive) == 0 ||
                name.section(QLatin1Char('.'), 0, 0).compare(shortHost, Qt::CaseInsensitive) == 0) {
                check.state = LocationCheck::State::Failed;
                check.detail = LocationPage::tr(
                                   "%1 is a server of the topology (%2). Put the backup location on a "
                                   "stand-alone computer that belongs to no pool: if this server fails, "
                                   "its backups must survive.")
                                   .arg(host, cluster.fqdn);
                return check;
            }
        }
    }
    check.detail = LocationPage::tr("%1 is not a server of the topology.").arg(host);
    return check;
}

}  // namespace

LocationPage::LocationPage(QWidget *parent)
    : QWizardPage(parent),
      m_path(new QLineEdit(this)),
      m_checks(new QTreeWidget(this)),
      m_failures(new QLabel(this)),
      m_preview(new QLabel(this)),
      m_debounce(new QTimer(this)) {
    setTitle(tr("Backup location"));
    setSubTitle(
        tr("Choose the shared folder that receives the backups: on a stand-alone computer, reachable by the "
           "account that runs the backup. Every run creates a new folder in it."));
    m_path->setObjectName(QStringLiteral("locationPath"));
    m_path->setPlaceholderText(tr("\\\\backupserver\\lyncbackup or a local folder"));
    auto *label = new QLabel(tr("Backup &location:"), this);
    label->setBuddy(m_path);
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    browse->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_checks->setHeaderLabels({tr("Check"), tr("Result")});
    m_checks->setAccessibleName(tr("Checks of the location"));
    keepRowsFittedToWrappedText(m_checks, 1);
    m_checks->setRootIsDecorated(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->setWordWrap(true);
    // The table elides long advice; failures are spelled out in full here.
    m_failures->setWordWrap(true);
    m_failures->setStyleSheet(QStringLiteral("color:#c50f1f"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_failures);
    layout->addWidget(m_preview);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &LocationPage::runCheck);
    connect(m_path, &QLineEdit::textChanged, this, &LocationPage::scheduleCheck);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup location"), m_path->text());
        if (!dir.isEmpty())
            m_path->setText(QDir::toNativeSeparators(dir));
    });
}

void LocationPage::initializePage() {
    // Coming Back to this page checks again: the items chosen since (and
    // so the space needed) or the location itself may have changed.
    connect(wizard(), &QWizard::currentIdChanged, this, &LocationPage::checkAgainWhenShown, Qt::UniqueConnection);
    const QString location = static_cast<BackupWizard *>(wizard())->model()->location();
    if (m_path->text() != QDir::toNativeSeparators(location))
        m_path->setText(QDir::toNativeSeparators(location));
    else
        scheduleCheck();
}

void LocationPage::scheduleCheck() {
    m_passed = false;
    ++m_generation;
    // Results of an earlier check (another path, another selection, a
    // disk that has filled since) are never shown as current.
    m_checks->clear();
    m_failures->clear();
    m_failures->hide();
    m_preview->setText(m_path->text().trimmed().isEmpty() ? QString() : tr("Checking the location…"));
    emit completeChanged();
    m_debounce->start();
}

void LocationPage::runCheck() {
    const QString location = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (location.isEmpty()) {
        m_checks->clear();
        m_failures->clear();
        m_preview->clear();
        return;
    }
    const WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    const QStringList sources = model->sourcePaths();
    const QList<PlanItem> items = model->plan().items;
    QString estimateKey;
    for (const PlanItem &item : items)
        estimateKey += item.name + QLatin1Char('\n') + item.path + QLatin1Char('\n');
    qint64 knownEstimate = estimateKey == m_estimateKey ? m_estimate : -1;
    // Sizes the items page measured are not measured again.
    QList<PlanItem> unmeasured;
    qint64 measured = 0;
    for (const PlanItem &item : items) {
        if (item.kind != QLatin1String("filestore") && item.kind != QLatin1String("sqlite"))
            continue;
        if (const std::optional<SourceEstimate> estimate = model->knownEstimate(item))
            measured += estimate->bytes;
        else
            unmeasured << item;
    }
    if (knownEstimate < 0 && unmeasured.isEmpty())
        knownEstimate = measured;
    const std::optional<Topology> topology = model->topology();
    const int generation = m_generation;
    // A share can take seconds to answer: check on a worker, show the
    // result only if the operator has not typed on meanwhile.
    QPointer<LocationPage> self = this;
    QThreadPool::globalInstance()->start(
        [self, location, sources, unmeasured, measured, estimateKey, knownEstimate, topology, generation] {
            // What the selected files and databases need (exports and SQL
            // Server backups are measured only while they run).
            qint64 estimated = knownEstimate;
            QList<QPair<PlanItem, SourceEstimate>> newlyMeasured;
            if (estimated < 0) {
                estimated = measured;
                for (const PlanItem &item : unmeasured)
                    if (const Result<SourceEstimate> estimate = makeSource(item)->estimate()) {
                        estimated += estimate->bytes;
                        newlyMeasured.append({item, *estimate});
                    }
            }
            const BackupLocation target(location);
            QList<LocationCheck> checks = target.check(sources, estimated);
            QStringList advisory;
            // A refused spelling (a share name, a relative path) comes back as one check.
            if (checks.size() > 1 && checks.first().passed() && checks.at(1).passed()) {
                for (const LocationCheck &check : target.checkFileSystem()) {
                    checks << check;
                    if (check.id == QLatin1String("hardlinks"))
                        advisory << check.id;
                }
            }
            checks << standAloneCheck(location, topology);
            QMetaObject::invokeMethod(
                self, [self, location, checks, advisory, generation, estimateKey, estimated, newlyMeasured] {
                    if (!self)
                        return;
                    // The items page and the run use these sizes instead of walking again.
                    for (const auto &[item, estimate] : newlyMeasured)
                        static_cast<BackupWizard *>(self->wizard())->model()->rememberEstimate(item, estimate);
                    self->m_estimateKey = estimateKey;
                    self->m_estimate = estimated;
                    if (generation == self->m_generation)
                        self->showChecks(location, checks, advisory);
                });
        });
}

void LocationPage::showChecks(const QString &location, const QList<LocationCheck> &checks,
                              const QStringList &advisory) {
    m_checks->clear();
    QStringList failures;
    bool passed = true;
    for (const LocationCheck &check : checks) {
        const bool required = !advisory.contains(check.id);
        auto *row = new QTreeWidgetItem(m_checks, {check.title, check.detail});
        row->setIcon(0, statusIcon(check.passed() ? StatusKind::Ok
                                   : required     ? StatusKind::Failed
                                                  : StatusKind::Warning));
        row->setToolTip(1, check.detail);
        if (!check.passed() && required)
            passed = false;
        if (!check.passed() && !failures.contains(check.detail))
            failures << check.detail;  // "not checked" is said once
    }
    fitRowsToWrappedText(m_checks, 1);
    m_passed = passed;
    m_checkedPath = location;
    m_failures->setText(failures.join(QLatin1Char('\n')));
    m_failures->setVisible(!failures.isEmpty());
    m_preview->setText(
        passed ? tr("This run will create %1 ($backup once it is complete).")
                     .arg(QDir::toNativeSeparators(location + QLatin1Char('/') +
                                                   BackupLocation::setNameFor(QDateTime::currentDateTimeUtc())))
               : tr("Fix the checks marked in red to go on."));
    emit completeChanged();
}

void LocationPage::checkAgainWhenShown(int id) {
    if (wizard()->page(id) == this && !m_path->text().trimmed().isEmpty())
        scheduleCheck();
}

bool LocationPage::isComplete() const {
    return m_passed;
}

bool LocationPage::validatePage() {
    auto *model = static_cast<BackupWizard *>(wizard())->model();
    model->setLocation(m_checkedPath);
    rememberLocation(m_checkedPath);
    return true;
}

}  // namespace lbw::ui
