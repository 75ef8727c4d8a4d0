#include "recovery/CertificateCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

namespace lbw {
namespace {

bool nameMatches(const QString &pattern, const QString &fqdn) {
    if (pattern.compare(fqdn, Qt::CaseInsensitive) == 0)
        return true;
    // "*.corp.example" covers exactly one more label.
    if (!pattern.startsWith(QLatin1String("*.")))
        return false;
    const qsizetype dot = fqdn.indexOf(QLatin1Char('.'));
    return dot > 0 && fqdn.mid(dot + 1).compare(pattern.mid(2), Qt::CaseInsensitive) == 0;
}

}  // namespace

Result<QString> checkCertificateFile(const QString &path, const QString &fqdn, const QByteArray &pfxPassword) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("CertificateCheck", "Cannot read the certificate %1: %2.")
                         .arg(path, file.errorString())};
    QSslCertificate certificate;
    bool hasKey = false;
    const bool pkcs12 = path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive) ||
                        path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive);
    if (pkcs12) {
        QSslKey key;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, pfxPassword))
            return Error{QCoreApplication::translate("CertificateCheck",
                                                     "%1 is not a PKCS #12 file this password opens (set "
                                                     "LBW_CERTIFICATE_PASSWORD to its password).")
                             .arg(path)};
        hasKey = !key.isNull();
    } else {
        const QByteArray bytes = file.read(1 << 20);
        QList<QSslCertificate> found = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (found.isEmpty())
            found = QSslCertificate::fromData(bytes, QSsl::Der);
        if (found.isEmpty())
            return Error{QCoreApplication::translate("CertificateCheck",
                                                     "%1 holds no certificate (PEM, DER, or a .pfx with its key).")
                             .arg(path)};
        certificate = found.first();
    }
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    names << certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();  // the common name is usually among the alternative names too
    const bool named = std::any_of(names.begin(), names.end(), [&](const QString &n) { return nameMatches(n, fqdn); });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!named)
        return Error{QCoreApplication::translate("CertificateCheck",
                                                 "The certificate in %1 is for %2, not for %3. Request one that names "
                                                 "%3.")
                         .arg(path, names.join(QStringLiteral(", ")), fqdn)};
    if (certificate.effectiveDate() > now || certificate.expiryDate() < now)
        return Error{QCoreApplication::translate("CertificateCheck",
                                                 "The certificate in %1 is valid from %2 to %3, not now. Request a "
                                                 "new one.")
                         .arg(path, certificate.effectiveDate().toString(Qt::ISODate),
                              certificate.expiryDate().toString(Qt::ISODate))};
    if (pkcs12 && !hasKey)
        return Error{QCoreApplication::translate("CertificateCheck",
                                                 "%1 holds the certificate without its private key; export it again "
                                                 "with the private key.")
                         .arg(path)};
    return QCoreApplication::translate("CertificateCheck", "%1: %2, valid until %3%4")
        .arg(path, names.join(QStringLiteral(", ")), certificate.expiryDate().toString(Qt::ISODate),
             pkcs12 ? QCoreApplication::translate("CertificateCheck", ", with its private key") : QString());
}

}  // namespace lbw
