// The words of QWizard's own buttons, listed here so that the product's
// translation carries Microsoft's wizard terms for them (pt-BR: "< Voltar",
// "Avançar >", "Concluir", "Cancelar"), which win over Qt's ("Próximo >")
// because the product's translator is installed last (Translations.cpp).
// Nothing calls this; lupdate reads it.

#include <QtGlobal>

namespace lbw {
namespace {

[[maybe_unused]] const char *const kWizardButtons[] = {
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),  QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),  QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),    QT_TRANSLATE_NOOP("QWizard", "Go Back"),
    QT_TRANSLATE_NOOP("QWizard", "Continue"), QT_TRANSLATE_NOOP("QWizard", "Done"),
};

}  // namespace
}  // namespace lbw
