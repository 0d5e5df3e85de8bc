#include "common/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;

Q_DECLARE_METATYPE(passgate::Overwrite)

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

// Output files of every command: decrypted contacts, exports, bundles, keys.
class OutputFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOnlyWhereItMay_data()
    {
        QTest::addColumn<QString>("setup"); // what is at out.csv before
        QTest::addColumn<Overwrite>("overwrite");
        QTest::addColumn<QString>("refusal"); // a word of the reason; empty: written
        QTest::newRow("a new file") << "" << Overwrite::Refuse << "";
        QTest::newRow("an existing file") << "file" << Overwrite::Refuse << "--force";
        QTest::newRow("an existing file, replaced") << "file" << Overwrite::Replace << "";
        QTest::newRow("a link to a file") << "link" << Overwrite::Refuse << "symbolic link";
        QTest::newRow("a link to a file, even with --force")
            << "link" << Overwrite::Replace << "symbolic link";
        QTest::newRow("a dangling link") << "dangling" << Overwrite::Replace << "symbolic link";
        QTest::newRow("a folder") << "folder" << Overwrite::Replace << "not a regular file";
        QTest::newRow("in a folder that does not exist")
            << "missing-folder" << Overwrite::Refuse << "does not exist";
    }

    void writesOnlyWhereItMay()
    {
        QFETCH(QString, setup);
        QFETCH(Overwrite, overwrite);
        QFETCH(QString, refusal);
        QTemporaryDir dir;
        QString out = dir.filePath(QStringLiteral("out.csv"));
        const QString victim = dir.filePath(QStringLiteral("victim"));
        put(victim, "precious");
        if (setup == u"file")
            put(out, "old");
        else if (setup == u"link")
            QVERIFY(QFile::link(victim, out));
        else if (setup == u"dangling")
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("created-through-link")), out));
        else if (setup == u"folder")
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("out.csv")));
        else if (setup == u"missing-folder")
            out = dir.filePath(QStringLiteral("typo/out.csv"));

        auto written = writeOutputFile(out, "phone numbers", overwrite);
        QCOMPARE(contents(victim), QByteArray("precious"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("created-through-link"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("typo"))));
        if (refusal.isEmpty()) {
            QVERIFY2(written, qPrintable(written ? QString() : written.error()));
            QCOMPARE(contents(out), QByteArray("phone numbers"));
            // Owner only (the "User" flags repeat the owner's for whoever runs the test).
            const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                    QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                    QFileDevice::WriteOther | QFileDevice::ExeOther;
            QCOMPARE(QFile::permissions(out) & others, QFileDevice::Permissions());
            return;
        }
        QVERIFY(!written);
        QVERIFY2(written.error().contains(refusal), qPrintable(written.error()));
        QVERIFY2(written.error().contains(out), qPrintable(written.error()));
        if (setup == u"file")
            QCOMPARE(contents(out), QByteArray("old"));
        QVERIFY(!checkOutputPath(out, overwrite));
    }

    void aDeviceIsNoOutputFile()
    {
        auto allowed = checkOutputPath(QStringLiteral("/dev/null"), Overwrite::Replace);
        QVERIFY(!allowed);
        QVERIFY2(allowed.error().contains(u"not a regular file"), qPrintable(allowed.error()));
    }
};

QTEST_GUILESS_MAIN(OutputFileTest)
#include "tst_outputfile.moc"
