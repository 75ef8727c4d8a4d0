#include "StartPage.h"

#include "BackupWizard.h"

#include <QCommandLinkButton>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace lbw::ui {

StartPage::StartPage(QWidget *parent) : QWizardPage(parent), m_notice(new QLabel(this)) {
    setTitle(tr("Choose a task"));
    setSubTitle(
        tr("Back up the data of your Lync Server 2013 deployment, check a backup, or recover a server "
           "from one."));
    auto *layout = new QVBoxLayout(this);
    struct Task {
        QString icon;
        QString title;
        QString description;
    };
    const Task tasks[] = {
        {QStringLiteral("backup"), tr("Back up now"),
         tr("Copy every Lync database and file store into a new, verified backup set.")},
        {QStringLiteral("schedule"), tr("Schedule backups"),
         tr("Run the same backup regularly, without anyone at the console.")},
        {QStringLiteral("verify"), tr("Verify a backup"),
         tr("Check that a backup set still matches what was written.")},
        {QStringLiteral("recover"), tr("Recover a server"),
         tr("Step through recovery on a rebuilt server and restore its data.")},
    };
    for (const Task &task : tasks) {
        auto *button = new QCommandLinkButton(task.title, task.description, this);
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(task.icon)));
        button->setIconSize(QSize(32, 32));
        const QString title = task.title;
        connect(button, &QCommandLinkButton::clicked, this, [this, title] {
            m_notice->setText(tr("\"%1\" arrives in a coming version of Lync Backup Wizard. Until then, use the "
                                 "lync-backup command (see lync-backup --help).")
                                  .arg(title));
        });
        layout->addWidget(button);
    }
    auto *planLabel = new QLabel(this);
    planLabel->setWordWrap(true);
    layout->addWidget(planLabel);
    if (auto *wizard = qobject_cast<BackupWizard *>(parent))
        connect(wizard, &BackupWizard::planChanged, planLabel, &QLabel::setText);
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    layout->addStretch();
}

}  // namespace lbw::ui
