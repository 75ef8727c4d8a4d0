// lync-backup-wizard: the guided front end.
#include "BackupWizard.h"
#include "FocusFrameStyle.h"
#include "recover/RecoveryWizard.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <memory>

namespace {

// --help and --version must work on a server without a display, where a
// QApplication cannot start: those two only need a QCoreApplication.
bool wantsTextOnly(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char *argv[]) {
    std::unique_ptr<QCoreApplication> app(wantsTextOnly(argc, argv) ? new QCoreApplication(argc, argv)
                                                                    : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("lync-backup-wizard"));
    QCoreApplication::setOrganizationName(QStringLiteral("LyncBackupWizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LBW_VERSION));
    lbw::installTranslations(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Guided backup and recovery for Lync Server 2013."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption planOption(
        QStringLiteral("plan"), QCoreApplication::translate("main", "Open this plan file."), QStringLiteral("FILE"));
    parser.addOption(planOption);
    const QCommandLineOption recoverOption(
        QStringLiteral("recover"),
        QCoreApplication::translate("main", "Open the recovery wizard (at SET, a backup set or location, if given)."));
    parser.addOption(recoverOption);
    parser.addPositionalArgument(QStringLiteral("SET"),
                                 QCoreApplication::translate("main", "With --recover: the set or location to open."),
                                 QStringLiteral("[SET]"));
    parser.process(*app);
    lbw::ui::installFocusFrameStyle(*static_cast<QApplication *>(app.get()));

    // Translated as the main window's title is: the title bar then names the
    // product once, in one language.
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Lync Backup Wizard"));
    if (parser.isSet(recoverOption)) {
        lbw::ui::RecoveryWizard recovery;
        if (!parser.positionalArguments().isEmpty())
            recovery.openLocation(parser.positionalArguments().first());
        recovery.show();
        return QApplication::exec();
    }
    lbw::ui::BackupWizard wizard;
    if (parser.isSet(planOption))
        wizard.openPlan(parser.value(planOption));
    wizard.show();
    return QApplication::exec();
}
