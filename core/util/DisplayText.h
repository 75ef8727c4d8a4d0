#pragma once
// Text from a backup set (item names, paths, sources, messages that quote
// them) for a terminal or a log line. A set may come from anyone, and a
// control character in it would reach the terminal as a command: ESC
// sequences move the cursor, rewrite lines or set the window title, and a
// newline forges a line of output ("restored verified"). Here every such
// character is shown as a visible escape instead.

#include <QString>

namespace lbw {

// `text` with C0 controls, DEL and C1 controls as \n, \t, \r, \x1b, \x7f,
// \u0085; with the lone surrogates U+DC80..U+DCFF, which stand for bytes of
// a name that are not UTF-8 (see NameBytes.h), as the byte they stand for
// (\xe9); and with any other lone surrogate as \udXXX. Everything else,
// including the backslash of a Windows path, is left as it is.
QString displayText(const QString &text);

}  // namespace lbw
