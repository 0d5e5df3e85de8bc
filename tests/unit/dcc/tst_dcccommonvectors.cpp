#include "common/IsoDateTime.h"
#include "formats/dcc/DccDecoder.h"
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
        QTest::newRow("CO16 clock before issued-at")
            << "CO16" << false << PassStage::Validity
            << "issued at 2023-05-03T18:00:00Z, after the check time 2021-05-03T18:00:00Z";
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
        QTest::newRow("DGC1 payload without names or statement")
            << "DGC1" << false << PassStage::Schema
            << "nam: neither a standardised family name (fnt) nor given name (gnt)";
        QTest::newRow("DGC2 vaccination, test and recovery in one")
            << "DGC2" << false << PassStage::Schema
            << "v/t/r: more than one of vaccination, test and recovery";
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
        const QJsonObject vector = readVector(dcc + u"/common/" + file + u".json");
        QVERIFY(!vector.isEmpty());
        const QJsonObject context = vector.value(QLatin1String("TESTCTX")).toObject();

        TrustStore trust;
        QVERIFY(trust
                    .addEncoded(QByteArray::fromBase64(
                                    context.value(QLatin1String("CERTIFICATE")).toString().toLatin1()),
                                file)
                    .ok());
        const std::optional<QDateTime> at =
            parseIsoDateTime(context.value(QLatin1String("VALIDATIONCLOCK")).toString());
        QVERIFY(at);
        const FixedClock clock(*at);
        const Result<DecodedPass, PassError> pass =
            DccDecoder(trust, clock).decode(vector.value(QLatin1String("PREFIX")).toString());

        if (verifies) {
            QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().reason));
            QCOMPARE(pass->kid, trust.find(pass->kid).first().kid());
            return;
        }
        QVERIFY(!pass.ok());
        QCOMPARE(stageOf(pass.error().code), stage);
        QVERIFY2(pass.error().reason.contains(reason), qPrintable(pass.error().reason));
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
