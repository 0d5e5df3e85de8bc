#include "common/IsoDateTime.h"
#include "formats/dcc/DccDecoder.h"
#include "policy/PassDataCheck.h"
#include "policy/PolicyReasons.h"
#include "scan/StillImageDecoder.h"
#include "support/TestData.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace passgate;
using namespace passgate::dcc;

Q_DECLARE_METATYPE(passgate::PassStage)

namespace {

QJsonObject readVector(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A common/ vector's QR text through the whole decoder, with the vector's own signer certificate
// and validation clock; `problem` says why it could not be run.
struct VectorRun
{
    QDateTime at;
    TrustStore trust;
    std::optional<Result<DecodedPass, PassError>> pass;
    QString problem;
};

VectorRun decodeVector(const QString &dcc, const QString &file)
{
    VectorRun run;
    const QJsonObject vector = readVector(dcc + u"/common/" + file + u".json");
    const QJsonObject context = vector.value(QLatin1String("TESTCTX")).toObject();
    const std::optional<QDateTime> at =
        parseIsoDateTime(context.value(QLatin1String("VALIDATIONCLOCK")).toString());
    const QByteArray der =
        QByteArray::fromBase64(context.value(QLatin1String("CERTIFICATE")).toString().toLatin1());
    if (vector.isEmpty() || !at || !run.trust.addEncoded(der, file).ok()) {
        run.problem = file + QStringLiteral(": no vector, clock or signer certificate");
        return run;
    }
    run.at = *at;
    const FixedClock clock(*at);
    run.pass = DccDecoder(run.trust, clock).decode(vector.value(QLatin1String("PREFIX")).toString());
    return run;
}

} // namespace

// The cross-country edge cases of the EU test vectors (../shared/testdata/dcc/common), each run
// through the whole decoder with the vector's own signer certificate and validation clock: every
// case must be refused at its own stage, for its own reason, or pass.
class DccCommonVectorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edgeCase_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("verifies");
        QTest::addColumn<PassStage>("stage");
        QTest::addColumn<QString>("reason");
        const PassStage none = PassStage::Prefix;
        QTest::newRow("B1 base45 with characters outside the alphabet")
            << "B1" << false << PassStage::Base45
            << "character '=' at position 591 is not in the base45 alphabet";
        QTest::newRow("CBO1 wrong CBOR structure")
            << "CBO1" << false << PassStage::Cbor << "the EU DCC (-260 / 1) is not a map";
        QTest::newRow("CBO2 wrong CWT structure")
            << "CBO2" << false << PassStage::Cose
            << "not a COSE message: 425 bytes follow the CBOR data item";
        QTest::newRow("CO1 RSA 2048") << "CO1" << true << none << "";
        QTest::newRow("CO2 RSA 3072") << "CO2" << true << none << "";
        QTest::newRow("CO3 EC P-256") << "CO3" << true << none << "";
        QTest::newRow("CO5 signature cryptographically invalid")
            << "CO5" << false << PassStage::Signature
            << "an ES256 signature for a 256-bit curve has 64 bytes, this one has 3";
        QTest::newRow("CO6 test OID, vaccination")
            << "CO6" << false << PassStage::KeyUsage << "may not sign vaccination certificates";
        QTest::newRow("CO7 test OID, recovery")
            << "CO7" << false << PassStage::KeyUsage << "may not sign recovery certificates";
        QTest::newRow("CO8 vaccination OID, test")
            << "CO8" << false << PassStage::KeyUsage << "may not sign test certificates";
        QTest::newRow("CO9 vaccination OID, recovery")
            << "CO9" << false << PassStage::KeyUsage << "may not sign recovery certificates";
        QTest::newRow("CO10 recovery OID, vaccination")
            << "CO10" << false << PassStage::KeyUsage << "may not sign vaccination certificates";
        QTest::newRow("CO11 recovery OID, test")
            << "CO11" << false << PassStage::KeyUsage << "may not sign test certificates";
        QTest::newRow("CO12 test OID, test") << "CO12" << true << none << "";
        QTest::newRow("CO13 vaccination OID, vaccination") << "CO13" << true << none << "";
        QTest::newRow("CO14 recovery OID, recovery") << "CO14" << true << none << "";
        QTest::newRow("CO15 no OID, recovery") << "CO15" << true << none << "";
        QTest::newRow("CO17 clock after expiry")
            << "CO17" << false << PassStage::Validity
            << "expired at 2018-05-05T18:00:00Z, before the check time 2021-05-03T18:00:00Z";
        QTest::newRow("CO18 kid protected only") << "CO18" << true << none << "";
        QTest::newRow("CO19 kid unprotected only") << "CO19" << true << none << "";
        QTest::newRow("CO20 kid and alg unprotected, empty protected header") << "CO20" << true << none << "";
        QTest::newRow("CO21 protected kid right, unprotected wrong") << "CO21" << true << none << "";
        QTest::newRow("CO22 protected kid wrong, unprotected right")
            << "CO22" << false << PassStage::Signature << "no trusted signer has key id Zm9v";
        QTest::newRow("CO23 no protected kid, unprotected wrong")
            << "CO23" << false << PassStage::Signature
            << "no trusted signer has key id Zm9v (from the unprotected header)";
        QTest::newRow("CO28 CWT tag 61 and COSE tag 18") << "CO28" << true << none << "";
        QTest::newRow("DGC1 payload without birth date, names or statement: not a DCC object")
            << "DGC1" << false << PassStage::Structure << "dob: missing; every DCC has it";
        QTest::newRow("DGC3 test") << "DGC3" << true << none << "";
        QTest::newRow("DGC4 test") << "DGC4" << true << none << "";
        QTest::newRow("DGC5 recovery") << "DGC5" << true << none << "";
        QTest::newRow("DGC6 vaccination") << "DGC6" << true << none << "";
        QTest::newRow("H1 context HL0:")
            << "H1" << false << PassStage::Prefix << "context identifier 'HL0:' is not supported";
        QTest::newRow("H2 context HC2:")
            << "H2" << false << PassStage::Prefix << "context identifier 'HC2:' is not supported";
        QTest::newRow("H3 no context")
            << "H3" << false << PassStage::Prefix << "no context identifier; an EU DCC starts with HC1:";
        QTest::newRow("Z1 compression broken")
            << "Z1" << false << PassStage::Inflate << "the data does not start with a zlib header";
        QTest::newRow("Z2 not compressed")
            << "Z2" << false << PassStage::Inflate
            << "the data is an uncompressed COSE message; a DCC must be zlib-compressed";
    }
    void edgeCase()
    {
        PASSGATE_TESTDATA(dcc, "dcc");
        QFETCH(QString, file);
        QFETCH(bool, verifies);
        QFETCH(PassStage, stage);
        QFETCH(QString, reason);
        const VectorRun run = decodeVector(dcc, file);
        QVERIFY2(run.pass, qPrintable(run.problem));
        const Result<DecodedPass, PassError> &pass = *run.pass;
        const TrustStore &trust = run.trust;
        const QDateTime *at = &run.at;

        if (verifies) {
            QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().reason));
            QCOMPARE(pass->kid, trust.find(pass->kid).first().kid());
            const QList<Reason> open = passDataReasons(*pass, *at);
            QVERIFY2(open.isEmpty(), qPrintable(open.value(0).code + u' ' + open.value(0).args.join(u' ')));
            return;
        }
        QVERIFY(!pass.ok());
        QCOMPARE(stageOf(pass.error().code), stage);
        QVERIFY2(pass.error().reason.contains(reason), qPrintable(pass.error().reason));
    }

    // Genuine passes that leave something for staff: they decode (signature, trust, expiry fine) and
    // the venue's decision turns them into a StaffCheck with this reason, never a Deny.
    void staffCase_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("CO16 clock before issued-at: a clock question")
            << "CO16" << reason::clock
            << QStringList{QStringLiteral("2021-05-03T18:00:00Z"), QStringLiteral("2023-05-03T18:00:00Z")};
        QTest::newRow("DGC2 vaccination and recovery in one: breaks the schema's oneOf")
            << "DGC2" << dataproblem::schema << QStringList{QString()};
    }
    void staffCase()
    {
        PASSGATE_TESTDATA(dcc, "dcc");
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QStringList, args);
        const VectorRun run = decodeVector(dcc, file);
        QVERIFY2(run.pass, qPrintable(run.problem));
        const Result<DecodedPass, PassError> &pass = *run.pass;
        const QDateTime *at = &run.at;
        QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().reason));
        const QList<Reason> open = passDataReasons(*pass, *at);
        QVERIFY(!open.isEmpty());
        QCOMPARE(open.first().code, code);
        for (qsizetype i = 0; i < args.size(); ++i)
            QCOMPARE(open.first().args.value(i), args.at(i));
    }

    // Q1: the picture itself is broken; the QR text inside the vector is fine.
    void unreadablePicture()
    {
        PASSGATE_TESTDATA(dcc, "dcc");
        const QJsonObject vector = readVector(dcc + u"/common/Q1.json");
        const QByteArray png =
            QByteArray::fromBase64(vector.value(QLatin1String("2DCODE")).toString().toLatin1());
        QVERIFY(!png.isEmpty());
        const QImage image = QImage::fromData(png);
        QVERIFY(image.isNull() || StillImageDecoder().decode(image).isEmpty());
        const Result<QByteArray, PassError> cose =
            DccDecoder::coseBytes(vector.value(QLatin1String("PREFIX")).toString());
        QVERIFY(cose.ok());
    }
};

QTEST_APPLESS_MAIN(DccCommonVectorsTest)
#include "tst_dcccommonvectors.moc"
