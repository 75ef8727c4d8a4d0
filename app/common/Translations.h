#pragma once
// Loads the product's translation (English is the source language) and
// Qt's own for the user's locale. Both programs call this before any text
// is produced.

class QCoreApplication;

namespace lbw {
void installTranslations(QCoreApplication &app);
}
