#include "common/Clock.h"
#include "kiosk/TrustListControl.h"
#include "support/TestPublisher.h"
#include "trust/BundleStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace passgate;
using namespace passgate::test;

Q_DECLARE_METATYPE(passgate::BundleSource)

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toUTC();
}

} // namespace

// The staff area's trust list tab: where the signers in force came from.
class TrustListControlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English is the source language; its catalogue gives the plural forms ("1 signer", "2 signers").
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/passgate_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void showsWhereTheSignersCameFrom_data()
    {
        QTest::addColumn<QList<BundleSource>>("sources");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("certificates handed over one by one: nothing to say")
            << QList<BundleSource>() << QStringList();
        QTest::newRow("a DSC list: its newest entry")
            << QList<BundleSource>{{QStringLiteral("dsc-list"), QStringLiteral("dsc-list-2022-02-03.json"),
                                    utc("2022-02-02T17:53:03Z"), 306, 0}}
            << QStringList{
                   QStringLiteral("EU gateway list dsc-list-2022-02-03.json, newest entry 2022-02-02: "
                                  "306 signers")};
        QTest::newRow("a JWS list with skipped entries, and one signer")
            << QList<BundleSource>{{QStringLiteral("eu-trust-list"), QStringLiteral("se.jws"),
                                    utc("2022-01-15T03:35:21Z"), 1, 2}}
            << QStringList{QStringLiteral("EU trust list (JWS) se.jws of 2022-01-15: 1 signer · 2 skipped")};
        QTest::newRow("two lists, one without a date")
            << QList<BundleSource>{{QStringLiteral("dsc-list"), QStringLiteral("a.json"), {}, 2, 0},
                                   {QStringLiteral("eu-trust-list"), QStringLiteral("b.jws"),
                                    utc("2022-01-15T03:35:21Z"), 3, 0}}
            << QStringList{QStringLiteral("EU gateway list a.json: 2 signers"),
                           QStringLiteral("EU trust list (JWS) b.jws of 2022-01-15: 3 signers")};
    }

    void showsWhereTheSignersCameFrom()
    {
        QFETCH(QList<BundleSource>, sources);
        QFETCH(QStringList, lines);
        const TestPublisher publisher = TestPublisher::generate();
        const FixedClock clock(utc("2022-02-04T10:00:00Z"));
        QTemporaryDir dir;
        BundleStore store(dir.path(), publisher.pins(), clock);
        TrustListControl control(store, nullptr);
        QVERIFY(control.sources().isEmpty()); // nothing installed yet
        BundleContents contents;
        contents.issued = clock.now().addDays(-1);
        contents.expires = clock.now().addDays(30);
        contents.sources = sources;
        QVERIFY(store.install(publisher.build(contents), QStringLiteral("test")));
        QCOMPARE(control.sources(), lines);
    }

    void koreanStaffReadKorean()
    {
        const TestPublisher publisher = TestPublisher::generate();
        const FixedClock clock(utc("2022-02-04T10:00:00Z"));
        QTemporaryDir dir;
        BundleStore store(dir.path(), publisher.pins(), clock);
        TrustListControl control(store, nullptr);
        BundleContents contents;
        contents.issued = clock.now().addDays(-1);
        contents.expires = clock.now().addDays(30);
        contents.sources = {{QStringLiteral("dsc-list"), QStringLiteral("dsc-list-2022-02-03.json"),
                             utc("2022-02-02T17:53:03Z"), 306, 4}};
        QVERIFY(store.install(publisher.build(contents), QStringLiteral("test")));
        QTranslator korean;
        QVERIFY(korean.load(QStringLiteral(":/i18n/passgate_ko.qm")));
        QVERIFY(QCoreApplication::installTranslator(&korean));
        const QStringList lines = control.sources();
        QCoreApplication::removeTranslator(&korean);
        QCOMPARE(lines, QStringList{QStringLiteral(
                            "EU 게이트웨이 목록 dsc-list-2022-02-03.json (최신 항목 2022-02-02): "
                            "서명자 306개 · 4개 제외")});
    }

private:
    QTranslator m_english;
};

QTEST_GUILESS_MAIN(TrustListControlTest)
#include "tst_trustlistcontrol.moc"
