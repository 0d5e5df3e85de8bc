#include "station/KioskConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

class KioskConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshConfigWhenMissing()
    {
        QTemporaryDir dir;
        const auto config = KioskConfig::load(dir.filePath(u"config.json"_s));
        QVERIFY(config.ok());
        QVERIFY(!config->kioskId.isEmpty());
        QVERIFY(!config->venueConfigured());
        QCOMPARE(config->mode, KioskMode::Counter);
        QCOMPARE(config->retentionDays, 28);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        KioskConfig config;
        config.kioskId = u"k-1"_s;
        config.venueName = u"서울 카페"_s;
        config.mode = KioskMode::FrontDesk;
        config.checkInPhone = u"0801234567"_s;
        config.staffPinRecord = u"pbkdf2-sha256$2000$x$y"_s;
        config.departments = {u"내과"_s, u"ICU"_s};
        config.sounds = false;
        config.timeZone = u"Asia/Seoul"_s;
        config.trustPublisherKeys = {u"-----BEGIN PUBLIC KEY-----\nMFkw...\n-----END PUBLIC KEY-----\n"_s};
        config.trustWarnHours = 72;
        QVERIFY(config.save(path).ok());
        const auto loaded = KioskConfig::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->toJson(), config.toJson());
        QCOMPARE(loaded->timeZone, u"Asia/Seoul"_s);
        QCOMPARE(loaded->trustPublisherKeys, config.trustPublisherKeys);
        QCOMPARE(loaded->trustWarnHours, 72);
        QVERIFY(loaded->venueConfigured());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("error");
        QTest::newRow("not json") << QByteArray("{nope") << int(ConfigError::NotJson);
        QTest::newRow("array") << QByteArray("[]") << int(ConfigError::NotJson);
        QTest::newRow("newer") << QByteArray(R"({"version": 99})") << int(ConfigError::NewerVersion);
        QTest::newRow("mode") << QByteArray(R"({"mode": "party"})") << int(ConfigError::BadValue);
        QTest::newRow("retention") << QByteArray(R"({"retentionDays": 0})") << int(ConfigError::BadValue);
        QTest::newRow("language") << QByteArray(R"({"language": "fr"})") << int(ConfigError::BadValue);
        QTest::newRow("time zone") << QByteArray(R"({"timeZone": "Seoul"})") << int(ConfigError::BadValue);
        QTest::newRow("warn hours") << QByteArray(R"({"trustWarnHours": 0})") << int(ConfigError::BadValue);
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, error);
        const auto config = KioskConfig::fromJson(json);
        QVERIFY(!config.ok());
        QCOMPARE(int(config.error().code), error);
        QVERIFY(!config.error().reason.isEmpty());
    }

    // Each wrong setting is named with its value as written and what is allowed; nothing is taken
    // for a default in silence.
    void namesEveryWrongSetting_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // each must appear in the one problem line
        QTest::newRow("number as text") << QByteArray(R"({"retentionDays": "14"})")
                                        << QStringList{u"retentionDays"_s, u"\"14\""_s, u"1 to 366"_s};
        QTest::newRow("not a number") << QByteArray(R"({"verdictSeconds": "abc"})")
                                      << QStringList{u"verdictSeconds"_s, u"\"abc\""_s, u"1 to 60"_s};
        QTest::newRow("fraction") << QByteArray(R"({"retentionDays": 14.5})")
                                  << QStringList{u"retentionDays"_s, u"14.5"_s, u"whole number"_s};
        QTest::newRow("mode as a number")
            << QByteArray(R"({"mode": 5})") << QStringList{u"mode"_s, u"5"_s, u"counter, kiosk, frontdesk"_s};
        QTest::newRow("flag as text")
            << QByteArray(R"({"sounds": "no"})") << QStringList{u"sounds"_s, u"\"no\""_s, u"true or false"_s};
        QTest::newRow("unknown policy") << QByteArray(R"({"policy": "no-such-policy"})")
                                        << QStringList{u"policy"_s, u"no-such-policy"_s, u"eu-3g"_s};
        QTest::newRow("unknown venue type") << QByteArray(R"({"venueType": "castle"})")
                                            << QStringList{u"venueType"_s, u"castle"_s, u"pcbang"_s};
        QTest::newRow("list of numbers")
            << QByteArray(R"({"departments": [1, 2]})") << QStringList{u"departments"_s, u"[1,2]"_s};
        QTest::newRow("huge number") << QByteArray(R"({"retentionDays": 1e300})")
                                     << QStringList{u"retentionDays"_s, u"1 to 366"_s};
        QTest::newRow("publisher keys as one text") << QByteArray(R"({"trustPublisherKeys": "x"})")
                                                    << QStringList{u"trustPublisherKeys"_s, u"\"x\""_s};
        QTest::newRow("a typo of a key")
            << QByteArray(R"({"retentionDay": 14})") << QStringList{u"retentionDay"_s, u"retentionDays"_s};
    }
    void namesEveryWrongSetting()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const auto reading = KioskConfig::read(json);
        QVERIFY(reading.ok());
        QCOMPARE(reading->problems.size(), 1);
        for (const QString &part : expected)
            QVERIFY2(reading->problems.first().contains(part), qPrintable(reading->problems.first()));
        // The line is found by its setting (the kiosk tells the trust store which setting was wrong).
        QCOMPARE(reading->problemWith(expected.first()), reading->problems.first());
        QVERIFY(reading->problemWith(u"kioskId"_s).isEmpty());
        // The default stays for the wrong setting, and the strict reading refuses the file.
        QCOMPARE(reading->config.retentionDays, KioskConfig().retentionDays);
        QCOMPARE(int(KioskConfig::fromJson(json).error().code), int(ConfigError::BadValue));
    }

    void everyWrongSettingAtOnce()
    {
        const auto reading = KioskConfig::read(
            R"({"retentionDays":"14","verdictSeconds":"abc","mode":5,"sounds":"no","venueName":"Cafe"})");
        QVERIFY(reading.ok());
        QCOMPARE(reading->problems.size(), 4);
        QCOMPARE(reading->config.venueName, u"Cafe"_s); // the valid ones are read
    }

    void notAnObjectSaysWhat_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("a list") << QByteArray("[1,2,3]") << u"not a list"_s;
        QTest::newRow("broken") << QByteArray("{\"mode\": ") << u"not JSON"_s;
    }
    void notAnObjectSaysWhat()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        const auto reading = KioskConfig::read(json);
        QVERIFY(!reading.ok());
        QVERIFY2(reading.error().reason.contains(words), qPrintable(reading.error().reason));
        QVERIFY(!reading.error().reason.contains(u"no error occurred"));
    }

    void modeNames()
    {
        for (const KioskMode mode : {KioskMode::Counter, KioskMode::SelfScan, KioskMode::FrontDesk})
            QCOMPARE(*kioskModeFromName(kioskModeName(mode)), mode);
        QVERIFY(!kioskModeFromName(u"Counter"_s).ok());
    }
};

QTEST_APPLESS_MAIN(KioskConfigTest)
#include "tst_kioskconfig.moc"
