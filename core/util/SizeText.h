#pragma once
// Sizes and counts for people, one convention in the wizard, the command
// line and the reports: the language's own digits and separators
// ("1,5 GB", "30.007" in pt-BR) and Windows Explorer's units (KB, MB, GB
// of 1024), which is what a Lync administrator reads everywhere else.

#include <QString>

namespace lbw {

QString sizeText(qint64 bytes);
QString countText(qint64 count);

}  // namespace lbw
