#pragma once
// SHA-256 through OpenSSL's EVP interface: it uses the CPU's SHA extensions
// where present, several times faster than QCryptographicHash here.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

struct evp_md_ctx_st;

namespace lbw {

class CancelToken;

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const char *data, qint64 size);
    QByteArray finalHex();  // lower-case hex, 64 characters; resets the object

private:
    evp_md_ctx_st *m_ctx;
};

// Reads a file once and returns its hex digest; a symlink in its place is
// refused, never followed. `onBytes` (may be empty) is told how many bytes
// were read after each block, for progress.
Result<QByteArray> sha256OfFile(const QString &path, const CancelToken *cancel = nullptr,
                                const std::function<void(qint64)> &onBytes = {});

bool isSha256Hex(const QByteArray &text);

}  // namespace lbw
