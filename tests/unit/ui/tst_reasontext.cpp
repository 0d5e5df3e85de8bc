#include "kiosk/ReasonText.h"

#include "checkin/CheckInService.h"
#include "formats/PassDataProblem.h"
#include "formats/PassError.h"
#include "ledger/LedgerError.h"
#include "policy/PolicyReasons.h"
#include "station/CheckInStation.h"
#include "station/ReasonCatalog.h"
#include "trust/PassRevocation.h"
#include "trust/TrustedPassReader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace Qt::StringLiterals;

class ReasonTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masking_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("three syllables") << u"홍길동"_s << u"홍*동"_s;
        QTest::newRow("two syllables") << u"김철"_s << u"김*"_s;
        QTest::newRow("four syllables") << u"남궁민수"_s << u"남**수"_s;
        QTest::newRow("one syllable") << u"이"_s << u"이"_s;
        QTest::newRow("latin") << u"Gildong HONG"_s << u"G*****g H**G"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void masking()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(maskedName(name), masked);
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("expired with date")
            << u"expired"_s << QStringList{u"2022-06-30T00:00:00Z"_s} << u"expired on 2022-06-30"_s;
        QTest::newRow("expired, the reader's sentence")
            << u"expired"_s
            << QStringList{u"expired at 2022-06-30T00:00:00Z, before the check time 2026-11-26T02:51:00Z"_s}
            << u"expired on 2022-06-30"_s;
        QTest::newRow("expired, no date") << u"expired"_s << QStringList{u"expired"_s} << u"pass expired"_s;
        QTest::newRow("forged") << u"signature-invalid"_s << QStringList{}
                                << u"signature invalid — possibly forged"_s;
        QTest::newRow("trust expired") << u"trust-list-expired"_s << QStringList{u"2022-02-01T00:00:00Z"_s}
                                       << u"trust list expired on 2022-02-01 — check the pass by hand"_s;
        QTest::newRow("seen by staff in an outage")
            << u"staff-attested"_s << QStringList{u"sticker"_s} << u"seen by staff: a vaccination sticker"_s;
        QTest::newRow("override") << u"override"_s << QStringList{u"booster on paper"_s}
                                  << u"staff decision: booster on paper"_s;
        QTest::newRow("genuine pass, malformed data: the field")
            << u"pass-data-malformed"_s << QStringList{u"v[0].ma"_s, u"Value type not permitted"_s}
            << u"pass data malformed: v[0].ma — check the visitor's ID"_s;
        QTest::newRow("born after issue")
            << u"birth-after-issue"_s << QStringList{u"dob"_s, u"born 2030"_s}
            << u"birth date lies after the pass was issued — check the visitor's ID"_s;
        QTest::newRow("unreadable date")
            << u"unreadable-date"_s << QStringList{u"v[0].dt"_s, u"'18.02.2021'"_s}
            << u"a date on the pass cannot be read (v[0].dt) — check by hand"_s;
        QTest::newRow("not a DCC object")
            << u"malformed-dcc"_s << QStringList{u"nam: missing"_s} << u"pass content is malformed"_s;
        // The kiosk's own reason is shown with its cause, not a generic line.
        QTest::newRow("no ledger, with why")
            << u"ledger-missing"_s << QStringList{u"/var/lib/passgate is in use by pid 4242"_s}
            << u"no entry ledger available on this kiosk: /var/lib/passgate is in use by pid 4242"_s;
        QTest::newRow("no ledger") << u"ledger-missing"_s << QStringList{}
                                   << u"no entry ledger available on this kiosk"_s;
        // Codes the policy does not recognise reach staff as the pass gives them, or as missing.
        QTest::newRow("vaccine not recognised") << u"vaccine-not-recognised"_s << QStringList{u"Sputnik-V"_s}
                                                << u"vaccine not recognised: Sputnik-V"_s;
        QTest::newRow("vaccine not named") << u"vaccine-not-recognised"_s << QStringList{QString()}
                                           << u"vaccine not recognised: (none given)"_s;
        QTest::newRow("vaccine code with markup, as text")
            << u"vaccine-not-recognised"_s << QStringList{u"<b>X</b> %2"_s}
            << u"vaccine not recognised: <b>X</b> %2"_s;
        QTest::newRow("SMART Health Card code of another system")
            << u"vaccine-not-recognised"_s << QStringList{u"urn:example:vaccines|X1"_s}
            << u"vaccine not recognised: urn:example:vaccines|X1"_s;
        QTest::newRow("test type not recognised")
            << u"test-type-not-recognised"_s << QStringList{u"LP1234-5"_s}
            << u"test type not recognised: LP1234-5"_s;
        QTest::newRow("disease not recognised") << u"disease-not-recognised"_s << QStringList{u"6142004"_s}
                                                << u"disease not recognised: 6142004"_s;
        QTest::newRow("not about COVID-19, recorded before")
            << u"not-covid"_s << QStringList{} << u"certificate is not about COVID-19"_s;
        QTest::newRow("unknown code shown as is")
            << u"rule-XY-17"_s << QStringList{u"a"_s, u"b"_s} << u"rule-XY-17: a, b"_s;
    }
    void sentences()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, args);
        QFETCH(QString, sentence);
        QCOMPARE(ReasonText::sentence({code, args}), sentence);
    }

    // Every reason core can put in front of staff (core's one list, station/ReasonCatalog.h) has
    // words of its own in English and in Korean: not the bare code, no placeholder left open.
    void everyCodeCoreProducesHasWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("args");
        const QList<Reason> reasons = everyReasonCoreProduces();
        for (const QString &language : {u"en"_s, u"ko"_s})
            for (const Reason &reason : reasons)
                QTest::addRow("%s %s %s", qPrintable(language), qPrintable(reason.code),
                              qPrintable(reason.args.value(0).left(20)))
                    << language << reason.code << reason.args;
    }
    void everyCodeCoreProducesHasWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QStringList, args);
        QVERIFY2(ReasonText::ownWords({code, args}), qPrintable(code + u" has no words of its own"_s));
        const QString english = ReasonText::sentence({code, args});
        QVERIFY2(!english.isEmpty(), qPrintable(code));
        static const QRegularExpression openPlaceholder(u"%\\d"_s);
        QVERIFY2(!english.contains(openPlaceholder), qPrintable(english));
        if (language == u"en")
            return;
        QTranslator korean;
        QVERIFY(korean.load(u":/i18n/passgate_ko.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&korean));
        const QString words = ReasonText::sentence({code, args});
        QCoreApplication::removeTranslator(&korean);
        QVERIFY2(words != english, qPrintable(code + u" has no Korean: "_s + words));
        static const QRegularExpression hangul(u"[\\x{AC00}-\\x{D7A3}]"_s);
        QVERIFY2(words.contains(hangul), qPrintable(words));
        QVERIFY2(!words.contains(openPlaceholder), qPrintable(words));
    }

    // The list is the list: at least every enum-backed code, and the codes this file once named.
    void theListHoldsEveryEnumCode()
    {
        QStringList codes;
        for (const Reason &reason : everyReasonCoreProduces())
            codes.append(reason.code);
        for (const QString &code : {u"malformed-credential"_s, u"key-not-of-issuer"_s, u"invalid-base32"_s,
                                    u"incomplete-chunks"_s, u"ledger-older-schema"_s, u"ledger-displaced"_s,
                                    u"second-pass-other-person"_s, u"rule-failed"_s, u"demonstration"_s})
            QVERIFY2(codes.contains(code), qPrintable(code));
    }

    // Staff read the unrecognised code in Korean too, the code itself untouched.
    void codesNotRecognisedInKorean_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("korean");
        QTest::newRow("vaccine") << u"vaccine-not-recognised"_s << u"Sputnik-V"_s
                                 << u"인정되지 않는 백신: Sputnik-V"_s;
        QTest::newRow("no vaccine named")
            << u"vaccine-not-recognised"_s << QString() << u"인정되지 않는 백신: (기재 없음)"_s;
        QTest::newRow("test type") << u"test-type-not-recognised"_s << u"LP1234-5"_s
                                   << u"인정되지 않는 검사 종류: LP1234-5"_s;
        QTest::newRow("disease") << u"disease-not-recognised"_s << u"6142004"_s
                                 << u"인정되지 않는 대상 질병: 6142004"_s;
    }
    void codesNotRecognisedInKorean()
    {
        QFETCH(QString, code);
        QFETCH(QString, arg);
        QFETCH(QString, korean);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/passgate_ko.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString words = ReasonText::sentence({code, {arg}});
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(words, korean);
    }

    void statements()
    {
        Vaccination v;
        v.doseNumber = 3;
        v.seriesTotal = 2;
        v.date = QDate(2021, 12, 20);
        QCOMPARE(ReasonText::statement(v), u"Vaccination, dose 3 of 2, 2021-12-20"_s);
        TestResult t;
        t.testType = u"LP6464-4"_s;
        t.result = u"260415000"_s;
        t.sampleTime = QDateTime(QDate(2022, 1, 2), QTime(9, 0), QTimeZone::utc());
        QCOMPARE(ReasonText::statement(t), u"PCR test, not detected, 2022-01-02 09:00"_s);
        Exemption e;
        e.kind = Exemption::Kind::Medical;
        QCOMPARE(ReasonText::statement(e), u"Medical exemption"_s);
    }
};

QTEST_GUILESS_MAIN(ReasonTextTest)
#include "tst_reasontext.moc"
