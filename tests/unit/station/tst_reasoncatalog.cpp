#include "station/ReasonCatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace passgate;
using namespace Qt::StringLiterals;

namespace {

// Reason-code constants as core defines them: inside a `reason` or `dataproblem` namespace, or
// named "...Reason" anywhere (revokedReason, trustMissingReason).
QMap<QString, QString> reasonConstantsInCore(const QString &coreDir)
{
    static const QRegularExpression block(
        uR"re(namespace (?:passgate::)?(?:reason|dataproblem) \{(.*?)\} // namespace)re"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression constant(
        uR"re(inline const QString (\w+) =\s*QStringLiteral\("([^"]+)"\))re"_s);
    static const QRegularExpression namedReason(
        uR"re(inline const QString (\w+Reason) =\s*QStringLiteral\("([^"]+)"\))re"_s);
    QMap<QString, QString> found; // code -> where
    QDirIterator files(coreDir, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        const QString where = path.mid(coreDir.size() + 1);
        for (auto blocks = block.globalMatch(text); blocks.hasNext();)
            for (auto constants = constant.globalMatch(blocks.next().captured(1)); constants.hasNext();) {
                const auto match = constants.next();
                found.insert(match.captured(2), where + u' ' + match.captured(1));
            }
        for (auto named = namedReason.globalMatch(text); named.hasNext();) {
            const auto match = named.next();
            found.insert(match.captured(2), where + u' ' + match.captured(1));
        }
    }
    return found;
}

} // namespace

class ReasonCatalogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A reason constant added to core and left out of the catalog would reach staff as its bare code,
    // and the words test (tst_reasontext) would never see it.
    void everyReasonConstantOfCoreIsListed()
    {
        const QMap<QString, QString> constants = reasonConstantsInCore(QStringLiteral(PASSGATE_CORE_DIR));
        // The scan itself works: it finds constants of each kind of place.
        for (const QString &code : {u"second-pass-other-person"_s, u"rule-failed"_s, u"unreadable-date"_s,
                                    u"revoked"_s, u"ledger-missing"_s})
            QVERIFY2(constants.contains(code), qPrintable(code + u" not found by the scan"_s));
        QSet<QString> listed;
        for (const Reason &reason : everyReasonCoreProduces())
            listed.insert(reason.code);
        QStringList missing;
        for (auto it = constants.cbegin(); it != constants.cend(); ++it)
            if (!listed.contains(it.key()))
                missing.append(it.key() + u" (" + it.value() + u')');
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    }

    void enumCodesAreAllThere()
    {
        QSet<QString> listed;
        for (const Reason &reason : everyReasonCoreProduces())
            listed.insert(reason.code);
        // The first and the last of each enum: the enumeration neither stops early nor runs past.
        for (const QString &code : {u"unknown-prefix"_s, u"malformed-credential"_s, u"ledger-disk-full"_s,
                                    u"ledger-older-schema"_s})
            QVERIFY2(listed.contains(code), qPrintable(code));
        QVERIFY(!listed.contains(QString()));
        QVERIFY(!listed.contains(u"ledger-unknown"_s));
    }
};

QTEST_GUILESS_MAIN(ReasonCatalogTest)
#include "tst_reasoncatalog.moc"
