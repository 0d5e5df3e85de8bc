#include "crypto/X509Certificate.h"

#include "crypto/PublicKey_p.h"

#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace passgate {

namespace {

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

QString objectText(const ASN1_OBJECT *object)
{
    char text[128] = {};
    const int length = OBJ_obj2txt(text, sizeof text, object, 1); // 1: always dotted numbers
    if (length <= 0 || length >= static_cast<int>(sizeof text))
        return {};
    return QString::fromLatin1(text, length);
}

QStringList extendedKeyUsage(X509 *x509, bool *malformed)
{
    int critical = 0;
    auto *usages =
        static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(x509, NID_ext_key_usage, &critical, nullptr));
    // critical == -1: absent; -2: present more than once, which RFC 5280 forbids.
    *malformed = !usages && critical == -2;
    QStringList oids;
    if (!usages)
        return oids;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i)
        oids.append(objectText(sk_ASN1_OBJECT_value(usages, i)));
    sk_ASN1_OBJECT_pop_free(usages, ASN1_OBJECT_free);
    return oids;
}

} // namespace

Result<X509Certificate, CryptoError> X509Certificate::fromDer(QByteArrayView der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.data());
    openssl::X509Ptr parsed(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!parsed)
        return fail(CryptoErrorCode::MalformedCertificate,
                    QStringLiteral("not a DER X.509 certificate: %1").arg(openssl::lastError()));
    if (cursor != reinterpret_cast<const unsigned char *>(der.data()) + der.size())
        return fail(CryptoErrorCode::MalformedCertificate,
                    QStringLiteral("%1 bytes follow the certificate")
                        .arg(der.size() - (cursor - reinterpret_cast<const unsigned char *>(der.data()))));

    X509Certificate certificate;
    certificate.m_der = der.toByteArray();
    openssl::PKey key(X509_get_pubkey(parsed.get()));
    if (!key)
        return fail(
            CryptoErrorCode::MalformedKey,
            QStringLiteral("the certificate's public key cannot be read: %1").arg(openssl::lastError()));
    certificate.m_publicKey = publicKeyFrom(std::move(key));
    bool malformed = false;
    certificate.m_extendedKeyUsage = extendedKeyUsage(parsed.get(), &malformed);
    if (malformed)
        return fail(CryptoErrorCode::MalformedCertificate,
                    QStringLiteral("the certificate's extended key usage extension is malformed"));
    certificate.m_notBefore = toDateTime(X509_get0_notBefore(parsed.get()));
    certificate.m_notAfter = toDateTime(X509_get0_notAfter(parsed.get()));
    certificate.m_x509 = std::shared_ptr<X509>(parsed.release(), X509_free);
    return certificate;
}

Result<QList<X509Certificate>, CryptoError> X509Certificate::fromPem(QByteArrayView pem)
{
    openssl::Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio)
        return fail(CryptoErrorCode::Internal, QStringLiteral("out of memory"));
    QList<X509Certificate> certificates;
    for (;;) {
        openssl::X509Ptr next(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!next)
            break;
        const int length = i2d_X509(next.get(), nullptr);
        QByteArray der(length > 0 ? length : 0, Qt::Uninitialized);
        unsigned char *cursor = openssl::bytes(der);
        if (length <= 0 || i2d_X509(next.get(), &cursor) != length)
            return fail(CryptoErrorCode::MalformedCertificate,
                        QStringLiteral("a PEM certificate cannot be re-encoded"));
        Result<X509Certificate, CryptoError> certificate = fromDer(der);
        if (!certificate)
            return fail(certificate.error());
        certificates.append(std::move(certificate).value());
    }
    // The loop ends on the first block that is not a certificate: end of input, or garbage.
    const unsigned long reason = ERR_peek_last_error();
    ERR_clear_error();
    const bool endOfInput =
        ERR_GET_LIB(reason) == ERR_LIB_PEM && ERR_GET_REASON(reason) == PEM_R_NO_START_LINE;
    if (!endOfInput && reason != 0)
        return fail(CryptoErrorCode::MalformedCertificate,
                    QStringLiteral("a PEM certificate block is broken"));
    if (certificates.isEmpty())
        return fail(CryptoErrorCode::MalformedCertificate, QStringLiteral("no PEM certificate found"));
    return certificates;
}

QString X509Certificate::subjectAttribute(int nid) const
{
    const X509_NAME *subject = X509_get_subject_name(m_x509.get());
    const int index = X509_NAME_get_index_by_NID(subject, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString X509Certificate::subjectCountry() const
{
    return subjectAttribute(NID_countryName);
}

QString X509Certificate::subjectCommonName() const
{
    return subjectAttribute(NID_commonName);
}

} // namespace passgate
