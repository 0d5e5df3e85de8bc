#include "common/IsoDateTime.h"
#include "formats/SignerCertificate.h"
#include "station/CheckInStation.h"
#include "support/TestData.h"
#include "support/TestPublisher.h"
#include "trust/BundleBuilder.h"
#include "trust/BundleStore.h"
#include "trust/BundleVerifier.h"
#include "trust/DemoTrust.h"
#include "trust/PublisherKeys.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::test;

namespace {

struct VenueOptions
{
    QString policy;
    QString type;
    QString zone;
};

// A decision as `verify` prints it and as the station's outcome gives it, in one comparable form.
QString decisionText(const QString &verdict, const QJsonArray &reasons)
{
    return verdict + u' ' + QString::fromUtf8(QJsonDocument(reasons).toJson(QJsonDocument::Compact));
}

QString stationDecision(const Decision &decision)
{
    QJsonArray reasons;
    for (const Reason &reason : decision.reasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), reason.code},
                                   {QStringLiteral("args"), QJsonArray::fromStringList(reason.args)}});
    return decisionText(verdictCode(decision.verdict), reasons);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

// `passgate-cli verify --bundle --policy` and a kiosk's CheckInStation holding the same bundle and
// policy at the same time give the same decision (verdict, reason codes and their arguments) for
// every demo pass and every shared DCC vector with a QR text: the CLI is no second implementation
// of "as at the kiosk".
class CliAgreementTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    TestPublisher m_publisher = TestPublisher::generate();
    QString m_publisherKeyFile;

    QString cliDecision(const QString &payload, const QString &bundleFile, const QStringList &pins,
                        const QDateTime &at, const VenueOptions &venue)
    {
        const QString input = m_work.filePath(QStringLiteral("pass.txt"));
        if (!writeFile(input, payload.toUtf8()))
            return QStringLiteral("cannot write the pass");
        QStringList arguments{QStringLiteral("verify"), QStringLiteral("--bundle"), bundleFile};
        for (const QString &pin : pins)
            arguments << QStringLiteral("--publisher-key") << pin;
        arguments << QStringLiteral("--policy") << venue.policy << QStringLiteral("--venue") << venue.type
                  << QStringLiteral("--zone") << venue.zone
                  << QStringLiteral("--at")
                  // to the millisecond: a vector's clock can stand less than a second after its iat
                  << at.toUTC().toString(Qt::ISODateWithMs) << input;
        QProcess process;
        process.start(QStringLiteral(PASSGATE_CLI), arguments);
        if (!process.waitForFinished(60000))
            return QStringLiteral("passgate-cli did not finish");
        const QJsonObject decision =
            QJsonDocument::fromJson(process.readAllStandardOutput().split('\n').value(0))
                .object()
                .value(QLatin1String("decision"))
                .toObject();
        if (decision.isEmpty())
            return QStringLiteral("no decision (exit %1): %2")
                .arg(process.exitCode())
                .arg(QString::fromUtf8(process.readAllStandardError()));
        return decisionText(decision.value(QLatin1String("verdict")).toString(),
                            decision.value(QLatin1String("reasons")).toArray());
    }

    // A kiosk that has just started with `bundle` installed (nothing demo unless `pins` is empty).
    QString kioskDecision(const QString &payload, const QByteArray &bundle, const QStringList &pins,
                          const QDateTime &at, const VenueOptions &venue)
    {
        QTemporaryDir dir;
        StationSetup setup;
        setup.dataDir = dir.filePath(QStringLiteral("data"));
        setup.keysOutDir = dir.filePath(QStringLiteral("owner"));
        setup.kioskId = QStringLiteral("agreement");
        for (const QString &pin : pins) {
            QFile file(pin);
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot read the publisher key");
            setup.publisherKeys.append(QString::fromLatin1(file.readAll()));
        }
        const FixedClock clock(at);
        CheckInStation station(setup, clock);
        if (auto opened = station.open(); !opened)
            return QStringLiteral("station did not open: ") + opened.error();
        if (!pins.isEmpty()) {
            if (auto installed = station.trust().install(bundle, QStringLiteral("test")); !installed)
                return QStringLiteral("bundle refused: ") + installed.error().reason;
            station.trustChanged();
        }
        station.setVenue(venue.policy, passgate::Venue{venue.type, QTimeZone(venue.zone.toUtf8())});
        return stationDecision(station.checkInQr(payload).decision);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Hundreds of first starts: their log lines would bury a disagreement.
        QLoggingCategory::setFilterRules(QStringLiteral("passgate.*=false"));
        QVERIFY(m_work.isValid());
        m_publisherKeyFile = m_work.filePath(QStringLiteral("publisher.pem"));
        QVERIFY(writeFile(m_publisherKeyFile, m_publisher.publicKeyPem()));
    }

    // The shipped demo material at the time verify_demo.sh uses: one day after the bundle's issue.
    void demoPasses_data()
    {
        QTest::addColumn<QString>("payload");
        for (const demo::DemoPass &pass : demo::passes())
            QTest::newRow(qPrintable(pass.label)) << pass.payload;
    }
    void demoPasses()
    {
        QFETCH(QString, payload);
        const QString bundleFile = m_work.filePath(QStringLiteral("demo.pgtb"));
        QVERIFY(writeFile(bundleFile, demo::bundle()));
        auto pins = PublisherKeys::fromPem(demo::publisherPublicKeyPem());
        QVERIFY(pins.ok());
        auto bundle =
            verifyBundle(demo::bundle(), *pins, QDateTime::currentDateTimeUtc(), ExpiryCheck::Ignore);
        QVERIFY(bundle.ok());
        const QDateTime at = bundle->issued.addDays(1);
        for (const VenueOptions &venue :
             {VenueOptions{QStringLiteral("kr-2022-01-03"), QStringLiteral("pcbang"),
                           QStringLiteral("Asia/Seoul")},
              VenueOptions{QStringLiteral("eu-2g"), QStringLiteral("cafe"), QStringLiteral("UTC")}}) {
            const QString kiosk = kioskDecision(payload, demo::bundle(), {}, at, venue);
            const QString cli = cliDecision(payload, bundleFile, {}, at, venue);
            QCOMPARE(cli, kiosk);
        }
    }

    // Every shared vector with a QR text, at its own clock, with a bundle from a test publisher that
    // carries the vector's signer certificate (when it can be carried: a certificate a bundle cannot
    // hold leaves the bundle without it, on both sides alike).
    void dccVectors()
    {
        PASSGATE_TESTDATA(root, "dcc");
        int vectors = 0;
        QStringList disagreements;
        QDirIterator files(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (files.hasNext())
            paths.append(files.next());
        paths.sort();
        for (const QString &path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject vector = QJsonDocument::fromJson(file.readAll()).object();
            const QString payload = vector.value(QLatin1String("PREFIX")).toString();
            const QJsonObject context = vector.value(QLatin1String("TESTCTX")).toObject();
            const std::optional<QDateTime> clock =
                parseIsoDateTime(context.value(QLatin1String("VALIDATIONCLOCK")).toString());
            if (payload.isEmpty() || !clock)
                continue;
            ++vectors;
            BundleContents contents;
            contents.sequence = 1;
            contents.issued = clock->addSecs(-3600);
            contents.expires = clock->addDays(30);
            const QByteArray der =
                QByteArray::fromBase64(context.value(QLatin1String("CERTIFICATE")).toString().toLatin1());
            if (auto certificate = X509Certificate::fromDer(der);
                certificate && certificate->subjectCountry().size() == 2)
                contents.signers.append({der, certificate->subjectCountry(), {}});
            auto built = buildBundle(contents, m_publisher.signingKey());
            if (!built) {
                contents.signers.clear();
                built = buildBundle(contents, m_publisher.signingKey());
            }
            QVERIFY2(built.ok(), qPrintable(path));
            const QByteArray bundle = *built;
            const QString bundleFile = m_work.filePath(QStringLiteral("vector.pgtb"));
            QVERIFY(writeFile(bundleFile, bundle));
            const VenueOptions venue{QStringLiteral("eu-3g"), QStringLiteral("other"), QStringLiteral("UTC")};
            const QString kiosk = kioskDecision(payload, bundle, {m_publisherKeyFile}, *clock, venue);
            const QString cli = cliDecision(payload, bundleFile, {m_publisherKeyFile}, *clock, venue);
            if (kiosk != cli)
                disagreements.append(QStringLiteral("%1:\n  kiosk %2\n  cli   %3")
                                         .arg(QDir(root).relativeFilePath(path), kiosk, cli));
        }
        qInfo("%d vectors with a QR text compared, %lld disagree", vectors, qsizetype(disagreements.size()));
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u'\n')));
        QVERIFY2(vectors >= 200, "fewer vectors than the shared set holds: is the data complete?");
    }
};

QTEST_GUILESS_MAIN(CliAgreementTest)
#include "tst_cliagreement.moc"
