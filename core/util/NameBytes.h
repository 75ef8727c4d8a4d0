#pragma once
// File names as bytes. POSIX names are byte strings that need not be UTF-8
// (a Latin-1 folder copied from an old server, a name written by a broken
// tool); Qt decodes them as UTF-8 and turns every byte it cannot decode
// into U+FFFD, which loses the name. Here a byte that is not part of valid
// UTF-8 becomes the lone surrogate U+DC80 + byte instead (Python's
// "surrogateescape"), and goes back to the same byte: every name POSIX
// allows round-trips through a QString. Valid UTF-8 never decodes to a
// surrogate, so the mapping is exact.
//
// Everything that names a file of a store or of a set on the file system
// goes through these two functions (the platform layer uses them for every
// call), never through QFile::encodeName/decodeName.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace lbw {

// Length of the valid UTF-8 sequence that starts at bytes[i], or 0 when the
// byte there does not start one (overlong forms, surrogates and code points
// past U+10FFFF are not valid).
int utf8SequenceLength(QByteArrayView bytes, qsizetype i);

QString nameFromBytes(QByteArrayView bytes);
QByteArray nameToBytes(const QString &name);

// True when `name` holds a byte that is not UTF-8 (an escaped byte).
bool hasUndecodableBytes(const QString &name);

}  // namespace lbw
