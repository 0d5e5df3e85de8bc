#include "formats/TrustStore.h"
#include "common/BoundedRead.h"

#include <QFile>

namespace passgate {

void TrustStore::add(SignerCertificate signer)
{
    QList<SignerCertificate> &sameKid = m_byKid[signer.kid()];
    for (const SignerCertificate &known : sameKid) {
        if (known.certificate().der() == signer.certificate().der())
            return; // the same certificate loaded twice is still one signer
    }
    sameKid.append(std::move(signer));
    ++m_size;
}

Result<int, TrustError> TrustStore::addFile(const QString &path)
{
    auto signers = readFile(path);
    if (!signers)
        return fail(signers.error());
    for (SignerCertificate &signer : *signers)
        add(std::move(signer));
    return static_cast<int>(signers->size());
}

Result<int, TrustError> TrustStore::addEncoded(const QByteArray &pemOrDer, const QString &origin)
{
    auto signers = readEncoded(pemOrDer, origin);
    if (!signers)
        return fail(signers.error());
    for (SignerCertificate &signer : *signers)
        add(std::move(signer));
    return static_cast<int>(signers->size());
}

Result<QList<SignerCertificate>, TrustError> TrustStore::readFile(const QString &path)
{
    const Result<QByteArray, QString> bytes = readFileBounded(path, readLimit::keyFile);
    if (!bytes)
        return fail(TrustErrorCode::UnreadableFile, bytes.error());
    return readEncoded(*bytes, path);
}

Result<QList<SignerCertificate>, TrustError> TrustStore::readEncoded(const QByteArray &pemOrDer,
                                                                     const QString &origin)
{
    QList<X509Certificate> certificates;
    if (pemOrDer.contains("-----BEGIN")) {
        Result<QList<X509Certificate>, CryptoError> pem = X509Certificate::fromPem(pemOrDer);
        if (!pem)
            return fail(TrustErrorCode::MalformedCertificate,
                        QStringLiteral("%1: %2").arg(origin, pem.error().reason));
        certificates = std::move(pem).value();
    } else {
        Result<X509Certificate, CryptoError> der = X509Certificate::fromDer(pemOrDer);
        if (!der)
            return fail(TrustErrorCode::MalformedCertificate,
                        QStringLiteral("%1: %2").arg(origin, der.error().reason));
        certificates.append(std::move(der).value());
    }

    QList<SignerCertificate> signers;
    for (const X509Certificate &certificate : certificates) {
        Result<SignerCertificate, TrustError> signer = SignerCertificate::fromCertificate(certificate);
        if (!signer)
            return fail(signer.error().code, QStringLiteral("%1: %2").arg(origin, signer.error().reason));
        signers.append(std::move(signer).value());
    }
    return signers;
}

void TrustStore::clear()
{
    m_byKid.clear();
    m_size = 0;
    m_issuerKeys = {};
}

} // namespace passgate
