#include "support/TestNzcpIssuer.h"
#include "support/TestPublisher.h"
#include "support/TestShcIssuer.h"
#include "trust/TrustedPassReader.h"

#include "common/JsonFile.h"
#include "support/TestSigner.h"
#include "trust/BundleFormat_p.h"
#include "trust/BundleStore.h"
#include "trust/BundleVerifier.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace passgate;
using passgate::test::NzcpPassSpec;
using passgate::test::ShcCardSpec;
using passgate::test::TestNzcpIssuer;
using passgate::test::TestPublisher;
using passgate::test::TestShcIssuer;
using passgate::test::TestSigner;

Q_DECLARE_METATYPE(passgate::BundleErrorCode)

namespace {

const QDateTime issued(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
const QDateTime during = issued.addDays(3);

RevocationList::Hash hashOf(int n)
{
    RevocationList::Hash hash{};
    hash[0] = std::uint8_t(n >> 8);
    hash[15] = std::uint8_t(n);
    return hash;
}

QJsonObject ruleSetNamed(const QString &name)
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("passgate-rules")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("description"), QStringLiteral("test rules")},
                       {QStringLiteral("source"), QStringLiteral("a test")},
                       {QStringLiteral("statementOtherwise"),
                        QJsonObject{{QStringLiteral("verdict"), QStringLiteral("deny")},
                                    {QStringLiteral("reason"), QStringLiteral("not-accepted")}}}};
}

// A bundle signed properly around an arbitrary manifest: for manifests the verifier must refuse.
QByteArray signedWithManifest(const TestPublisher &publisher, const QByteArray &manifest)
{
    QByteArray file = bundleSignedPart(manifest, RevocationList(), publisher.signingKey().keyId());
    file.append(publisher.signingKey().sign(file));
    return file;
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TrustBundleTest : public QObject
{
    Q_OBJECT

private:
    TestPublisher m_publisher = TestPublisher::generate();
    TestPublisher m_stranger = TestPublisher::generate();
    test::TestSigner m_signer = test::TestSigner::generate();

    QByteArray fullBundle(quint64 sequence) const
    {
        BundleContents contents;
        contents.sequence = sequence;
        contents.issued = issued;
        contents.expires = issued.addDays(30);
        contents.publisher = QStringLiteral("test publisher");
        contents.signers.append({m_signer.certificateDer(), QStringLiteral("KR"), {}});
        contents.ruleSets.append(ruleSetNamed(QStringLiteral("venue-rules")));
        for (int i = 0; i < 300; ++i)
            contents.revocations.add(RevocationHashType(1 + i % 3), hashOf(i));
        contents.revocations.finish();
        return m_publisher.build(std::move(contents));
    }

private Q_SLOTS:
    void readsWhatWasBuilt()
    {
        const auto bundle = verifyBundle(fullBundle(7), m_publisher.pins(), during);
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().reason));
        QCOMPARE(bundle->sequence, quint64(7));
        QCOMPARE(bundle->issued, issued);
        QCOMPARE(bundle->expires, issued.addDays(30));
        QCOMPARE(bundle->publisher, QStringLiteral("test publisher"));
        QCOMPARE(bundle->signers.size(), 1);
        QVERIFY(bundle->signers.contains(m_signer.kid()));
        QCOMPARE(bundle->signers.find(m_signer.kid()).first().country(), QStringLiteral("KR"));
        QCOMPARE(bundle->ruleSets.size(), 1);
        QCOMPARE(bundle->ruleSets.first()->info().name, QStringLiteral("venue-rules"));
        QCOMPARE(bundle->revocations.size(), size_t(300));
        QVERIFY(bundle->revocations.contains(RevocationHashType::Uci, hashOf(0)));
        QVERIFY(bundle->revocations.contains(RevocationHashType::Signature, hashOf(299)));
        QVERIFY(!bundle->revocations.contains(RevocationHashType::Uci, hashOf(1)));
        QCOMPARE(bundle->publisherKeyId, m_publisher.signingKey().keyId());
    }

    // SMART Health Card and NZ COVID Pass issuer keys travel in the same signed manifest, and a
    // reader built on the bundle verifies their passes.
    void carriesIssuerKeys()
    {
        const TestShcIssuer shc(TestSigner::generate());
        const TestNzcpIssuer nzcp(TestSigner::generate());
        BundleContents contents;
        contents.sequence = 1;
        contents.issued = issued;
        contents.expires = issued.addDays(30);
        contents.issuerKeys = {shc.issuerKey(QStringLiteral("US")), nzcp.issuerKey()};
        contents.revocations.finish();
        const auto bundle = verifyBundle(m_publisher.build(contents), m_publisher.pins(), during);
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().reason));
        const IssuerKeys &keys = bundle->signers.issuerKeys();
        QCOMPARE(keys.size(), 2);
        const IssuerKey *shcKey = keys.find(PassFormat::SmartHealthCard, shc.issuer(), shc.kid());
        QVERIFY(shcKey);
        QCOMPARE(shcKey->country, QStringLiteral("US"));
        QVERIFY(keys.find(PassFormat::NzCovidPass, NzcpPassSpec().issuer, NzcpPassSpec().kid));

        const FixedClock clock(during);
        const TrustedPassReader reader(std::make_shared<const TrustBundle>(*bundle), clock);
        ShcCardSpec card;
        card.notBefore = during.addDays(-1);
        card.immunizations.append({QStringLiteral("208"), during.date().addDays(-30)});
        const auto shcPass = reader.read(shc.qr(card), during);
        QVERIFY2(shcPass.ok(), qPrintable(shcPass.ok() ? QString() : shcPass.error().code));
        QCOMPARE(shcPass->issuerCountry, QStringLiteral("US"));
        NzcpPassSpec pass;
        pass.notBefore = during.addDays(-1);
        pass.expires = during.addDays(100);
        QVERIFY(reader.read(nzcp.issue(pass), during).ok());
        // A key changed by one character in the manifest no longer matches its thumbprint: refused.
        QByteArray manifest = bundleManifest(contents);
        QByteArray otherKid = shc.kid().toUtf8();
        otherKid[0] = otherKid[0] == 'A' ? 'B' : 'A';
        manifest.replace(shc.kid().toUtf8(), otherKid);
        QCOMPARE(
            verifyBundle(signedWithManifest(m_publisher, manifest), m_publisher.pins(), during).error().code,
            BundleErrorCode::Malformed);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<BundleErrorCode>("error");

        const QByteArray good = fullBundle(3);
        const auto frame = readBundleFrame(good);
        QVERIFY(frame.ok());
        const qsizetype manifestAt = 12;
        const qsizetype entriesAt = 16 + frame->manifest.size();
        const qsizetype keyIdAt = frame->signedLength - 8;
        const qsizetype signatureAt = frame->signedLength;

        QTest::newRow("tampered manifest")
            << flipped(good, manifestAt + 40) << during << BundleErrorCode::BadSignature;
        // The last UCI entry (index 99), its last byte: still sorted, so only the signature can tell.
        QTest::newRow("tampered revocation hash")
            << flipped(good, entriesAt + 17 * 99 + 16) << during << BundleErrorCode::BadSignature;
        QTest::newRow("tampered signature")
            << flipped(good, signatureAt + 10) << during << BundleErrorCode::BadSignature;
        QTest::newRow("other key id")
            << flipped(good, keyIdAt) << during << BundleErrorCode::UnknownPublisher;
        QTest::newRow("unknown publisher")
            << m_stranger.build(3, issued) << during << BundleErrorCode::UnknownPublisher;
        QTest::newRow("expired") << good << issued.addDays(30) << BundleErrorCode::Expired;
        QTest::newRow("truncated") << good.left(good.size() - 1) << during << BundleErrorCode::Malformed;
        QTest::newRow("cut in the manifest") << good.left(40) << during << BundleErrorCode::Malformed;
        QTest::newRow("trailing bytes") << good + "x" << during << BundleErrorCode::Malformed;
        QTest::newRow("empty") << QByteArray() << during << BundleErrorCode::Malformed;
        QTest::newRow("not a bundle")
            << QByteArray("<html>503 Service Unavailable</html>") << during << BundleErrorCode::Malformed;
        QTest::newRow("huge manifest length")
            << QByteArray("PGBUNDLE\xff\xff\xff\xff", 12) + QByteArray(200, 'a') << during
            << BundleErrorCode::Malformed;
        QByteArray unknownType = good;
        unknownType[entriesAt] = '\x09';
        QTest::newRow("entry type 9") << unknownType << during << BundleErrorCode::Malformed;
        QTest::newRow("manifest not JSON")
            << signedWithManifest(m_publisher, "{not json") << during << BundleErrorCode::Malformed;
        QTest::newRow("manifest without sequence")
            << signedWithManifest(m_publisher,
                                  R"({"format":"passgate-trust-bundle","version":1,)"
                                  R"("issued":"2026-01-01T00:00:00Z","expires":"2026-02-01T00:00:00Z"})")
            << during << BundleErrorCode::Malformed;
        QTest::newRow("times without offset")
            << signedWithManifest(m_publisher,
                                  R"({"format":"passgate-trust-bundle","version":1,"sequence":1,)"
                                  R"("issued":"2026-01-01T00:00:00","expires":"2026-02-01T00:00:00"})")
            << during << BundleErrorCode::Malformed;
        QTest::newRow("certificate not DER")
            << signedWithManifest(m_publisher,
                                  R"({"format":"passgate-trust-bundle","version":1,"sequence":1,)"
                                  R"("issued":"2026-01-01T00:00:00Z","expires":"2026-02-01T00:00:00Z",)"
                                  R"("signers":[{"country":"KR","certificate":"AAAA"}]})")
            << during << BundleErrorCode::Malformed;
        QTest::newRow("rule set outside CertLogic")
            << signedWithManifest(
                   m_publisher,
                   R"({"format":"passgate-trust-bundle","version":1,"sequence":1,)"
                   R"("issued":"2026-01-01T00:00:00Z","expires":"2026-02-01T00:00:00Z",)"
                   R"("ruleSets":[{"format":"passgate-rules","version":1,"name":"x",)"
                   R"("description":"d","source":"s","statementOtherwise":{"verdict":"deny","reason":"n"},)"
                   R"("statementRules":[{"id":"A","verdict":"admit","reason":"r","when":{"map":[[],1]}}]}]})")
            << during << BundleErrorCode::Malformed;
    }
    void refuses()
    {
        QFETCH(QByteArray, file);
        QFETCH(QDateTime, now);
        QFETCH(BundleErrorCode, error);
        const auto bundle = verifyBundle(file, m_publisher.pins(), now);
        QVERIFY(!bundle.ok());
        QCOMPARE(bundle.error().code, error);
        QVERIFY(!bundle.error().reason.isEmpty());
    }

    void pinsSeveralKeysAndOnlyP256()
    {
        auto pins = PublisherKeys::fromPem(m_publisher.publicKeyPem() + m_stranger.publicKeyPem());
        QVERIFY(pins.ok());
        QCOMPARE(pins->size(), 2);
        QVERIFY(verifyBundle(m_stranger.build(1, issued), *pins, during).ok());
        QVERIFY(verifyBundle(m_publisher.build(1, issued), *pins, during).ok());
        const auto p384 =
            PublisherKeys::fromPem(TestPublisher::generate(TestPublisher::Curve::P384).publicKeyPem());
        QVERIFY(!p384.ok());
        QVERIFY(!PublisherKeys::fromPem("no key here").ok());
    }

    void storeInstallsRefusesAndKeepsTheLastGood()
    {
        QTemporaryDir dir;
        FixedClock clock(during);
        BundleStore store(dir.path(), m_publisher.pins(), clock);
        QVERIFY(store.load().ok());
        QVERIFY(!store.current());
        QVERIFY(!store.installedInfo().present);

        const QByteArray first = fullBundle(1);
        auto installed = store.install(first, QStringLiteral("test"));
        QVERIFY(installed.ok());
        QCOMPARE(*installed, InstallOutcome::Installed);
        QCOMPARE(store.installedInfo().sequence, quint64(1));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("bundle.pgtb")}); // no temporary left over

        auto again = store.install(first, QStringLiteral("test"));
        QVERIFY(again.ok());
        QCOMPARE(*again, InstallOutcome::AlreadyInstalled);

        const QByteArray second = m_publisher.build(2, issued.addDays(1));
        QCOMPARE(*store.install(second, QStringLiteral("test")), InstallOutcome::Installed);
        const QByteArray onDisk = [&] {
            QFile file(store.installedPath());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QCOMPARE(onDisk, second);

        const struct
        {
            QByteArray file;
            BundleErrorCode error;
        } refusals[] = {
            {first, BundleErrorCode::Rollback},                                   // older sequence
            {m_publisher.build(2, issued.addDays(2)), BundleErrorCode::Rollback}, // same sequence, changed
            {flipped(m_publisher.build(3, issued), 30), BundleErrorCode::BadSignature},
            {m_stranger.build(4, issued), BundleErrorCode::UnknownPublisher},
            {m_publisher.build(5, issued.addDays(-40)), BundleErrorCode::Expired},
            {second.left(100), BundleErrorCode::Malformed},
        };
        int kept = 0;
        for (const auto &refusal : refusals) {
            const auto result = store.install(refusal.file, QStringLiteral("http://127.0.0.1/bundle"));
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, refusal.error);
            QVERIFY(result.error().reason.startsWith(QStringLiteral("http://127.0.0.1/bundle: ")));
            ++kept;
            // The refused file is kept aside with its reason; the last good bundle stays in force.
            const QStringList aside =
                QDir(store.refusedDirectory()).entryList({QStringLiteral("*.pgtb")}, QDir::Files, QDir::Name);
            QCOMPARE(aside.size(), kept);
            QVERIFY(aside.last().endsWith(bundleErrorName(refusal.error) + QStringLiteral(".pgtb")));
            QFile keptFile(QDir(store.refusedDirectory()).filePath(aside.last()));
            QVERIFY(keptFile.open(QIODevice::ReadOnly));
            QCOMPARE(keptFile.readAll(), refusal.file);
            QCOMPARE(store.installedInfo().sequence, quint64(2));
            QFile installedFile(store.installedPath());
            QVERIFY(installedFile.open(QIODevice::ReadOnly));
            QCOMPARE(installedFile.readAll(), second);
        }
    }

    void storeReloadsAndDistrustsTheDisk()
    {
        QTemporaryDir dir;
        FixedClock clock(during);
        {
            BundleStore store(dir.path(), m_publisher.pins(), clock);
            QVERIFY(store.install(fullBundle(4), QStringLiteral("test")).ok());
        }
        // A restart reads it back; past its expiry it stays in force (flagged elsewhere).
        clock.set(issued.addDays(45));
        BundleStore restarted(dir.path(), m_publisher.pins(), clock);
        QVERIFY(restarted.load().ok());
        QVERIFY(restarted.current());
        QCOMPARE(restarted.current()->sequence, quint64(4));
        QVERIFY(restarted.current()->expiredAt(clock.now()));
        QCOMPARE(restarted.current()->revocations.size(), size_t(300));

        // Pins that no longer include its publisher: not used, but not thrown away either.
        BundleStore repinned(dir.path(), m_stranger.pins(), clock);
        const auto unpinned = repinned.load();
        QVERIFY(!unpinned.ok());
        QCOMPARE(unpinned.error().code, BundleErrorCode::UnknownPublisher);
        QVERIFY(!repinned.current());
        QVERIFY(QFile::exists(repinned.installedPath()));

        // Someone edits the file on disk: it no longer verifies, so it is set aside, nothing trusted.
        QFile file(restarted.installedPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(20);
        file.write("X");
        file.close();
        BundleStore tampered(dir.path(), m_publisher.pins(), clock);
        const auto loaded = tampered.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, BundleErrorCode::BadSignature);
        QVERIFY(!tampered.current());
        QVERIFY(!QFile::exists(tampered.installedPath()));
        QCOMPARE(QDir(tampered.refusedDirectory()).entryList({QStringLiteral("*.pgtb")}).size(), 1);
    }

    void refusalsDoNotFillTheDisk()
    {
        QTemporaryDir dir;
        FixedClock clock(during);
        BundleStore store(dir.path(), m_publisher.pins(), clock);
        for (int i = 0; i < BundleStore::keptRefusals + 5; ++i)
            QVERIFY(
                !store.install(QByteArray("garbage ") + QByteArray::number(i), QStringLiteral("test")).ok());
        const QDir refused(store.refusedDirectory());
        QCOMPARE(refused.entryList({QStringLiteral("*.pgtb")}).size(), BundleStore::keptRefusals);
        QCOMPARE(refused.entryList({QStringLiteral("*.txt")}).size(), BundleStore::keptRefusals);
    }

    void snapshotOutlivesAnUpdate()
    {
        QTemporaryDir dir;
        FixedClock clock(during);
        BundleStore store(dir.path(), m_publisher.pins(), clock);
        QVERIFY(store.install(fullBundle(1), QStringLiteral("test")).ok());
        const std::shared_ptr<const TrustBundle> inUse = store.current();
        QVERIFY(store.install(m_publisher.build(2, issued), QStringLiteral("test")).ok());
        // A check-in that took the bundle before the update finishes on it.
        QCOMPARE(inUse->sequence, quint64(1));
        QCOMPARE(inUse->revocations.size(), size_t(300));
        QCOMPARE(store.current()->sequence, quint64(2));
    }

    void aMillionRevocationsRoundTrip()
    {
        BundleContents contents;
        contents.sequence = 1;
        contents.issued = issued;
        contents.expires = issued.addDays(30);
        for (int i = 0; i < 1'000'000; ++i) {
            RevocationList::Hash hash{};
            for (int b = 0; b < 4; ++b)
                hash[size_t(b)] = std::uint8_t(i >> (8 * b));
            hash[15] = 0xab;
            contents.revocations.add(RevocationHashType::Uci, hash);
        }
        contents.revocations.finish();
        const QByteArray file = m_publisher.build(std::move(contents));
        QVERIFY(file.size() > 17'000'000);
        const auto bundle = verifyBundle(file, m_publisher.pins(), during);
        QVERIFY(bundle.ok());
        QCOMPARE(bundle->revocations.size(), size_t(1'000'000));
        RevocationList::Hash probe{};
        probe[0] = 0x3f; // entry 999,999 = 0x0f423f, low byte first
        probe[1] = 0x42;
        probe[2] = 0x0f;
        probe[15] = 0xab;
        QVERIFY(bundle->revocations.contains(RevocationHashType::Uci, probe));
        probe[15] = 0xac;
        QVERIFY(!bundle->revocations.contains(RevocationHashType::Uci, probe));
    }

    // A damaged download (flipped bits, cut short, bytes inserted) is refused with a reason, never
    // crashes the parser and never installs.
    void damagedBundlesAreRefused()
    {
        const QByteArray good = fullBundle(9);
        const PublisherKeys pins = m_publisher.pins();
        std::mt19937 random(1213);
        for (int i = 0; i < 3000; ++i) {
            QByteArray damaged = good;
            switch (i % 3) {
            case 0:
                for (int flips = 1 + int(random() % 4); flips > 0; --flips) {
                    const qsizetype at = qsizetype(random() % quint32(damaged.size()));
                    damaged[at] = char(damaged[at] ^ char(1 << (random() % 8)));
                }
                break;
            case 1:
                damaged.truncate(qsizetype(random() % quint32(good.size())));
                break;
            default:
                damaged.insert(qsizetype(random() % quint32(good.size())),
                               QByteArray(1 + int(random() % 20), 'z'));
                break;
            }
            if (damaged == good)
                continue;
            const auto bundle = verifyBundle(damaged, pins, during);
            QVERIFY2(!bundle.ok(), qPrintable(QString::number(i)));
            QVERIFY(!bundle.error().reason.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TrustBundleTest)
#include "tst_trust_bundle.moc"
