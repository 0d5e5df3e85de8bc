#include "formats/dcc/CwtClaims.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::dcc;

Q_DECLARE_METATYPE(passgate::PassErrorCode)

namespace {

QCborMap validClaims()
{
    return QCborMap{{1, QStringLiteral("AT")},
                    {4, 1640995200}, // 2022-01-01T00:00:00Z
                    {6, 1609459200}, // 2021-01-01T00:00:00Z
                    {-260, QCborMap{{1, QCborMap{{QStringLiteral("ver"), QStringLiteral("1.3.0")}}}}}};
}

} // namespace

class CwtClaimsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheClaims()
    {
        const Result<CwtClaims, PassError> claims = CwtClaims::parse(QCborValue(validClaims()).toCbor());
        QVERIFY(claims.ok());
        QCOMPARE(claims->issuer, QStringLiteral("AT"));
        QCOMPARE(claims->issuedAt, QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(claims->expiresAt, QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(claims->dcc.value(QStringLiteral("ver")).toString(), QStringLiteral("1.3.0"));
    }

    void floatTimesAndNoIssuer()
    {
        QCborMap claims = validClaims();
        claims.remove(1);
        claims.insert(6, 1621262460.78); // as some Spanish passes write it
        const Result<CwtClaims, PassError> parsed = CwtClaims::parse(QCborValue(claims).toCbor());
        QVERIFY(parsed.ok());
        QVERIFY(parsed->issuer.isEmpty());
        QCOMPARE(parsed->issuedAt.toMSecsSinceEpoch(), Q_INT64_C(1621262460780));
    }

    void badClaimsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<PassErrorCode>("code");
        QTest::addColumn<QString>("reason");
        auto without = [](int key) {
            QCborMap claims = validClaims();
            claims.remove(key);
            return QCborValue(claims).toCbor();
        };
        auto with = [](int key, const QCborValue &value) {
            QCborMap claims = validClaims();
            claims.insert(key, value);
            return QCborValue(claims).toCbor();
        };
        QTest::newRow("not CBOR") << QByteArray("\xff", 1) << PassErrorCode::MalformedCbor
                                  << QStringLiteral("not CBOR");
        QTest::newRow("an array") << QCborValue(QCborArray{1}).toCbor() << PassErrorCode::MalformedCbor
                                  << QStringLiteral("not a CWT claims map");
        QTest::newRow("trailing bytes") << QCborValue(validClaims()).toCbor() + "\x01"
                                        << PassErrorCode::MalformedCbor << QStringLiteral("1 bytes follow");
        QTest::newRow("no iat") << without(6) << PassErrorCode::MissingClaim << QStringLiteral("issued-at");
        QTest::newRow("no exp") << without(4) << PassErrorCode::MissingClaim << QStringLiteral("expiry");
        QTest::newRow("no hcert") << without(-260) << PassErrorCode::MissingClaim << QStringLiteral("-260");
        QTest::newRow("iat as text") << with(6, QStringLiteral("2021-01-01")) << PassErrorCode::MalformedClaim
                                     << QStringLiteral("not a number");
        QTest::newRow("negative exp")
            << with(4, -5) << PassErrorCode::MalformedClaim << QStringLiteral("not a date");
        QTest::newRow("exp beyond year 9999")
            << with(4, 1e15) << PassErrorCode::MalformedClaim << QStringLiteral("not a date");
        QTest::newRow("exp NaN") << with(4, qQNaN()) << PassErrorCode::MalformedClaim
                                 << QStringLiteral("not a date");
        QTest::newRow("iss a number")
            << with(1, 276) << PassErrorCode::MalformedClaim << QStringLiteral("iss");
        QTest::newRow("hcert a byte string")
            << with(-260, QByteArray("x")) << PassErrorCode::MalformedClaim << QStringLiteral("not a map");
        QTest::newRow("hcert without key 1") << with(-260, QCborMap{{2, QCborMap()}})
                                             << PassErrorCode::MissingClaim << QStringLiteral("no EU DCC");
        // common/CBO1: the DCC is a byte string of garbage instead of a map.
        QTest::newRow("DCC a byte string")
            << with(-260, QCborMap{{1, QByteArray("\xff\xff", 2)}}) << PassErrorCode::MalformedClaim
            << QStringLiteral("(-260 / 1) is not a map");
    }
    void badClaimsAreRefused()
    {
        QFETCH(QByteArray, payload);
        QFETCH(PassErrorCode, code);
        QFETCH(QString, reason);
        const Result<CwtClaims, PassError> claims = CwtClaims::parse(payload);
        QVERIFY(!claims.ok());
        QCOMPARE(claims.error().code, code);
        QCOMPARE(stageOf(claims.error().code), PassStage::Cbor);
        QVERIFY2(claims.error().reason.contains(reason), qPrintable(claims.error().reason));
    }
};

QTEST_APPLESS_MAIN(CwtClaimsTest)
#include "tst_cwtclaims.moc"
