#include "trust/PassRevocation.h"
#include "trust/RevocationList.h"

#include <QTest>

#include <random>

using namespace passgate;

Q_DECLARE_METATYPE(passgate::RevocationHashType)

namespace {

RevocationList::Hash fromHex(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    RevocationList::Hash hash{};
    std::copy_n(reinterpret_cast<const std::uint8_t *>(bytes.constData()), hash.size(), hash.begin());
    return hash;
}

QByteArray bytesUpTo(int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes.append(char(i));
    return bytes;
}

DecodedPass demoPass(const QByteArray &signature)
{
    DecodedPass pass;
    pass.certificateId = QStringLiteral("URN:UVCI:01:KR:DEMO#1");
    pass.issuerCountry = QStringLiteral("KR");
    pass.signature = signature;
    return pass;
}

} // namespace

class RevocationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Expected values computed independently (Python hashlib) from the EU DCC scheme's definitions.
    void hashesFollowTheEuScheme_data()
    {
        QTest::addColumn<RevocationHashType>("type");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("expectedHex");
        QTest::newRow("UCI") << RevocationHashType::Uci << bytesUpTo(64)
                             << QByteArray("0879dc6f34e3c7548e6af8de760938ad");
        QTest::newRow("country + UCI") << RevocationHashType::CountryCodeUci << bytesUpTo(64)
                                       << QByteArray("45ab42f5348f0356699cac8a901fc0b2");
        QTest::newRow("ECDSA signature: r only") << RevocationHashType::Signature << bytesUpTo(64)
                                                 << QByteArray("630dcd2966c4336691125448bbb25b4f");
        QTest::newRow("RSA signature: all of it") << RevocationHashType::Signature << bytesUpTo(256)
                                                  << QByteArray("40aff2e9d2d8922e47afd4648e696749");
    }
    void hashesFollowTheEuScheme()
    {
        QFETCH(RevocationHashType, type);
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, expectedHex);
        const auto hash = revocationHash(type, demoPass(signature));
        QVERIFY(hash);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(hash->data()), 16).toHex(), expectedHex);
    }

    void passWithoutIdentifiersHasNoHashes()
    {
        const DecodedPass empty;
        QVERIFY(!revocationHash(RevocationHashType::Uci, empty));
        QVERIFY(!revocationHash(RevocationHashType::CountryCodeUci, empty));
        QVERIFY(!revocationHash(RevocationHashType::Signature, empty));
        RevocationList list;
        list.add(RevocationHashType::Uci, fromHex("0879dc6f34e3c7548e6af8de760938ad"));
        list.finish();
        QVERIFY(!isRevoked(list, empty));
    }

    void revokedByAnyType_data()
    {
        QTest::addColumn<RevocationHashType>("type");
        QTest::addColumn<QByteArray>("entryHex");
        QTest::newRow("UCI") << RevocationHashType::Uci << QByteArray("0879dc6f34e3c7548e6af8de760938ad");
        QTest::newRow("country + UCI")
            << RevocationHashType::CountryCodeUci << QByteArray("45ab42f5348f0356699cac8a901fc0b2");
        QTest::newRow("signature") << RevocationHashType::Signature
                                   << QByteArray("630dcd2966c4336691125448bbb25b4f");
    }
    void revokedByAnyType()
    {
        QFETCH(RevocationHashType, type);
        QFETCH(QByteArray, entryHex);
        RevocationList list;
        list.add(type, fromHex(entryHex.constData()));
        list.finish();
        QVERIFY(isRevoked(list, demoPass(bytesUpTo(64))));
        // The same signature with another s (e.g. n - s) is still the same revoked pass.
        QByteArray otherS = bytesUpTo(64);
        otherS[40] = char(0xff);
        QCOMPARE(isRevoked(list, demoPass(otherS)), true);
        DecodedPass unrelated = demoPass(QByteArray(64, 'x'));
        unrelated.certificateId = QStringLiteral("URN:UVCI:01:KR:DEMO#2");
        QVERIFY(!isRevoked(list, unrelated));
        // Types are separate lists: the entry is not found under another type.
        const RevocationHashType other =
            type == RevocationHashType::Uci ? RevocationHashType::Signature : RevocationHashType::Uci;
        QVERIFY(!list.contains(other, fromHex(entryHex.constData())));
    }

    void sortedInputIsEnforced()
    {
        RevocationList list;
        QVERIFY(list.appendSorted(RevocationHashType::Uci, fromHex("00000000000000000000000000000002")));
        QVERIFY(!list.appendSorted(RevocationHashType::Uci, fromHex("00000000000000000000000000000002")));
        QVERIFY(!list.appendSorted(RevocationHashType::Uci, fromHex("00000000000000000000000000000001")));
        QVERIFY(list.appendSorted(RevocationHashType::Uci, fromHex("00000000000000010000000000000000")));
        QVERIFY(
            list.appendSorted(RevocationHashType::Signature, fromHex("00000000000000000000000000000001")));
        QCOMPARE(list.size(), size_t(3));
        QVERIFY(list.contains(RevocationHashType::Uci, fromHex("00000000000000010000000000000000")));
        QVERIFY(
            !list.contains(RevocationHashType::CountryCodeUci, fromHex("00000000000000000000000000000002")));
    }

    // A million entries: every listed hash is found, unlisted ones are not, duplicates collapse.
    void aMillionEntries()
    {
        std::mt19937_64 random(20211213);
        RevocationList list;
        std::vector<RevocationList::Hash> listed;
        listed.reserve(1'000'000);
        for (int i = 0; i < 1'000'000; ++i) {
            RevocationList::Hash hash;
            for (auto &byte : hash)
                byte = std::uint8_t(random());
            listed.push_back(hash);
            list.add(RevocationHashType(1 + i % 3), hash);
        }
        list.add(RevocationHashType::Uci, listed[0]); // a duplicate
        list.finish();
        QCOMPARE(list.size(), size_t(1'000'000));
        for (int i = 0; i < 1'000'000; i += 97)
            QVERIFY(list.contains(RevocationHashType(1 + i % 3), listed[size_t(i)]));
        int falsePositives = 0;
        for (int i = 0; i < 20'000; ++i) {
            RevocationList::Hash hash;
            for (auto &byte : hash)
                byte = std::uint8_t(random());
            falsePositives += list.contains(RevocationHashType::Uci, hash);
        }
        QCOMPARE(falsePositives, 0);
        // The visiting order is (type, hash) ascending: what a bundle stores.
        int previousType = 0;
        RevocationList::Hash previous{};
        bool ordered = true;
        list.forEach([&](RevocationHashType type, const RevocationList::Hash &hash) {
            if (int(type) == previousType && !(previous < hash))
                ordered = false;
            if (int(type) < previousType)
                ordered = false;
            previousType = int(type);
            previous = hash;
        });
        QVERIFY(ordered);
    }
};

QTEST_APPLESS_MAIN(RevocationTest)
#include "tst_revocation.moc"
