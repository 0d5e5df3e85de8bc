#include "formats/ScannedText.h"

#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

// What a scanned text claims to be, before anyone reads it as a pass: only a health certificate is
// a check-in; typed text, web addresses, barcodes and nothing are answered without a ledger entry.
class ScannedTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("EU DCC") << u"HC1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDE"_s << u"pass"_s;
        QTest::newRow("EU DCC with a scanner's line end") << u"HC1:ABC\r\n"_s << u"pass"_s;
        QTest::newRow("SMART Health Card") << u"shc:/5676290952432060346029243740"_s << u"pass"_s;
        QTest::newRow("SMART Health Card chunk") << u"shc:/1/2/5676290952"_s << u"pass"_s;
        QTest::newRow("shc: without its slash") << u"shc:5676"_s << u"pass"_s;
        QTest::newRow("NZ COVID Pass")
            << u"NZCP:/1/2KCEVIQEIVVWK6JNGEASNICZAEP2KALYDZSGSZB2O5SWEOTOPJRXALTD"_s << u"pass"_s;
        QTest::newRow("another hcert context") << u"HC2:ABC"_s << u"pass"_s;
        QTest::newRow("another hcert type") << u"XY12:ABC"_s << u"pass"_s;
        QTest::newRow("https") << u"https://menu.passgate.invalid/today"_s << u"web-address"_s;
        QTest::newRow("http upper case") << u"HTTP://PASSGATE.INVALID"_s << u"web-address"_s;
        QTest::newRow("www") << u"www.passgate.invalid"_s << u"web-address"_s;
        QTest::newRow("an app link") << u"kakaotalk://open"_s << u"web-address"_s;
        QTest::newRow("scheme only") << u"https://"_s << u"other"_s;
        QTest::newRow("typed") << u"hello there"_s << u"other"_s;
        QTest::newRow("Korean") << u"안녕하세요"_s << u"other"_s;
        QTest::newRow("barcode") << u"8801234567893"_s << u"other"_s;
        QTest::newRow("lower-case prefix") << u"hc1:abc"_s << u"other"_s;
        QTest::newRow("prefix without colon") << u"HC1"_s << u"other"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("white space") << u" \t\r\n"_s << u"empty"_s;
    }

    void classify()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QCOMPARE(scannedTextKindName(classifyScannedText(text)), kind);
    }
};

QTEST_GUILESS_MAIN(ScannedTextTest)
#include "tst_scannedtext.moc"
