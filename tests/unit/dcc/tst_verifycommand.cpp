#include "common/IsoDateTime.h"
#include "scan/QrCodeImage.h"
#include "support/DccSamples.h"
#include "support/TestIssuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace passgate;
using namespace passgate::test;

// `passgate-cli verify` as a user runs it: files, stdin and pictures in, one JSON line per input
// out, exit 0 / 1 / 2.
class VerifyCommandTest : public QObject
{
    Q_OBJECT

private:
    TestIssuer m_issuer{TestSigner::generate(TestSigner::KeyType::Rsa2048)};
    QTemporaryDir m_dir;
    QString m_trust, m_valid, m_expired, m_picture;
    const QDateTime m_at{QDate(2021, 12, 13), QTime(12, 0), QTimeZone::utc()};

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> lines;
        QByteArray error;
    };

    Run run(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        QProcess process;
        process.start(QStringLiteral(PASSGATE_CLI), QStringList{QStringLiteral("verify")} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("passgate-cli did not finish");
        Run result;
        result.exitCode = process.exitCode();
        result.error = process.readAllStandardError();
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                result.lines.append(QJsonDocument::fromJson(line).object());
        }
        return result;
    }

    QString pass(const QDateTime &issued, const QDateTime &expires) const
    {
        DccPassSpec spec;
        spec.payload = DccSamples::vaccination();
        spec.issuer = QStringLiteral("AT");
        spec.issuedAt = issued;
        spec.expiresAt = expires;
        return m_issuer.issue(spec);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_trust = write(QStringLiteral("signer.pem"), m_issuer.signer().certificatePem());
        const QString valid = pass(m_at.addDays(-1), m_at.addDays(30));
        m_valid = write(QStringLiteral("valid.txt"), valid.toUtf8() + "\n");
        m_expired = write(QStringLiteral("expired.txt"), pass(m_at.addDays(-60), m_at.addDays(-1)).toUtf8());
        QVERIFY(renderQrCode(valid)->save(m_dir.filePath(QStringLiteral("pass.png"))));
        m_picture = m_dir.filePath(QStringLiteral("pass.png"));
    }

    void verifiedPassPrintsEveryKey()
    {
        const Run result = run({QStringLiteral("--trust"), m_trust, QStringLiteral("--at"),
                                m_at.toString(Qt::ISODate), m_valid});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines.size(), 1);
        const QJsonObject line = result.lines.first();
        QStringList keys = line.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{
                           QStringLiteral("expires"), QStringLiteral("format"), QStringLiteral("holder"),
                           QStringLiteral("input"), QStringLiteral("issued"), QStringLiteral("issuer"),
                           QStringLiteral("kid"), QStringLiteral("ok"), QStringLiteral("problems"),
                           QStringLiteral("reason"), QStringLiteral("stage"), QStringLiteral("statement")}));
        QCOMPARE(line.value(QLatin1String("problems")).toArray(), QJsonArray());
        QCOMPARE(line.value(QLatin1String("input")).toString(), m_valid);
        QCOMPARE(line.value(QLatin1String("format")).toString(), QStringLiteral("eu-dcc"));
        QCOMPARE(line.value(QLatin1String("ok")).toBool(), true);
        QVERIFY(line.value(QLatin1String("stage")).isNull());
        QVERIFY(line.value(QLatin1String("reason")).isNull());
        QCOMPARE(line.value(QLatin1String("issuer")).toString(), QStringLiteral("AT"));
        QCOMPARE(line.value(QLatin1String("kid")).toString(),
                 QString::fromLatin1(m_issuer.signer().kid().toBase64()));
        QCOMPARE(line.value(QLatin1String("issued")).toString(), formatIsoDateTime(m_at.addDays(-1)));
        QCOMPARE(line.value(QLatin1String("expires")).toString(), formatIsoDateTime(m_at.addDays(30)));
        const QJsonObject holder = line.value(QLatin1String("holder")).toObject();
        QCOMPARE(holder.value(QLatin1String("familyNameStandardised")).toString(),
                 QStringLiteral("MUSTERFRAU<GOESSINGER"));
        QCOMPARE(holder.value(QLatin1String("birthDate")).toString(), QStringLiteral("1998-02-26"));
        const QJsonObject statement = line.value(QLatin1String("statement")).toObject();
        QCOMPARE(statement.value(QLatin1String("type")).toString(), QStringLiteral("vaccination"));
        QCOMPARE(statement.value(QLatin1String("doseNumber")).toInt(), 2);
    }

    // Genuine passes with something for staff: ok (not refused), the findings in "problems", and a
    // venue's decision is staff-check (exit 1), never deny.
    void genuinePassWithProblems_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<int>("issuedDaysBeforeCheck");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("firstArgument");
        QTest::newRow("breaks the schema")
            << DccSamples::with(DccSamples::vaccination(), QStringLiteral("v/0/dn"), 0) << 1
            << QStringLiteral("pass-data-malformed") << QStringLiteral("v[0].dn");
        QTest::newRow("born after issue")
            << DccSamples::with(DccSamples::vaccination(), QStringLiteral("dob"), QStringLiteral("2030")) << 1
            << QStringLiteral("birth-after-issue") << QStringLiteral("dob");
        QTest::newRow("issued after the check time")
            << DccSamples::vaccination() << -1 << QStringLiteral("clock") << formatIsoDateTime(m_at);
    }
    void genuinePassWithProblems()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(int, issuedDaysBeforeCheck);
        QFETCH(QString, code);
        QFETCH(QString, firstArgument);
        DccPassSpec spec;
        spec.payload = payload;
        spec.issuedAt = m_at.addDays(-issuedDaysBeforeCheck);
        spec.expiresAt = m_at.addDays(30);
        const QString file = write(QStringLiteral("problem.txt"), m_issuer.issue(spec).toUtf8());
        const QStringList common{QStringLiteral("--trust"), m_trust, QStringLiteral("--at"),
                                 m_at.toString(Qt::ISODate)};
        const Run plain = run(common + QStringList{file});
        QCOMPARE(plain.exitCode, 0);
        const QJsonObject line = plain.lines.first();
        QCOMPARE(line.value(QLatin1String("ok")).toBool(), true);
        const QJsonObject problem = line.value(QLatin1String("problems")).toArray().first().toObject();
        QCOMPARE(problem.value(QLatin1String("code")).toString(), code);
        QCOMPARE(problem.value(QLatin1String("args")).toArray().first().toString(), firstArgument);

        const Run decided =
            run(common + QStringList{QStringLiteral("--policy"), QStringLiteral("eu-3g"), file});
        QCOMPARE(decided.exitCode, 1);
        const QJsonObject decision = decided.lines.first().value(QLatin1String("decision")).toObject();
        QCOMPARE(decision.value(QLatin1String("verdict")).toString(), QStringLiteral("staff-check"));
        QCOMPARE(decision.value(QLatin1String("reasons"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 code);
    }

    void oneLinePerInputAndExitOneOnAnyRefusal()
    {
        const Run result =
            run({QStringLiteral("--trust=") + m_trust, QStringLiteral("--at=") + m_at.toString(Qt::ISODate),
                 m_valid, m_expired, m_dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.lines.size(), 3);
        QCOMPARE(result.lines[0].value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(result.lines[1].value(QLatin1String("ok")).toBool(), false);
        QCOMPARE(result.lines[1].value(QLatin1String("stage")).toString(), QStringLiteral("validity"));
        QVERIFY(
            result.lines[1].value(QLatin1String("reason")).toString().contains(QLatin1String("expired at")));
        QVERIFY(result.lines[1].value(QLatin1String("holder")).isNull());
        QCOMPARE(result.lines[2].value(QLatin1String("stage")).toString(), QStringLiteral("input"));
    }

    void standardInputAndPictures()
    {
        QFile text(m_valid);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const Run result = run({QStringLiteral("--trust"), m_trust, QStringLiteral("--at"),
                                m_at.toString(Qt::ISODate), QStringLiteral("-"), m_picture},
                               text.readAll());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines.size(), 2);
        QCOMPARE(result.lines[0].value(QLatin1String("input")).toString(), QStringLiteral("-"));
        QCOMPARE(result.lines[1].value(QLatin1String("input")).toString(), m_picture);
        QCOMPARE(result.lines[1].value(QLatin1String("ok")).toBool(), true);
    }

    // No --trust and no --bundle: nothing is trusted, as at a kiosk with no trust list ("trust",
    // trust-missing); trusting someone else: the signer is unknown (the signature stage).
    void withoutTheSignerTheSignatureIsNotTrusted()
    {
        const Run untrusted = run({QStringLiteral("--at"), m_at.toString(Qt::ISODate), m_valid});
        QCOMPARE(untrusted.exitCode, 1);
        QCOMPARE(untrusted.lines.first().value(QLatin1String("stage")).toString(), QStringLiteral("trust"));

        const TestSigner stranger = TestSigner::generate();
        const QString strangerFile = write(QStringLiteral("stranger.pem"), stranger.certificatePem());
        const Run unknown = run({QStringLiteral("--trust"), strangerFile, QStringLiteral("--at"),
                                 m_at.toString(Qt::ISODate), m_valid});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.lines.first().value(QLatin1String("stage")).toString(), QStringLiteral("signature"));
        QVERIFY2(unknown.lines.first().value(QLatin1String("reason")).toString().contains(u"key id"),
                 qPrintable(unknown.lines.first().value(QLatin1String("reason")).toString()));
    }

    void garbageIsAPrefixRefusal()
    {
        const Run result = run({QStringLiteral("-")}, "HC2:ABCDEF\n");
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.lines.first().value(QLatin1String("stage")).toString(), QStringLiteral("prefix"));
        QVERIFY(result.lines.first().value(QLatin1String("format")).isNull());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no input") << QStringList();
        QTest::newRow("bad --at") << QStringList{QStringLiteral("--at"), QStringLiteral("yesterday"),
                                                 QStringLiteral("x")};
        QTest::newRow("--at without value") << QStringList{QStringLiteral("--at")};
        QTest::newRow("unreadable --trust") << QStringList{
            QStringLiteral("--trust"), QStringLiteral("/nonexistent.pem"), QStringLiteral("x")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast"), QStringLiteral("x")};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.lines.isEmpty());
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(VerifyCommandTest)
#include "tst_verifycommand.moc"
