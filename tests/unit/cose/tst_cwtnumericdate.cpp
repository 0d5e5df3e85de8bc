#include "formats/cose/CwtNumericDate_p.h"

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::cose;

Q_DECLARE_METATYPE(passgate::cose::Fractions)

class CwtNumericDateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 8392 NumericDate as the two formats on COSE read it: the EU DCC keeps fractions to the
    // millisecond, the NZ COVID Pass wants whole seconds; both refuse what is no date.
    void reads_data()
    {
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<Fractions>("fractions");
        QTest::addColumn<QString>("expected"); // ISO time, or the error code's name
        const QCborValue whole(qint64(1640995200));
        const QCborValue fraction(1640995200.75);
        QTest::newRow("whole, DCC") << whole << Fractions::Allowed << u"2022-01-01T00:00:00.000+00:00"_qs;
        QTest::newRow("whole, NZCP") << whole << Fractions::Refused << u"2022-01-01T00:00:00.000+00:00"_qs;
        QTest::newRow("fraction, DCC")
            << fraction << Fractions::Allowed << u"2022-01-01T00:00:00.750+00:00"_qs;
        QTest::newRow("fraction, NZCP") << fraction << Fractions::Refused << u"malformed-claim"_qs;
        QTest::newRow("text") << QCborValue(u"2022-01-01"_qs) << Fractions::Allowed << u"malformed-claim"_qs;
        QTest::newRow("negative") << QCborValue(qint64(-1)) << Fractions::Allowed << u"malformed-claim"_qs;
        QTest::newRow("after 9999") << QCborValue(qint64(253402300800)) << Fractions::Refused
                                    << u"malformed-claim"_qs;
        QTest::newRow("infinity") << QCborValue(qInf()) << Fractions::Allowed << u"malformed-claim"_qs;
        QTest::newRow("missing") << QCborValue() << Fractions::Allowed << u"missing-claim"_qs;
    }
    void reads()
    {
        QFETCH(QCborValue, value);
        QFETCH(Fractions, fractions);
        QFETCH(QString, expected);
        QCborMap claims;
        if (!value.isUndefined())
            claims.insert(4, value);
        const auto date = cwtNumericDate(claims, 4, "expiry (exp)", fractions);
        const QString got = date ? date->toString(Qt::ISODateWithMs) : errorCodeName(date.error().code);
        QCOMPARE(got, expected);
    }
};

QTEST_APPLESS_MAIN(CwtNumericDateTest)
#include "tst_cwtnumericdate.moc"
