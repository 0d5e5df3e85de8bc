#include "formats/cose/CoseSign1.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace passgate;
using namespace passgate::cose;

Q_DECLARE_METATYPE(passgate::PassErrorCode)

namespace {

const QByteArray kid = QByteArray::fromHex("0102030405060708");
const QByteArray otherKid("foo");

QByteArray encode(const QCborValue &value)
{
    return value.toCbor();
}

QByteArray header(std::initializer_list<std::pair<int, QCborValue>> entries)
{
    QCborMap map;
    for (const auto &[label, value] : entries)
        map.insert(label, value);
    return map.isEmpty() ? QByteArray() : encode(map);
}

QCborMap unprotectedHeader(std::initializer_list<std::pair<int, QCborValue>> entries)
{
    QCborMap map;
    for (const auto &[label, value] : entries)
        map.insert(label, value);
    return map;
}

QByteArray message(const QByteArray &protectedBytes, const QCborMap &unprotected, bool tag18 = true,
                   bool tag61 = false)
{
    QCborValue value(QCborArray{protectedBytes, unprotected, QByteArray("payload"), QByteArray(64, 's')});
    if (tag18)
        value = QCborValue(QCborTag(18), value);
    if (tag61)
        value = QCborValue(QCborTag(61), value);
    return encode(value);
}

} // namespace

class CoseSign1Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsAndParts_data()
    {
        QTest::addColumn<bool>("tag18");
        QTest::addColumn<bool>("tag61");
        QTest::newRow("untagged") << false << false;
        QTest::newRow("tag 18") << true << false;
        QTest::newRow("tag 61 around tag 18") << true << true;
    }
    void tagsAndParts()
    {
        QFETCH(bool, tag18);
        QFETCH(bool, tag61);
        const QByteArray protectedBytes = header({{1, -7}, {4, kid}});
        const Result<CoseSign1, PassError> parsed =
            CoseSign1::parse(message(protectedBytes, {}, tag18, tag61));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().reason));
        QCOMPARE(parsed->coseTagged, tag18);
        QCOMPARE(parsed->cwtTagged, tag61);
        QCOMPARE(parsed->protectedBytes, protectedBytes);
        QCOMPARE(parsed->payload, QByteArray("payload"));
        QCOMPARE(parsed->signature, QByteArray(64, 's'));
        QCOMPARE(parsed->algorithm, SignatureAlgorithm::Es256);
        QCOMPARE(parsed->keyId.value_or(QByteArray()), kid);
    }

    // hcert spec §3.3.1: the protected kid is used when present, even if wrong; the unprotected
    // one only when the protected header has none.
    void keyIdRules_data()
    {
        QTest::addColumn<QByteArray>("protectedBytes");
        QTest::addColumn<QCborMap>("unprotected");
        QTest::addColumn<QByteArray>("expectedKid");
        QTest::addColumn<bool>("fromProtected");
        QTest::newRow("protected only") << header({{1, -7}, {4, kid}}) << QCborMap() << kid << true;
        QTest::newRow("unprotected only")
            << header({{1, -7}}) << unprotectedHeader({{4, kid}}) << kid << false;
        QTest::newRow("both agree") << header({{1, -7}, {4, kid}}) << unprotectedHeader({{4, kid}}) << kid
                                    << true;
        QTest::newRow("protected right, unprotected wrong")
            << header({{1, -7}, {4, kid}}) << unprotectedHeader({{4, otherKid}}) << kid << true;
        QTest::newRow("protected wrong, unprotected right")
            << header({{1, -7}, {4, otherKid}}) << unprotectedHeader({{4, kid}}) << otherKid << true;
        QTest::newRow("empty protected header, all unprotected")
            << QByteArray() << unprotectedHeader({{1, -7}, {4, kid}}) << kid << false;
        QTest::newRow("no kid anywhere") << header({{1, -7}}) << QCborMap() << QByteArray() << false;
    }
    void keyIdRules()
    {
        QFETCH(QByteArray, protectedBytes);
        QFETCH(QCborMap, unprotected);
        QFETCH(QByteArray, expectedKid);
        QFETCH(bool, fromProtected);
        const Result<CoseSign1, PassError> parsed = CoseSign1::parse(message(protectedBytes, unprotected));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().reason));
        QCOMPARE(parsed->keyId.has_value(), !expectedKid.isEmpty());
        QCOMPARE(parsed->keyId.value_or(QByteArray()), expectedKid);
        QCOMPARE(parsed->keyIdProtected, fromProtected);
    }

    void algorithms_data()
    {
        QTest::addColumn<QByteArray>("protectedBytes");
        QTest::addColumn<QCborMap>("unprotected");
        QTest::addColumn<int>("algorithm"); // -1: refused as unsupported
        QTest::newRow("ES256 protected") << header({{1, -7}}) << QCborMap() << int(SignatureAlgorithm::Es256);
        QTest::newRow("PS256 protected")
            << header({{1, -37}}) << QCborMap() << int(SignatureAlgorithm::Ps256);
        QTest::newRow("ES256 unprotected")
            << QByteArray() << unprotectedHeader({{1, -7}}) << int(SignatureAlgorithm::Es256);
        QTest::newRow("protected wins")
            << header({{1, -37}}) << unprotectedHeader({{1, -7}}) << int(SignatureAlgorithm::Ps256);
        QTest::newRow("ES384 is not supported") << header({{1, -35}}) << QCborMap() << -1;
        QTest::newRow("EdDSA is not supported") << header({{1, -8}}) << QCborMap() << -1;
        QTest::newRow("text name is not supported")
            << header({{1, QStringLiteral("ES256")}}) << QCborMap() << -1;
    }
    void algorithms()
    {
        QFETCH(QByteArray, protectedBytes);
        QFETCH(QCborMap, unprotected);
        QFETCH(int, algorithm);
        const Result<CoseSign1, PassError> parsed = CoseSign1::parse(message(protectedBytes, unprotected));
        if (algorithm < 0) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, PassErrorCode::UnsupportedAlgorithm);
            QCOMPARE(stageOf(parsed.error().code), PassStage::Cose);
        } else {
            QVERIFY(parsed.ok());
            QCOMPARE(int(parsed->algorithm), algorithm);
        }
    }

    void malformedMessagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("cbor");
        QTest::addColumn<QString>("reason");
        const QByteArray goodProtected = header({{1, -7}, {4, kid}});
        QTest::newRow("not CBOR") << QByteArray("\xff\xff", 2) << QStringLiteral("not a COSE message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a COSE message");
        QTest::newRow("trailing bytes")
            << message(goodProtected, {}) + "x" << QStringLiteral("1 bytes follow");
        QTest::newRow("a map") << encode(QCborMap{{1, 2}}) << QStringLiteral("array of 4");
        QTest::newRow("three parts") << encode(QCborValue(QCborTag(18), QCborArray{goodProtected, QCborMap(),
                                                                                   QByteArray()}))
                                     << QStringLiteral("array of 4");
        QTest::newRow("tag 17 (COSE_Mac0)")
            << encode(QCborValue(QCborTag(17),
                                 QCborArray{goodProtected, QCborMap(), QByteArray("p"), QByteArray("s")}))
            << QStringLiteral("tag 17 is not COSE_Sign1");
        QTest::newRow("tag 61 without tag 18")
            << encode(QCborValue(QCborTag(61),
                                 QCborArray{goodProtected, QCborMap(), QByteArray("p"), QByteArray("s")}))
            << QStringLiteral("must wrap a tagged COSE_Sign1");
        QTest::newRow("protected header as a map")
            << encode(QCborArray{QCborMap{{1, -7}}, QCborMap(), QByteArray("p"), QByteArray("s")})
            << QStringLiteral("protected header is not a byte string");
        QTest::newRow("protected header not CBOR")
            << encode(QCborArray{QByteArray("\xff", 1), QCborMap(), QByteArray("p"), QByteArray("s")})
            << QStringLiteral("protected header is not CBOR");
        QTest::newRow("protected header an array")
            << encode(QCborArray{encode(QCborArray{1}), QCborMap(), QByteArray("p"), QByteArray("s")})
            << QStringLiteral("protected header is not a map");
        QTest::newRow("unprotected header a byte string")
            << encode(QCborArray{goodProtected, QByteArray(), QByteArray("p"), QByteArray("s")})
            << QStringLiteral("unprotected header is not a map");
        QTest::newRow("detached payload")
            << encode(QCborArray{goodProtected, QCborMap(), QCborValue(nullptr), QByteArray("s")})
            << QStringLiteral("detached payload");
        QTest::newRow("payload as text")
            << encode(QCborArray{goodProtected, QCborMap(), QStringLiteral("p"), QByteArray("s")})
            << QStringLiteral("payload is not a byte string");
        QTest::newRow("signature as text")
            << encode(QCborArray{goodProtected, QCborMap(), QByteArray("p"), QStringLiteral("s")})
            << QStringLiteral("signature is not a byte string");
        QTest::newRow("kid as text") << message(header({{1, -7}, {4, QStringLiteral("kid")}}), {})
                                     << QStringLiteral("key id is not a byte string");
        QTest::newRow("no algorithm")
            << message(header({{4, kid}}), {}) << QStringLiteral("names no algorithm");
        // Two kids in one header: which one the signer meant cannot be known.
        QTest::newRow("duplicate label")
            << message(QByteArray::fromHex("a3") + encode(1) + encode(-7) + encode(4) + encode(kid) +
                           encode(4) + encode(otherKid),
                       {})
            << QStringLiteral("same label twice");
        // A large header (hostile) is checked by sorting its labels; the duplicate is the last one.
        QByteArray many = QByteArray::fromHex("b818") + encode(1) + encode(-7) + encode(4) + encode(kid);
        for (int label = 100; label < 121; ++label)
            many += encode(label) + encode(label);
        many += encode(100) + encode(0);
        QTest::newRow("duplicate label among 24") << message(many, {}) << QStringLiteral("same label twice");
    }
    void malformedMessagesAreRefused()
    {
        QFETCH(QByteArray, cbor);
        QFETCH(QString, reason);
        const Result<CoseSign1, PassError> parsed = CoseSign1::parse(cbor);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, PassErrorCode::MalformedCose);
        QVERIFY2(parsed.error().reason.contains(reason), qPrintable(parsed.error().reason));
    }

    // RFC 9052 §4.4: Sig_structure = ["Signature1", body_protected, external_aad, payload].
    void toBeSignedIsTheSigStructure()
    {
        const QByteArray protectedBytes = header({{1, -7}, {4, kid}});
        const Result<CoseSign1, PassError> parsed = CoseSign1::parse(message(protectedBytes, {}));
        QVERIFY(parsed.ok());
        const QByteArray expected = QByteArray::fromHex("84")                    // array(4)
                                    + QByteArray::fromHex("6a") + "Signature1"   // text(10)
                                    + QByteArray::fromHex("4d") + protectedBytes // bytes(13)
                                    + QByteArray::fromHex("40")                  // bytes(0)
                                    + QByteArray::fromHex("47") + "payload";     // bytes(7)
        QCOMPARE(parsed->toBeSigned().toHex(), expected.toHex());
    }
};

QTEST_APPLESS_MAIN(CoseSign1Test)
#include "tst_cosesign1.moc"
