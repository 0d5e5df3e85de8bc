#include "replication/ReplicationClient.h"
#include "replication/SyncSettings.h"
#include "station/KioskConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;

class SyncSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // What validate() says before any network: the settings as a kiosk's config would give them.
    void validate_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("passwordFile"); // "ok", "open", "empty", "missing" or ""
        QTest::addColumn<int>("code");             // -1: valid
        QTest::addColumn<QString>("words");

        const QString pin = QStringLiteral("AB:CD:") + QStringLiteral("00").repeated(30);
        QTest::newRow("this machine, no TLS anchor needed")
            << "host=127.0.0.1 port=5432 dbname=passgate user=k"
            << ""
            << ""
            << "ok" << -1 << "";
        QTest::newRow("a local socket") << "dbname=passgate"
                                        << ""
                                        << ""
                                        << "" << -1 << "";
        QTest::newRow("URI to localhost") << "postgresql://k@localhost/passgate"
                                          << ""
                                          << ""
                                          << "ok" << -1 << "";
        QTest::newRow("another machine with a pin") << "host=db.passgate.invalid port=5432 dbname=passgate"
                                                    << "" << pin << "ok" << -1 << "";
        QTest::newRow("pin with sha256: prefix, lower case")
            << "host=db.passgate.invalid"
            << "" << QString(QStringLiteral("sha256:") + QStringLiteral("0f").repeated(32)) << "ok" << -1
            << "";
        QTest::newRow("another machine with a CA") << "host=db.passgate.invalid"
                                                   << "CA"
                                                   << ""
                                                   << "ok" << -1 << "";
        QTest::newRow("another machine, no anchor")
            << "host=db.passgate.invalid dbname=passgate"
            << ""
            << ""
            << "ok" << int(SyncCode::BadSettings) << "db.passgate.invalid is another machine";
        QTest::newRow("one of several hosts is remote")
            << "host=127.0.0.1,db.passgate.invalid"
            << ""
            << ""
            << "ok" << int(SyncCode::BadSettings) << "db.passgate.invalid";
        QTest::newRow("URI to another machine, no anchor")
            << "postgresql://k@db.passgate.invalid:5432/passgate"
            << ""
            << ""
            << "ok" << int(SyncCode::BadSettings) << "another machine";
        QTest::newRow("a pin that is not a SHA-256") << "host=db.passgate.invalid"
                                                     << ""
                                                     << "abcd"
                                                     << "ok" << int(SyncCode::BadSettings) << "64 hex digits";
        QTest::newRow("a CA file that is not there")
            << "host=db.passgate.invalid"
            << "/nonexistent/ca.crt"
            << ""
            << "ok" << int(SyncCode::BadSettings) << "cannot be read";
        QTest::newRow("unparsable connection string")
            << "host=127.0.0.1 nonsense"
            << ""
            << ""
            << "" << int(SyncCode::BadSettings) << "sync server setting";
        QTest::newRow("a word, not a connection string")
            << "garbage"
            << ""
            << ""
            << "" << int(SyncCode::BadSettings) << "sync server setting";
        QTest::newRow("a port that is not a number") << "host=127.0.0.1 port=notaport"
                                                     << ""
                                                     << ""
                                                     << "" << int(SyncCode::BadSettings) << "1 to 65535";
        QTest::newRow("a port out of range in a URI") << "postgresql://k@localhost:70000/passgate"
                                                      << ""
                                                      << ""
                                                      << "" << int(SyncCode::BadSettings) << "70000";
        QTest::newRow("one of several ports is wrong") << "host=127.0.0.1,localhost port=5432,x"
                                                       << ""
                                                       << ""
                                                       << "" << int(SyncCode::BadSettings) << "\"x\"";
        QTest::newRow("a password in a URI") << "postgresql://k:secret@localhost/passgate"
                                             << ""
                                             << ""
                                             << "" << int(SyncCode::BadSettings) << "holds a password";
        QTest::newRow("a password in the connection string")
            << "host=127.0.0.1 password=secret"
            << ""
            << ""
            << "" << int(SyncCode::BadSettings) << "holds a password";
        QTest::newRow("password file others can read")
            << "host=127.0.0.1"
            << ""
            << ""
            << "open" << int(SyncCode::CredentialsUnsafe) << "chmod 600";
        QTest::newRow("empty password file") << "host=127.0.0.1"
                                             << ""
                                             << ""
                                             << "empty" << int(SyncCode::CredentialsUnsafe) << "is empty";
        QTest::newRow("missing password file")
            << "host=127.0.0.1"
            << ""
            << ""
            << "missing" << int(SyncCode::CredentialsUnsafe) << "is missing";
    }

    void validate()
    {
        QFETCH(QString, server);
        QFETCH(QString, ca);
        QFETCH(QString, pin);
        QFETCH(QString, passwordFile);
        QFETCH(int, code);
        QFETCH(QString, words);

        SyncSettings settings;
        settings.server = server;
        settings.kioskId = QStringLiteral("kiosk-1");
        settings.serverPin = pin;
        if (ca == QLatin1String("CA"))
            settings.caFile = writeFile(QStringLiteral("ca.crt"), "-----BEGIN CERTIFICATE-----\n", 0644);
        else
            settings.caFile = ca;
        if (passwordFile == QLatin1String("ok"))
            settings.passwordFile = writeFile(QStringLiteral("pw-ok"), "s3cret\n", 0600);
        else if (passwordFile == QLatin1String("open"))
            settings.passwordFile = writeFile(QStringLiteral("pw-open"), "s3cret\n", 0644);
        else if (passwordFile == QLatin1String("empty"))
            settings.passwordFile = writeFile(QStringLiteral("pw-empty"), "\n", 0600);
        else if (passwordFile == QLatin1String("missing"))
            settings.passwordFile = m_dir.filePath(QStringLiteral("pw-missing"));

        const auto password = settings.validate();
        if (code < 0) {
            QVERIFY2(password.ok(), qPrintable(password.ok() ? QString() : password.error().reason));
            QCOMPARE(*password, passwordFile == QLatin1String("ok") ? QStringLiteral("s3cret") : QString());
            QCOMPARE(settings.pinBytes().size(), pin.isEmpty() ? 0 : 32);
        } else {
            QVERIFY(!password.ok());
            QCOMPARE(int(password.error().code), code);
            QVERIFY2(password.error().reason.contains(words), qPrintable(password.error().reason));
        }
    }

    void offUnlessAServerIsNamed()
    {
        KioskConfig config;
        QVERIFY(!SyncSettings::fromConfig(config).enabled());
        config.kioskId = QStringLiteral("k");
        config.syncServer = QStringLiteral("host=127.0.0.1");
        config.syncPasswordFile = QStringLiteral("/etc/passgate/sync-password");
        config.syncServerPin = QStringLiteral("00");
        const SyncSettings settings = SyncSettings::fromConfig(config);
        QVERIFY(settings.enabled());
        QCOMPARE(settings.kioskId, QStringLiteral("k"));
        QCOMPARE(settings.passwordFile, config.syncPasswordFile);
        QCOMPARE(settings.serverPin, config.syncServerPin);
        // And the settings survive the config file.
        const auto loaded = KioskConfig::fromJson(config.toJson());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->syncServer, config.syncServer);
        QCOMPARE(loaded->syncPasswordFile, config.syncPasswordFile);
        QCOMPARE(loaded->syncServerPin, config.syncServerPin);
    }

    // The batch as ingest() reads it: ids and times as exact strings, bytea in PostgreSQL's hex form,
    // a missing contact as null (the hash tells "no contact" from "empty contact").
    void batchEncoding()
    {
        LedgerRow row;
        row.id = 9007199254740993; // 2^53 + 1: not representable as a double
        row.timeMs = 1764633600123;
        row.kind = QStringLiteral("check-in");
        row.kiosk = QStringLiteral("키오스크 \"1\"");
        row.reasons = QStringLiteral("[\"booster\"]");
        row.previousHash = QByteArray(32, '\0');
        row.hash = QByteArray::fromHex("ff00");
        LedgerRow second = row;
        second.contact = QByteArray("\x01\x02", 2);
        const QJsonArray batch = QJsonDocument::fromJson(ReplicationClient::encode({row, second})).array();
        QCOMPARE(batch.size(), 2);
        const QJsonObject first = batch.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("seq")).toString(), QStringLiteral("9007199254740993"));
        QCOMPARE(first.value(QStringLiteral("time_ms")).toString(), QStringLiteral("1764633600123"));
        QCOMPARE(first.value(QStringLiteral("kiosk")).toString(), row.kiosk);
        QVERIFY(first.value(QStringLiteral("contact")).isNull());
        QCOMPARE(first.value(QStringLiteral("prev_hash")).toString(),
                 QStringLiteral("\\x") + QStringLiteral("00").repeated(32));
        QCOMPARE(first.value(QStringLiteral("hash")).toString(), QStringLiteral("\\xff00"));
        QCOMPARE(batch.at(1).toObject().value(QStringLiteral("contact")).toString(),
                 QStringLiteral("\\x0102"));
    }

private:
    QString writeFile(const QString &name, const QByteArray &bytes, int mode)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        file.close();
        QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
        if (mode & 0044)
            permissions |= QFile::ReadGroup | QFile::ReadOther;
        file.setPermissions(permissions);
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(SyncSettingsTest)
#include "tst_syncsettings.moc"
