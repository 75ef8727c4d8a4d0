#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lbw {

void installTranslations(QCoreApplication &app) {
    // LBW_LANGUAGE (e.g. "pt_BR") overrides the system locale: handy for an
    // operator on an English server and for the tests.
    const QByteArray forced = qgetenv("LBW_LANGUAGE");
    const QLocale locale = forced.isEmpty() ? QLocale::system() : QLocale(QString::fromLatin1(forced));
    if (!forced.isEmpty())
        QLocale::setDefault(locale);

    // Qt's own strings first, from inside the program (or the system's Qt);
    // the product's after, so that its words win where both translate one
    // (QTranslator looks at the last installed first): the wizard buttons
    // then read as in Microsoft's wizards ("Avançar >", not "Próximo >").
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *product = new QTranslator(&app);
    if (product->load(locale, QStringLiteral("lync-backup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(product);
}

}  // namespace lbw
