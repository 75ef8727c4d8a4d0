#pragma once
// Checks a certificate file for the server being recovered: it must name the
// FQDN (subject alternative name or common name, one-label wildcards
// allowed), be valid now, and, from a PKCS #12 (.pfx/.p12) file, carry its
// private key: Lync cannot use a certificate without one.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lbw {

// Evidence (what was found) when the certificate fits; otherwise why not.
Result<QString> checkCertificateFile(const QString &path, const QString &fqdn, const QByteArray &pfxPassword = {});

}  // namespace lbw
