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

    void modeNames()
    {
        for (const KioskMode mode : {KioskMode::Counter, KioskMode::SelfScan, KioskMode::FrontDesk})
            QCOMPARE(*kioskModeFromName(kioskModeName(mode)), mode);
        QVERIFY(!kioskModeFromName(u"Counter"_s).ok());
    }
};

QTEST_APPLESS_MAIN(KioskConfigTest)
#include "tst_kioskconfig.moc"
