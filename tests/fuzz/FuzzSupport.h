#pragma once
// Shared by the libFuzzer targets of tests/fuzz (README, "Fuzzing and
// sanitizers"). A broken property is a crash, so libFuzzer keeps its input.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A copy, never QByteArray::fromRawData: the fuzzer's buffer has no
// terminating NUL, which Qt may read past on raw data.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

#define LBW_FUZZ_CHECK(condition, what)                                                          \
    do {                                                                                        \
        if (!(condition)) {                                                                     \
            std::fprintf(stderr, "FUZZ CHECK FAILED at %s:%d: %s\n  %s\n", __FILE__, __LINE__, \
                         #condition, QString(what).toLocal8Bit().constData());                   \
            std::abort();                                                                       \
        }                                                                                       \
    } while (false)
