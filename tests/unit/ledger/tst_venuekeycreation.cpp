#include "ledger/VenueKeyCreation.h"
#include "ledger/VenueKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;

Q_DECLARE_METATYPE(passgate::KeyCreationProblem)

// The one way venue keys are made (keys init and a kiosk's first start): where the private key may
// go, and that a success leaves keys a ledger can use.
class VenueKeyCreationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesKeysTheLedgerCanLoad()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString key = dir.filePath(QStringLiteral("owner/owner-private-key.pem"));
        const auto created = createVenueKeys(data, key, "correct horse battery staple");
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().reason));
        QCOMPARE(created->privateKeyFile, key);
        QCOMPARE(created->ownerPublicKey.size(), 32);
        QVERIFY(VenueKeys::load(data).ok());
        QFile file(key);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("ENCRYPTED PRIVATE KEY"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    // In a folder, the key is named after itself: two data dirs make two keys side by side.
    void keysInAFolderAreNamedAfterTheKey()
    {
        QTemporaryDir dir;
        const QString owner = dir.filePath(QStringLiteral("owner"));
        const auto first =
            createVenueKeysInFolder(dir.filePath(QStringLiteral("a")), owner, "correct horse battery");
        const auto second =
            createVenueKeysInFolder(dir.filePath(QStringLiteral("b")), owner, "correct horse battery");
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(QFileInfo(first->privateKeyFile).fileName(),
                 QStringLiteral("owner-private-key-%1.pem").arg(ownerKeyId(first->ownerPublicKey)));
        QVERIFY(first->privateKeyFile != second->privateKeyFile);
        QCOMPARE(ownerKeyId(first->ownerPublicKey).size(), 16);
        QVERIFY(QFileInfo::exists(first->privateKeyFile) && QFileInfo::exists(second->privateKeyFile));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("keyPath"); // relative to the temporary dir; the data dir is "data"
        QTest::addColumn<bool>("viaLink");
        QTest::addColumn<KeyCreationProblem>("problem");
        QTest::newRow("inside the data dir")
            << QStringLiteral("data/owner.pem") << false << KeyCreationProblem::PrivateKeyInsideDataDir;
        QTest::newRow("in a folder below it")
            << QStringLiteral("data/keys/owner.pem") << false << KeyCreationProblem::PrivateKeyInsideDataDir;
        QTest::newRow("through a link to it")
            << QStringLiteral("link/owner.pem") << true << KeyCreationProblem::PrivateKeyInsideDataDir;
        QTest::newRow("an existing file")
            << QStringLiteral("existing.pem") << false << KeyCreationProblem::PrivateKeyExists;
    }
    void refuses()
    {
        QFETCH(QString, keyPath);
        QFETCH(bool, viaLink);
        QFETCH(KeyCreationProblem, problem);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        if (viaLink)
            QVERIFY(QFile::link(data, dir.filePath(QStringLiteral("link"))));
        QFile existing(dir.filePath(QStringLiteral("existing.pem")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("an earlier key");
        existing.close();

        const auto created = createVenueKeys(data, dir.filePath(keyPath), "passphrase");
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, problem);
        QVERIFY(!created.error().reason.isEmpty());
        // Nothing half made: no keys in the data dir, the existing file untouched.
        QVERIFY(!VenueKeys::load(data).ok());
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("an earlier key"));
    }
};

QTEST_GUILESS_MAIN(VenueKeyCreationTest)
#include "tst_venuekeycreation.moc"
