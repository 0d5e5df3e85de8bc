#include "crypto/PublicKey_p.h"
#include "crypto/SignatureVerifier.h"
#include "crypto/X509Certificate.h"
#include "support/TestSigner.h"

#include <QTest>

using namespace passgate;
using namespace passgate::test;

Q_DECLARE_METATYPE(passgate::test::TestSigner::KeyType)
Q_DECLARE_METATYPE(passgate::SignatureAlgorithm)
Q_DECLARE_METATYPE(passgate::CryptoErrorCode)

namespace {

PublicKey publicKeyOf(const TestSigner &signer)
{
    return X509Certificate::fromDer(signer.certificateDer())->publicKey();
}

const TestSigner &signerFor(TestSigner::KeyType type)
{
    // RSA key generation is slow; each key type is made once per run.
    static QHash<int, TestSigner> signers;
    if (!signers.contains(int(type)))
        signers.insert(int(type), TestSigner::generate(type));
    return signers[int(type)];
}

} // namespace

class SignatureVerifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validSignaturesVerify_data()
    {
        QTest::addColumn<TestSigner::KeyType>("keyType");
        QTest::addColumn<SignatureAlgorithm>("algorithm");
        QTest::addColumn<int>("signatureLength");
        QTest::newRow("ES256 P-256") << TestSigner::KeyType::EcP256 << SignatureAlgorithm::Es256 << 64;
        // Some issuers label a P-384 key ES256: ECDSA with SHA-256, r || s 48 bytes each.
        QTest::newRow("ES256 P-384") << TestSigner::KeyType::EcP384 << SignatureAlgorithm::Es256 << 96;
        QTest::newRow("PS256 RSA-2048") << TestSigner::KeyType::Rsa2048 << SignatureAlgorithm::Ps256 << 256;
        QTest::newRow("PS256 RSA-3072") << TestSigner::KeyType::Rsa3072 << SignatureAlgorithm::Ps256 << 384;
    }
    void validSignaturesVerify()
    {
        QFETCH(TestSigner::KeyType, keyType);
        QFETCH(SignatureAlgorithm, algorithm);
        QFETCH(int, signatureLength);
        const TestSigner &signer = signerFor(keyType);
        const QByteArray data = "Signature1 structure stand-in";
        const QByteArray signature = signer.sign(data);
        QCOMPARE(signature.size(), signatureLength);
        const Result<void, CryptoError> verified =
            verifySignature(algorithm, publicKeyOf(signer), data, signature);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().reason));
    }

    void badSignaturesAreRefused_data()
    {
        QTest::addColumn<TestSigner::KeyType>("keyType");
        QTest::addColumn<SignatureAlgorithm>("algorithm");
        QTest::addColumn<QString>("change");
        QTest::addColumn<CryptoErrorCode>("expected");
        for (auto [name, type, algorithm] :
             {std::tuple{"ES256", TestSigner::KeyType::EcP256, SignatureAlgorithm::Es256},
              std::tuple{"PS256", TestSigner::KeyType::Rsa2048, SignatureAlgorithm::Ps256}}) {
            QTest::addRow("%s other data", name)
                << type << algorithm << QStringLiteral("data") << CryptoErrorCode::SignatureMismatch;
            QTest::addRow("%s flipped bit", name)
                << type << algorithm << QStringLiteral("flip") << CryptoErrorCode::SignatureMismatch;
            QTest::addRow("%s truncated", name)
                << type << algorithm << QStringLiteral("truncate") << CryptoErrorCode::MalformedSignature;
            QTest::addRow("%s empty", name)
                << type << algorithm << QStringLiteral("empty") << CryptoErrorCode::MalformedSignature;
        }
        QTest::newRow("ES256 label on an RSA key")
            << TestSigner::KeyType::Rsa2048 << SignatureAlgorithm::Es256 << QString()
            << CryptoErrorCode::UnsupportedKey;
        QTest::newRow("PS256 label on an EC key") << TestSigner::KeyType::EcP256 << SignatureAlgorithm::Ps256
                                                  << QString() << CryptoErrorCode::UnsupportedKey;
        QTest::newRow("ES256 r = 0, s = 0") << TestSigner::KeyType::EcP256 << SignatureAlgorithm::Es256
                                            << QStringLiteral("zero") << CryptoErrorCode::SignatureMismatch;
    }
    void badSignaturesAreRefused()
    {
        QFETCH(TestSigner::KeyType, keyType);
        QFETCH(SignatureAlgorithm, algorithm);
        QFETCH(QString, change);
        QFETCH(CryptoErrorCode, expected);
        const TestSigner &signer = signerFor(keyType);
        QByteArray data = "the signed bytes";
        QByteArray signature = signer.sign(data);
        if (change == QLatin1String("data"))
            data = "other bytes";
        else if (change == QLatin1String("flip"))
            signature[10] = static_cast<char>(signature[10] ^ 0x40);
        else if (change == QLatin1String("truncate"))
            signature.chop(1);
        else if (change == QLatin1String("empty"))
            signature.clear();
        else if (change == QLatin1String("zero"))
            signature.fill('\0');
        const Result<void, CryptoError> verified =
            verifySignature(algorithm, publicKeyOf(signer), data, signature);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, expected);
        QVERIFY(!verified.error().reason.isEmpty());
    }

    void shortRsaKeysAreRefused()
    {
        openssl::PKey key(EVP_RSA_gen(1024));
        QVERIFY(key);
        const PublicKey publicKey = publicKeyFrom(std::move(key));
        QCOMPARE(publicKey.bits(), 1024);
        const Result<void, CryptoError> verified =
            verifySignature(SignatureAlgorithm::Ps256, publicKey, "data", QByteArray(128, 'x'));
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, CryptoErrorCode::UnsupportedKey);
        QVERIFY(verified.error().reason.contains(QLatin1String("1024")));
    }

    void nullKeyIsRefused()
    {
        const Result<void, CryptoError> verified =
            verifySignature(SignatureAlgorithm::Es256, PublicKey(), "d", "s");
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, CryptoErrorCode::MalformedKey);
    }

    void publicKeyDescribesItself()
    {
        const PublicKey ec = publicKeyOf(signerFor(TestSigner::KeyType::EcP256));
        QCOMPARE(ec.type(), PublicKey::Type::Ec);
        QCOMPARE(ec.bits(), 256);
        QCOMPARE(ec.curveName(), QStringLiteral("prime256v1"));
        const PublicKey rsa = publicKeyOf(signerFor(TestSigner::KeyType::Rsa3072));
        QCOMPARE(rsa.type(), PublicKey::Type::Rsa);
        QCOMPARE(rsa.bits(), 3072);
        QVERIFY(rsa.curveName().isEmpty());
        const Result<PublicKey, CryptoError> again =
            PublicKey::fromSubjectPublicKeyInfo(rsa.subjectPublicKeyInfo());
        QVERIFY(again.ok());
        QCOMPARE(again->subjectPublicKeyInfo(), rsa.subjectPublicKeyInfo());
        QVERIFY(!PublicKey::fromSubjectPublicKeyInfo("not a key").ok());
    }
};

QTEST_APPLESS_MAIN(SignatureVerifierTest)
#include "tst_signatureverifier.moc"
