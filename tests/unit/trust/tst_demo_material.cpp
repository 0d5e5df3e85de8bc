#include "policy/PolicyCatalog.h"
#include "station/AdmissionRule.h"
#include "support/ReasonCodes.h"
#include "trust/BundleFormat_p.h"
#include "trust/BundleVerifier.h"
#include "trust/DemoTrust.h"
#include "trust/TrustedPassReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::test;

// The demo bundle shipped in resources/demo works for the demo passes, through the same steps the
// kiosk takes: pinned demo publisher, bundle signers and revocations, the venue's policy (here the
// bundle's CertLogic rule set replacing the preset of the same name).
class DemoMaterialTest : public QObject
{
    Q_OBJECT

private:
    std::optional<TrustBundle> m_bundle;

private Q_SLOTS:
    void initTestCase()
    {
        auto pins = PublisherKeys::fromPem(demo::publisherPublicKeyPem());
        QVERIFY2(pins.ok(), "the demo publisher key is compiled in");
        const QByteArray file = demo::bundle();
        QVERIFY(!file.isEmpty());
        // Verified at its own issue time: the file itself says when that was.
        auto probe = verifyBundle(file, *pins, QDateTime::currentDateTimeUtc(), ExpiryCheck::Ignore);
        QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.error().reason));
        auto bundle = verifyBundle(file, *pins, probe->issued);
        QVERIFY(bundle.ok());
        QVERIFY(bundle->expires >= bundle->issued.addDays(3650));
        QCOMPARE(bundle->signerList.size(), 1);
        QCOMPARE(bundle->signerList.first().country(), QStringLiteral("KR"));
        QVERIFY(
            bundle->signerList.first().certificate().subjectCommonName().contains(QStringLiteral("DEMO")));
        QCOMPARE(bundle->ruleSets.size(), 7);
        QCOMPARE(bundle->revocations.size(), size_t(1));
        m_bundle = std::move(bundle).value();
    }

    void passesFileHasEveryLabel()
    {
        QStringList labels;
        for (const demo::DemoPass &pass : demo::passes()) {
            labels.append(pass.label);
            QVERIFY(pass.payload.startsWith(QStringLiteral("HC1:")));
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("valid"), QStringLiteral("expired"),
                                      QStringLiteral("forged"), QStringLiteral("test"),
                                      QStringLiteral("recovery"), QStringLiteral("revoked")}));
        const auto parsed = demo::parsePasses(QStringLiteral("a\tHC1:x\n\nb\tHC1:y\r\nno tab line\n"));
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed.at(1).payload, QStringLiteral("HC1:y"));
    }

    // A bundle rule set replaces the preset of its name: the demo bundle must carry the CertLogic
    // renditions exactly as they are now, or a kiosk on the demo list decides by yesterday's rules
    // (make-demo.sh BUILD_DIR --bundle-only rebuilds it).
    void carriesTheCurrentRenditionsOfThePresets()
    {
        auto frame = readBundleFrame(demo::bundle());
        QVERIFY(frame);
        const QJsonArray carried =
            QJsonDocument::fromJson(frame->manifest).object().value(u"ruleSets").toArray();
        (void)PolicyCatalog::builtIn(); // makes the compiled-in :/policies readable
        const QDir renditions(QStringLiteral(":/policies/certlogic"));
        const QStringList files = renditions.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(carried.size(), files.size());
        for (const QString &name : files) {
            QFile file(renditions.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject current = QJsonDocument::fromJson(file.readAll()).object();
            bool found = false;
            for (const QJsonValue &ruleSet : carried)
                found = found || ruleSet.toObject() == current;
            QVERIFY2(found, qPrintable(name + QStringLiteral(
                                                  " in the demo bundle differs from resources/policies/"
                                                  "certlogic: run make-demo.sh BUILD_DIR --bundle-only")));
        }
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("daysAfterIssue");
        QTest::addColumn<QString>("refusal"); // reader's reason, empty when the pass reads
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("valid") << "valid" << 1 << "" << Verdict::Admit
                               << QStringList{QStringLiteral("booster")};
        QTest::newRow("valid for years")
            << "valid" << 5 * 365 << "" << Verdict::Admit << QStringList{QStringLiteral("booster")};
        QTest::newRow("expired") << "expired" << 1 << "expired" << Verdict::Deny << QStringList{};
        QTest::newRow("forged") << "forged" << 1 << "signature-invalid" << Verdict::Deny << QStringList{};
        QTest::newRow("test, next day")
            << "test" << 1 << "" << Verdict::Admit << QStringList{QStringLiteral("tested")};
        QTest::newRow("test, three days on")
            << "test" << 3 << "" << Verdict::Deny << QStringList{QStringLiteral("test-expired")};
        QTest::newRow("recovery") << "recovery" << 365 << "" << Verdict::Admit
                                  << QStringList{QStringLiteral("recovered")};
        QTest::newRow("revoked") << "revoked" << 1 << "revoked" << Verdict::Deny << QStringList{};
    }
    void verdicts()
    {
        QFETCH(QString, label);
        QFETCH(int, daysAfterIssue);
        QFETCH(QString, refusal);
        QFETCH(Verdict, verdict);
        QFETCH(QStringList, reasons);
        QVERIFY(m_bundle);
        QString payload;
        for (const demo::DemoPass &pass : demo::passes()) {
            if (pass.label == label)
                payload = pass.payload;
        }
        QVERIFY(!payload.isEmpty());

        const QDateTime now = m_bundle->issued.addDays(daysAfterIssue);
        const FixedClock clock(now);
        auto shared = std::make_shared<const TrustBundle>(*m_bundle);
        const TrustedPassReader reader(shared, clock);
        const auto pass = reader.read(payload, now);
        if (!refusal.isEmpty()) {
            QVERIFY(!pass.ok());
            QCOMPARE(pass.error().code, refusal);
            return;
        }
        QVERIFY2(pass.ok(),
                 qPrintable(pass.ok() ? QString() : pass.error().code + u' ' + pass.error().args.value(0)));
        const AdmissionRule venue(PolicyCatalog::builtIn(), QStringLiteral("kr-2022-01-03"),
                                  Venue{QStringLiteral("pcbang"), QTimeZone("Asia/Seoul")});
        QVERIFY(venue.policyWith(shared.get()).get() !=
                PolicyCatalog::builtIn().find(QStringLiteral("kr-2022-01-03"))->get());
        Evidence evidence;
        evidence.passes.append(*pass);
        const Decision decision = venue.decide(evidence, now, shared.get());
        QCOMPARE(decision.verdict, verdict);
        QCOMPARE(reasonCodes(decision.reasons), reasons);
    }
};

QTEST_GUILESS_MAIN(DemoMaterialTest)
#include "tst_demo_material.moc"
