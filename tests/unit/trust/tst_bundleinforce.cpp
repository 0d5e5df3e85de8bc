#include "support/TestPublisher.h"

#include "checkin/CheckInService.h"
#include "policy/PolicyReasons.h"
#include "station/AdmissionRule.h"
#include "support/DccSamples.h"
#include "support/ReasonCodes.h"
#include "support/TestIssuer.h"
#include "trust/BundleStore.h"
#include "trust/BundleVerifier.h"
#include "trust/PassRevocation.h"
#include "trust/TrustedPassReader.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::test;

namespace {

const QDateTime issued(QDate(2022, 1, 20), QTime(0, 0), QTimeZone::utc());
const QDateTime now = issued.addDays(2);

} // namespace

// The kiosk's two steps around a bundle: reading a pass (signers and revocations of the bundle in
// force) and deciding (the venue's policy, a bundle rule set replacing the preset, time checks).
class BundleInForceTest : public QObject
{
    Q_OBJECT

private:
    TestPublisher m_publisher = TestPublisher::generate();
    TestIssuer m_issuer{TestSigner::generate()};
    TestIssuer m_stranger{TestSigner::generate()};
    std::shared_ptr<const TrustBundle> m_bundle;
    QByteArray m_bundleFile;

    QString passWithUci(const TestIssuer &issuer, const QString &uci) const
    {
        DccPassSpec spec;
        spec.payload = DccSamples::with(DccSamples::vaccination(QDate(2022, 1, 10), 3, 3),
                                        QStringLiteral("v/0/ci"), uci);
        spec.issuedAt = issued;
        spec.expiresAt = issued.addYears(1);
        return issuer.issue(spec);
    }

private Q_SLOTS:
    void initTestCase()
    {
        BundleContents contents;
        contents.sequence = 1;
        contents.issued = issued;
        contents.expires = issued.addDays(10);
        contents.signers.append({m_issuer.signer().certificateDer(), QStringLiteral("DE"), {}});
        contents.ruleSets.append(denyAllRuleSet(QStringLiteral("lockdown")));
        contents.ruleSets.append(denyAllRuleSet(QStringLiteral("eu-2g")));
        DecodedPass revoked;
        revoked.certificateId = QStringLiteral("URN:UVCI:01:DE:REVOKED#1");
        contents.revocations.add(RevocationHashType::Uci, *revocationHash(RevocationHashType::Uci, revoked));
        contents.revocations.finish();
        m_bundleFile = m_publisher.build(std::move(contents));
        auto bundle = verifyBundle(m_bundleFile, m_publisher.pins(), now);
        QVERIFY(bundle.ok());
        m_bundle = std::make_shared<const TrustBundle>(std::move(bundle).value());
    }

    void readerUsesTheBundle()
    {
        const FixedClock clock(now);
        const TrustedPassReader reader(m_bundle, clock);
        const auto good = reader.read(passWithUci(m_issuer, QStringLiteral("URN:UVCI:01:DE:GOOD#1")), now);
        QVERIFY(good.ok());
        QCOMPARE(good->certificateId, QStringLiteral("URN:UVCI:01:DE:GOOD#1"));

        const auto revoked =
            reader.read(passWithUci(m_issuer, QStringLiteral("URN:UVCI:01:DE:REVOKED#1")), now);
        QVERIFY(!revoked.ok());
        QCOMPARE(revoked.error().code, revokedReason);

        const auto untrusted =
            reader.read(passWithUci(m_stranger, QStringLiteral("URN:UVCI:01:DE:GOOD#1")), now);
        QVERIFY(!untrusted.ok());
        QCOMPARE(untrusted.error().code, QStringLiteral("unknown-key-id"));
        QVERIFY(!untrusted.error().args.isEmpty());

        // Without a trust list the kiosk says so, rather than blame the pass's issuer; text that is
        // no pass keeps its own reason.
        const TrustedPassReader withoutBundle(nullptr, clock);
        const auto noList =
            withoutBundle.read(passWithUci(m_issuer, QStringLiteral("URN:UVCI:01:DE:GOOD#1")), now);
        QVERIFY(!noList.ok());
        QCOMPARE(noList.error().code, trustMissingReason);
        const auto noPass = withoutBundle.read(QStringLiteral("hello"), now);
        QVERIFY(!noPass.ok());
        QCOMPARE(noPass.error().code, QStringLiteral("unknown-prefix"));
    }

    void decisionFollowsTheBundleAndTheClock()
    {
        const FixedClock clock(now);
        const TrustedPassReader reader(m_bundle, clock);
        auto pass = reader.read(passWithUci(m_issuer, QStringLiteral("URN:UVCI:01:DE:GOOD#1")), now);
        QVERIFY(pass.ok());
        Evidence evidence;
        evidence.passes.append(*pass);
        const Venue venue{QStringLiteral("pcbang"), QTimeZone::utc()};

        const AdmissionRule preset(PolicyCatalog::builtIn(), QStringLiteral("eu-3g"), venue);
        QCOMPARE(preset.decide(evidence, now, m_bundle.get()).verdict, Verdict::Admit);
        QCOMPARE(reasonCodes(preset.decide(evidence, now, m_bundle.get())), QStringList{reason::booster});
        // The ledger has an entry from later than the clock: the clock went back.
        const Decision clockBack = preset.decide(evidence, now, m_bundle.get(), now.addSecs(60));
        QCOMPARE(clockBack.verdict, Verdict::StaffCheck);
        QCOMPARE(reasonCodes(clockBack).first(), reason::clock);
        // Past the bundle's expiry: still read, never admitted silently.
        const Decision stale = preset.decide(evidence, issued.addDays(11), m_bundle.get());
        QCOMPARE(stale.verdict, Verdict::StaffCheck);
        QCOMPARE(reasonCodes(stale).first(), reason::trustListExpired);

        // A rule set in the bundle replaces the preset of the same name...
        const AdmissionRule replaced(PolicyCatalog::builtIn(), QStringLiteral("eu-2g"), venue);
        QCOMPARE(reasonCodes(replaced.decide(evidence, now, m_bundle.get())),
                 QStringList{QStringLiteral("closed")});
        QCOMPARE(reasonCodes(replaced.decide(evidence, now, nullptr)), QStringList{reason::booster});
        // ...and may name a policy no preset has; without the bundle that name is unknown.
        const AdmissionRule lockdown(PolicyCatalog::builtIn(), QStringLiteral("lockdown"), venue);
        const Decision closed = lockdown.decide(evidence, now, m_bundle.get());
        QCOMPARE(closed.verdict, Verdict::Deny);
        QCOMPARE(reasonCodes(closed), QStringList{QStringLiteral("closed")});
        const Decision unknown = lockdown.decide(evidence, now, nullptr);
        QCOMPARE(unknown.verdict, Verdict::StaffCheck);
        QCOMPARE(reasonCodes(unknown), QStringList{reason::policyUnknown});
        QCOMPARE(unknown.reasons.first().args, QStringList{QStringLiteral("lockdown")});
    }
};

QTEST_GUILESS_MAIN(BundleInForceTest)
#include "tst_bundleinforce.moc"
