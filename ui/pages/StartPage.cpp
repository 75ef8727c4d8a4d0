#include "StartPage.h"

#include "BackupWizard.h"
#include "HistoryDialog.h"
#include "recover/RecoveryWizard.h"
#include "verify/VerifyDialog.h"
#include "RecentLocations.h"
#include "WizardModel.h"
#include "location/BackupLocation.h"
#include "location/LocationStatus.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>
#include <QVBoxLayout>

namespace lbw::ui {
StartPage::StartPage(QWidget *parent) : QWizardPage(parent), m_lastBackup(new QLabel(this)) {
    setTitle(tr("Choose a task"));
    setSubTitle(
        tr("Back up the data of your Lync Server 2013 deployment, check a backup, or recover a server from "
           "one."));
    auto *layout = new QVBoxLayout(this);
    struct Task {
        QString icon;
        QString title;
        QString description;
        bool available;
    };
    const Task tasks[] = {
        {QStringLiteral("backup"), tr("&Back up now"),
         tr("Copy every Lync database and file store into a new, verified backup set."), true},
        {QStringLiteral("schedule"), tr("&Schedule backups"),
         tr("Run the same backup regularly, without anyone at the console."), true},
        {QStringLiteral("verify"), tr("&Verify a backup"),
         tr("Read a backup set again and check that every file still matches what was written."), true},
        {QStringLiteral("recover"), tr("&Recover a server"),
         tr("Step through recovery on a rebuilt server and restore its data."), true},
        {QStringLiteral("history"), tr("Backup &history"),
         tr("See every run in the backup location, its result and its log."), true},
    };
    for (const Task &task : tasks) {
        auto *button = new QCommandLinkButton(task.title, task.description, this);
        button->setObjectName(QStringLiteral("task-") + task.icon);
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(task.icon)));
        button->setIconSize(QSize(32, 32));
        button->setEnabled(task.available);
        if (task.icon == QLatin1String("history")) {
            connect(button, &QCommandLinkButton::clicked, this, [this] {
                QString location = static_cast<BackupWizard *>(wizard())->model()->location();
                if (location.isEmpty())
                    location = QFileDialog::getExistingDirectory(this, tr("Choose the backup location"));
                if (location.isEmpty())
                    return;
                auto *history = new HistoryDialog(location, this);
                history->setAttribute(Qt::WA_DeleteOnClose);
                history->open();
            });
        } else if (task.icon == QLatin1String("verify")) {
            connect(button, &QCommandLinkButton::clicked, this, [this] {
                // The location of this session's plan, else the last one any task used.
                QString location = static_cast<BackupWizard *>(wizard())->model()->location();
                if (location.isEmpty())
                    location = recentLocations().value(0);
                auto *verify = new VerifyDialog(location, this);
                verify->setAttribute(Qt::WA_DeleteOnClose);
                // Its result is recorded in the location: the status below says so when it closes.
                connect(verify, &QDialog::finished, this, [this] { showLastBackups(recentLocations()); });
                verify->open();
            });
        } else if (task.icon == QLatin1String("recover")) {
            // Recovery is a wizard of its own; this window gives way to it.
            connect(button, &QCommandLinkButton::clicked, this, [this] {
                auto *recovery = new RecoveryWizard;
                recovery->setAttribute(Qt::WA_DeleteOnClose);
                recovery->openLocation(static_cast<BackupWizard *>(wizard())->model()->location());
                recovery->show();
                wizard()->hide();
            });
        } else if (task.available) {
            // Both back up now; scheduling also chooses a schedule on the way.
            const bool schedules = task.icon == QLatin1String("schedule");
            connect(button, &QCommandLinkButton::clicked, this, [this, schedules] {
                static_cast<BackupWizard *>(wizard())->model()->wantsSchedule = schedules;
                m_chosen = true;
                emit completeChanged();
                wizard()->next();
            });
        }
        layout->addWidget(button);
    }
    m_lastBackup->setWordWrap(true);
    m_lastBackup->setObjectName(QStringLiteral("locationStatus"));
    m_lastBackup->setTextFormat(Qt::RichText);
    layout->addStretch();
    layout->addWidget(m_lastBackup);
}

void StartPage::initializePage() {
    m_chosen = false;
    showLastBackups(recentLocations());
}

int StartPage::nextId() const {
    return BackupWizard::DeploymentPageId;
}

void StartPage::showLastBackups(const QStringList &locations) {
    if (locations.isEmpty()) {
        m_lastBackup->setText(tr("No backup has been taken with this wizard yet.").toHtmlEscaped());
        return;
    }
    m_lastBackup->setText(tr("Looking for the last backup in %1…")
                              .arg(QDir::toNativeSeparators(locations.join(QStringLiteral(", "))))
                              .toHtmlEscaped());
    const BackupPlan plan = static_cast<BackupWizard *>(wizard())->model()->plan();
    const StatusThresholds thresholds{plan.warnAfterHours, plan.criticalAfterHours};
    // Reading a location (manifests, logs, the schedule) takes a moment on
    // a share: never on this thread.
    QPointer<QLabel> label = m_lastBackup;
    QThreadPool::globalInstance()->start([label, locations, thresholds] {
        QStringList paragraphs;
        for (const QString &location : locations)
            paragraphs << (QFileInfo(location).isDir()
                               ? describeStatus(assessLocation(location, thresholds, QDateTime::currentDateTimeUtc()))
                               : StartPage::tr("No complete backup in %1 yet.")
                                     .arg(QDir::toNativeSeparators(location))
                                     .toHtmlEscaped());
        const QString text = paragraphs.join(QStringLiteral("<br><br>"));
        // qApp as the context: the label may be gone by now, and is checked on the GUI thread.
        QMetaObject::invokeMethod(qApp, [label, text] {
            if (label)
                label->setText(text);
        });
    });
}

QString StartPage::describeStatus(const LocationStatus &status) {
    const QLocale locale;
    QStringList lines;
    if (!status.newestGood) {
        lines << tr("No complete backup in %1 yet.").arg(QDir::toNativeSeparators(status.root));
    } else {
        const QString when = locale.toString(status.newestGood->finishedUtc.toLocalTime(), QLocale::ShortFormat);
        const QString path = QDir::toNativeSeparators(status.newestGood->path);
        // Portuguese's singular also serves 0 ("há 0 hora"): the first hour is said in words.
        lines << (status.ageHours < 1
                      ? tr("Last successful backup: %1 (less than an hour ago), %2").arg(when, path)
                      : tr("Last successful backup: %1 (%n hours ago), %2", nullptr, int(status.ageHours))
                            .arg(when, path));
    }
    if (status.level != LocationStatus::Level::Ok)
        lines << status.reasons;
    lines << (status.nextRun.isValid()
                  ? tr("Next scheduled run: %1").arg(locale.toString(status.nextRun, QLocale::ShortFormat))
                  : tr("Not scheduled: choose \"Schedule backups\" to run it every night."));
    if (status.newestGood)
        lines << (!status.lastVerification ? tr("Never verified since it was written: choose \"Verify a backup\".")
                  : status.lastVerification->result == QLatin1String("passed")
                      ? tr("Last verified: %1, intact")
                            .arg(locale.toString(status.lastVerification->finishedUtc.toLocalTime(),
                                                 QLocale::ShortFormat))
                      : tr("Last verified: %1, DAMAGED")
                            .arg(locale.toString(status.lastVerification->finishedUtc.toLocalTime(),
                                                 QLocale::ShortFormat)));
    if (status.lastDrill)
        lines << tr("Last restore drill: %1, %2")
                     .arg(status.lastDrill->result == QLatin1String("passed") ? tr("passed") : tr("FAILED"),
                          locale.toString(status.lastDrill->finishedUtc.toLocalTime(), QLocale::ShortFormat));
    QStringList html;
    for (const QString &line : lines)
        html << line.toHtmlEscaped();
    const QString color = status.level == LocationStatus::Level::Critical  ? QStringLiteral("#c50f1f")
                          : status.level == LocationStatus::Level::Warning ? QStringLiteral("#9d5d00")
                                                                           : QString();
    const QString body = html.join(QStringLiteral("<br>"));
    return color.isEmpty() ? body : QStringLiteral("<span style='color:%1'>%2</span>").arg(color, body);
}

}  // namespace lbw::ui
