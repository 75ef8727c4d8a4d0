// The name codecs of the set format: encodeNameBytes/decodeNameBytes (the
// %XX form of `entries`) and nameFromBytes/nameToBytes (util/NameBytes.h,
// bytes through a QString). Every byte string POSIX allows must round-trip
// through both: decode(encode(x)) == x and nameToBytes(nameFromBytes(x)) == x.
// Arbitrary text given to decodeNameBytes must not crash it, and what it
// accepts must encode back to text that decodes to the same bytes.

#include "FuzzSupport.h"

#include "backupset/EntriesFile.h"
#include "util/NameBytes.h"

using namespace lbw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = fuzzBytes(data, size);

    const QByteArray encoded = encodeNameBytes(bytes);
    for (const char c : encoded)
        LBW_FUZZ_CHECK(static_cast<unsigned char>(c) > 0x20 && c != 0x7F,
                       QStringLiteral("an encoded name holds a control byte or a space: ") +
                           QString::fromLatin1(encoded.toPercentEncoding()));
    const std::optional<QByteArray> decoded = decodeNameBytes(encoded);
    LBW_FUZZ_CHECK(decoded.has_value(), QStringLiteral("decodeNameBytes refuses what encodeNameBytes wrote: ") +
                                            QString::fromLatin1(encoded.toPercentEncoding()));
    LBW_FUZZ_CHECK(*decoded == bytes, QStringLiteral("decode(encode(x)) != x for x = ") +
                                          QString::fromLatin1(bytes.toHex()));

    const QString name = nameFromBytes(bytes);
    LBW_FUZZ_CHECK(nameToBytes(name) == bytes,
                   QStringLiteral("nameToBytes(nameFromBytes(x)) != x for x = ") + QString::fromLatin1(bytes.toHex()));
    LBW_FUZZ_CHECK(hasUndecodableBytes(name) == (QString::fromUtf8(bytes).toUtf8() != bytes),
                   QStringLiteral("hasUndecodableBytes is wrong for x = ") + QString::fromLatin1(bytes.toHex()));

    // The same bytes taken as text written by someone else.
    if (const std::optional<QByteArray> fromText = decodeNameBytes(bytes)) {
        const std::optional<QByteArray> back = decodeNameBytes(encodeNameBytes(*fromText));
        LBW_FUZZ_CHECK(back && *back == *fromText, QStringLiteral("decoded text does not round-trip: ") +
                                                       QString::fromLatin1(bytes.toHex()));
    }
    return 0;
}
