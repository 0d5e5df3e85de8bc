#include "ledger/ContactDetails.h"

#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

class ContactDetailsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QString>("district");
        QTest::newRow("phone alone") << u"01012345678"_s << QString();
        QTest::newRow("safety number alone") << u"12가34나"_s << QString();
        QTest::newRow("safety number and district") << u"12가34나"_s << u"서울 강남구"_s;
        QTest::newRow("district with JSON's own characters") << u"01012345678"_s << u"\"구\" {x}\\"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, contact);
        QFETCH(QString, district);
        const ContactDetails details{contact, district};
        const ContactDetails back = ContactDetails::fromPlaintext(details.toPlaintext());
        QCOMPARE(back.contact, contact);
        QCOMPARE(back.homeDistrict, district);
    }

    // Entries sealed before districts existed hold the bare contact; they must read back as it.
    void bareContactIsTheWholePlaintext()
    {
        const ContactDetails bare{u"01012345678"_s, {}};
        QCOMPARE(bare.toPlaintext(), QByteArray("01012345678"));
        QCOMPARE(ContactDetails::fromPlaintext("0212345678").contact, u"0212345678"_s);
    }
    void unreadableJsonIsShownAsItWas()
    {
        const ContactDetails back = ContactDetails::fromPlaintext("{not json");
        QCOMPARE(back.contact, u"{not json"_s);
        QVERIFY(back.homeDistrict.isEmpty());
    }
};

QTEST_APPLESS_MAIN(ContactDetailsTest)
#include "tst_contactdetails.moc"
