#include "StartPage.h"

#include "BackupWizard.h"
#include "recover/RecoveryWizard.h"
#include "WizardModel.h"
#include "backupset/Manifest.h"
#include "location/BackupLocation.h"

#include <QCommandLinkButton>
#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>
#include <QVBoxLayout>

namespace lbw::ui {
namespace {
// Without a schedule yet, a backup older than a day (plus slack for a run
// that takes a while) is overdue.
constexpr qint64 kOverdueHours = 26;
}  // namespace

StartPage::StartPage(QWidget *parent)
    : QWizardPage(parent), m_lastBackup(new QLabel(this)), m_notice(new QLabel(this)) {
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
        {QStringLiteral("backup"), tr("Back up now"),
         tr("Copy every Lync database and file store into a new, verified backup set."), true},
        {QStringLiteral("schedule"), tr("Schedule backups"),
         tr("Run the same backup regularly, without anyone at the console."), false},
        {QStringLiteral("verify"), tr("Verify a backup"), tr("Check that a backup set still matches what was written."),
         false},
        {QStringLiteral("recover"), tr("Recover a server"),
         tr("Step through recovery on a rebuilt server and restore its data."), true},
    };
    for (const Task &task : tasks) {
        auto *button = new QCommandLinkButton(task.title, task.description, this);
        button->setObjectName(QStringLiteral("task-") + task.icon);
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(task.icon)));
        button->setIconSize(QSize(32, 32));
        if (task.icon == QLatin1String("recover")) {
            // Recovery is a wizard of its own; this window gives way to it.
            connect(button, &QCommandLinkButton::clicked, this, [this] {
                auto *recovery = new RecoveryWizard;
                recovery->setAttribute(Qt::WA_DeleteOnClose);
                recovery->openLocation(static_cast<BackupWizard *>(wizard())->model()->location());
                recovery->show();
                wizard()->hide();
            });
        } else if (task.available) {
            connect(button, &QCommandLinkButton::clicked, this, [this] {
                m_chosen = true;
                emit completeChanged();
                wizard()->next();
            });
        } else {
            const QString title = task.title;
            const QString command = task.icon == QLatin1String("verify") ? QStringLiteral("lync-backup verify SET")
                                    : task.icon == QLatin1String("recover")
                                        ? QStringLiteral("lync-backup check SET / lync-backup restore SET")
                                        : QStringLiteral("lync-backup backup --plan FILE");
            connect(button, &QCommandLinkButton::clicked, this, [this, title, command] {
                m_notice->setText(tr("\"%1\" comes to this wizard in the next version. Until then, use the command "
                                     "line: %2")
                                      .arg(title, command));
            });
        }
        layout->addWidget(button);
    }
    m_notice->setWordWrap(true);
    m_lastBackup->setWordWrap(true);
    m_lastBackup->setTextFormat(Qt::RichText);
    layout->addWidget(m_notice);
    layout->addStretch();
    layout->addWidget(m_lastBackup);
}

void StartPage::initializePage() {
    m_chosen = false;
    showLastBackup(static_cast<BackupWizard *>(wizard())->model()->location());
}

int StartPage::nextId() const {
    return BackupWizard::DeploymentPageId;
}

void StartPage::showLastBackup(const QString &location) {
    if (location.isEmpty()) {
        m_lastBackup->setText(tr("No backup has been taken with this wizard yet.").toHtmlEscaped());
        return;
    }
    m_lastBackup->setText(tr("Looking for the last backup in %1…").arg(location).toHtmlEscaped());
    // Reading a manifest of a large set takes a moment: never on this thread.
    QPointer<QLabel> label = m_lastBackup;
    QThreadPool::globalInstance()->start([label, location] {
        const QString set = BackupLocation(location).latestSetPath();
        const Result<Manifest> manifest = set.isEmpty() ? Result<Manifest>(Error{}) : Manifest::loadHeader(set);
        QString text;
        if (!manifest) {
            text = StartPage::tr("No complete backup in %1 yet.").arg(location).toHtmlEscaped();
        } else {
            const qint64 hours = manifest->finishedUtc.secsTo(QDateTime::currentDateTimeUtc()) / 3600;
            const QString when = QLocale().toString(manifest->finishedUtc.toLocalTime(), QLocale::ShortFormat);
            text = StartPage::tr("Last successful backup: %1 (%n hours ago), %2", nullptr, int(hours)).arg(when, set);
            if (hours > kOverdueHours)
                text = QStringLiteral("<span style='color:#c50f1f'>%1 %2</span>")
                           .arg(text.toHtmlEscaped(), StartPage::tr("Back up now: the last backup is overdue."));
            else
                text = text.toHtmlEscaped();
        }
        QMetaObject::invokeMethod(label, [label, text] {
            if (label)
                label->setText(text);
        });
    });
}

}  // namespace lbw::ui
