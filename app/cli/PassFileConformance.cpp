#include "cli/PassFileConformance.h"

#include "scan/StillImageDecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QSet>

namespace passgate::cli {

int runPassFileSuite(const QString &dir, const QList<PassFileExpectation> &table, const QStringList &notCases,
                     const std::function<PassFileObservation(const QString &path)> &observe, QTextStream &out)
{
    ConformanceTally tally(out);
    const QDir root(QFileInfo(dir).absoluteFilePath());
    QSet<QString> named(notCases.cbegin(), notCases.cend());
    for (const PassFileExpectation &row : table) {
        named.insert(row.file);
        const QString path = root.filePath(row.file);
        if (!QFileInfo(path).isFile()) {
            tally.mismatch(QStringLiteral("FAIL %1: missing from %2").arg(row.file, dir));
            continue;
        }
        const PassFileObservation seen = observe(path);
        const bool outcomeHolds = row.outcomes.contains(seen.outcome);
        const bool detailHolds =
            row.detail.isEmpty() || seen.outcome != u"verify" || seen.detail == row.detail;
        if (outcomeHolds && detailHolds) {
            tally.pass();
            continue;
        }
        QString got = seen.outcome;
        if (!seen.stage.isEmpty())
            got += QStringLiteral(" (stage %1)").arg(seen.stage);
        if (!detailHolds)
            got += QStringLiteral(", %1 instead of %2").arg(seen.detail, row.detail);
        tally.mismatch(QStringLiteral("FAIL %1: expected %2, got %3%4")
                           .arg(row.file, row.outcomes.join(QStringLiteral(" or ")), got,
                                seen.reason.isEmpty() ? QString() : QStringLiteral(": ") + seen.reason));
    }
    QDirIterator files(root.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    QStringList unnamed;
    while (files.hasNext()) {
        const QString relative = root.relativeFilePath(files.next());
        if (!named.contains(relative))
            unnamed.append(relative);
    }
    unnamed.sort();
    for (const QString &file : unnamed)
        tally.mismatch(
            QStringLiteral("FAIL %1: no expectation for this file (a new example? the suite's table "
                           "must say what a verifier does with it)")
                .arg(file));
    return tally.finish();
}

QStringList qrTextsOfPicture(const QString &path, QString *error)
{
    StillImageDecoder::Options options;
    options.maxSymbols = 8; // a multi-chunk card may be printed as several codes side by side
    return StillImageDecoder(options).decodeFile(path, error);
}

} // namespace passgate::cli
