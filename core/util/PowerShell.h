#pragma once
// Values reach PowerShell command text only as single-quoted literals: inside
// '...' PowerShell expands nothing, and the only way out is a quote, which is
// doubled here. PowerShell also accepts the typographic single quotes
// U+2018-U+201B as quote characters, so those are doubled too.

#include <QString>

namespace lbw {

QString psLiteral(const QString &text);

}  // namespace lbw
