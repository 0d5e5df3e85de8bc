#include "kiosk/RemovableMedia.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

namespace {

void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

QStringList paths(const QVariantList &items)
{
    QStringList found;
    for (const QVariant &item : items)
        found.append(item.toMap().value(u"path"_s).toString());
    return found;
}

} // namespace

// What the staff area offers instead of a typed path: the mounted sticks, the trust list files on them
// (top level and one folder down), and what was used before.
class RemovableMediaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersSticksTheirTrustFilesAndRecentOnes()
    {
        QTemporaryDir dir;
        const QString stick = dir.filePath(u"KINGSTON"_s);
        touch(stick + u"/trust-7.pgtb"_s);
        touch(stick + u"/office/trust-8.pgtb"_s);
        touch(stick + u"/office/deeper/too-deep.pgtb"_s);
        touch(stick + u"/notes.txt"_s);
        QList<RemovableMedia::Mount> mounts{{u"KINGSTON"_s, stick, 2'000'000'000}};
        RemovableMedia media([&mounts] { return mounts; });
        QVERIFY(media.folders().isEmpty()); // nothing looked at before the staff area asks
        media.refresh();

        QCOMPARE(paths(media.folders()), QStringList{stick});
        QVERIFY(!media.folders().first().toMap().value(u"freeText"_s).toString().isEmpty());
        QCOMPARE(paths(media.trustFiles()),
                 (QStringList{stick + u"/trust-7.pgtb"_s, stick + u"/office/trust-8.pgtb"_s}));

        // A folder used before is offered after the sticks; a file used before comes first.
        const QString elsewhere = dir.filePath(u"exports"_s);
        QVERIFY(QDir().mkpath(elsewhere));
        media.rememberFolder(elsewhere);
        QCOMPARE(paths(media.folders()), (QStringList{stick, elsewhere}));
        touch(dir.filePath(u"downloaded.pgtb"_s));
        media.rememberTrustFile(dir.filePath(u"downloaded.pgtb"_s));
        QCOMPARE(paths(media.trustFiles()).first(), dir.filePath(u"downloaded.pgtb"_s));

        // The stick pulled out: gone at the next look.
        mounts.clear();
        media.refresh();
        QCOMPARE(paths(media.folders()), QStringList{elsewhere});
        QCOMPARE(paths(media.trustFiles()), QStringList{dir.filePath(u"downloaded.pgtb"_s)});
    }

    void aStickFullOfFilesIsCapped()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 50; ++i)
            touch(dir.filePath(u"trust-%1.pgtb"_s.arg(i, 2, 10, QLatin1Char('0'))));
        RemovableMedia media([&dir] { return QList<RemovableMedia::Mount>{{u"BIG"_s, dir.path(), -1}}; });
        media.refresh();
        QCOMPARE(media.trustFiles().size(), 20);
    }
};

QTEST_GUILESS_MAIN(RemovableMediaTest)
#include "tst_removablemedia.moc"
