#include "util/Sha256.h"

#include "util/CancelToken.h"
#include "platform/Platform.h"
#include "util/IoBuffer.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace lbw {

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new()) {
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::update(const char *data, qint64 size) {
    EVP_DigestUpdate(m_ctx, data, size_t(size));
}

QByteArray Sha256::finalHex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &length);
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

Result<QByteArray> sha256OfFile(const QString &path, const CancelToken *cancel,
                                const std::function<void(qint64)> &onBytes) {
    Sha256 hash;
    IoBuffer &buffer = IoBuffer::forThisThread();
    Status read =
        platform::readFileBlocks(path, buffer.data(), buffer.size(), [&](const char *data, qint64 size) -> Status {
            if (cancel && cancel->isCancelled())
                return Error{QCoreApplication::translate("Sha256", "Cancelled.")};
            hash.update(data, size);
            if (onBytes)
                onBytes(size);
            return {};
        });
    if (!read)
        return read.error();
    return hash.finalHex();
}

bool isSha256Hex(const QByteArray &text) {
    if (text.size() != 64)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

}  // namespace lbw
