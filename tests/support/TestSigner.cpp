#include "support/TestSigner.h"

#include "common/Base64Url.h"
#include "crypto/EcdsaSignatureFormat_p.h"
#include "crypto/X509Certificate.h"

#include <QtGlobal>

#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace passgate::test {

const QString TestSigner::oidTest = QStringLiteral("1.3.6.1.4.1.1847.2021.1.1");
const QString TestSigner::oidVaccination = QStringLiteral("1.3.6.1.4.1.1847.2021.1.2");
const QString TestSigner::oidRecovery = QStringLiteral("1.3.6.1.4.1.1847.2021.1.3");
const QString TestSigner::oidTestAlt = QStringLiteral("1.3.6.1.4.1.0.1847.2021.1.1");
const QString TestSigner::oidVaccinationAlt = QStringLiteral("1.3.6.1.4.1.0.1847.2021.1.2");
const QString TestSigner::oidRecoveryAlt = QStringLiteral("1.3.6.1.4.1.0.1847.2021.1.3");

namespace {

[[noreturn]] void die(const char *what)
{
    qFatal("TestSigner: %s failed: %s", what, qPrintable(openssl::lastError()));
}

openssl::PKey generateKey(TestSigner::KeyType type)
{
    EVP_PKEY *key = nullptr;
    switch (type) {
    case TestSigner::KeyType::EcP256:
        key = EVP_EC_gen("P-256");
        break;
    case TestSigner::KeyType::EcP384:
        key = EVP_EC_gen("P-384");
        break;
    case TestSigner::KeyType::Rsa2048:
        key = EVP_RSA_gen(2048);
        break;
    case TestSigner::KeyType::Rsa3072:
        key = EVP_RSA_gen(3072);
        break;
    }
    if (!key)
        die("key generation");
    return openssl::PKey(key);
}

void addExtendedKeyUsage(X509 *certificate, const QStringList &oids)
{
    EXTENDED_KEY_USAGE *usages = sk_ASN1_OBJECT_new_null();
    for (const QString &oid : oids) {
        ASN1_OBJECT *object = OBJ_txt2obj(oid.toLatin1().constData(), 1);
        if (!object)
            die("OID parsing");
        sk_ASN1_OBJECT_push(usages, object);
    }
    if (X509_add1_ext_i2d(certificate, NID_ext_key_usage, usages, 0, X509V3_ADD_DEFAULT) != 1)
        die("adding the extended key usage");
    sk_ASN1_OBJECT_pop_free(usages, ASN1_OBJECT_free);
}

} // namespace

TestSigner TestSigner::generate(const Options &options)
{
    TestSigner signer;
    signer.m_keyType = options.keyType;
    openssl::PKey key = generateKey(options.keyType);

    openssl::X509Ptr certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()),
                     static_cast<long>(QDateTime::currentMSecsSinceEpoch() & 0x7FFFFFFF));
    ASN1_TIME_set(X509_getm_notBefore(certificate.get()),
                  static_cast<time_t>(options.notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(certificate.get()),
                  static_cast<time_t>(options.notAfter.toSecsSinceEpoch()));
    X509_NAME *name = X509_get_subject_name(certificate.get());
    if (!options.country.isEmpty())
        X509_NAME_add_entry_by_txt(
            name, "C", MBSTRING_UTF8,
            reinterpret_cast<const unsigned char *>(options.country.toUtf8().constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(options.commonName.toUtf8().constData()), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    X509_set_pubkey(certificate.get(), key.get());
    if (!options.extendedKeyUsage.isEmpty())
        addExtendedKeyUsage(certificate.get(), options.extendedKeyUsage);
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        die("certificate signing");

    const int length = i2d_X509(certificate.get(), nullptr);
    signer.m_certificateDer.resize(length);
    unsigned char *cursor = openssl::bytes(signer.m_certificateDer);
    i2d_X509(certificate.get(), &cursor);
    signer.m_privateKey = std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
    return signer;
}

TestSigner TestSigner::generate(KeyType keyType)
{
    return generate(keyType, {});
}

TestSigner TestSigner::generate(KeyType keyType, const QStringList &extendedKeyUsage)
{
    Options options;
    options.keyType = keyType;
    options.extendedKeyUsage = extendedKeyUsage;
    return generate(options);
}

QByteArray TestSigner::certificatePem() const
{
    return "-----BEGIN CERTIFICATE-----\n" + m_certificateDer.toBase64() + "\n-----END CERTIFICATE-----\n";
}

QByteArray TestSigner::kid() const
{
    return SignerCertificate::dccKeyId(m_certificateDer);
}

SignerCertificate TestSigner::signerCertificate() const
{
    Result<X509Certificate, CryptoError> certificate = X509Certificate::fromDer(m_certificateDer);
    if (!certificate)
        qFatal("TestSigner: own certificate unreadable: %s", qPrintable(certificate.error().reason));
    Result<SignerCertificate, TrustError> signer = SignerCertificate::fromCertificate(*certificate);
    if (!signer)
        qFatal("TestSigner: own certificate refused: %s", qPrintable(signer.error().reason));
    return *signer;
}

QByteArray TestSigner::sign(const QByteArray &data) const
{
    openssl::MdContext context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr;
    if (!context ||
        EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_privateKey.get()) != 1)
        die("signing setup");
    if (!isEc()) {
        if (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) != 1)
            die("PSS setup");
    }
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    if (EVP_DigestSign(context.get(), nullptr, &length, input, static_cast<size_t>(data.size())) != 1)
        die("signing");
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), openssl::bytes(signature), &length, input,
                       static_cast<size_t>(data.size())) != 1)
        die("signing");
    signature.resize(static_cast<qsizetype>(length));
    if (!isEc())
        return signature;
    const int fieldBytes = (EVP_PKEY_get_bits(m_privateKey.get()) + 7) / 8;
    return ecdsaDerToRaw(signature, fieldBytes);
}

QJsonObject TestSigner::publicJwk() const
{
    if (m_keyType != KeyType::EcP256)
        qFatal("TestSigner::publicJwk: only a P-256 key has a JWK here");
    // An uncompressed P-256 SubjectPublicKeyInfo ends with x || y, 32 bytes each.
    const QByteArray point = signerCertificate().publicKey().subjectPublicKeyInfo().right(64);
    return {{QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("x"), QString::fromLatin1(encodeBase64Url(point.first(32)))},
            {QStringLiteral("y"), QString::fromLatin1(encodeBase64Url(point.last(32)))}};
}

} // namespace passgate::test
