// lync-backup-wizard: the guided front end.
#include "BackupWizard.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lync-backup-wizard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lync Backup Wizard"));
    QApplication::setOrganizationName(QStringLiteral("LyncBackupWizard"));
    QApplication::setApplicationVersion(QStringLiteral(LBW_VERSION));
    lbw::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Guided backup and recovery for Lync Server 2013."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption planOption(
        QStringLiteral("plan"), QCoreApplication::translate("main", "Open this plan file."), QStringLiteral("FILE"));
    parser.addOption(planOption);
    parser.process(app);

    lbw::ui::BackupWizard wizard;
    if (parser.isSet(planOption))
        wizard.openPlan(parser.value(planOption));
    wizard.show();
    return QApplication::exec();
}
