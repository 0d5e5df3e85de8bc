#include "support/TestData.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace passgate::test {

QString testDataRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("PASSGATE_TESTDATA_DIR");
    return QDir::cleanPath(fromEnvironment.isEmpty() ? QStringLiteral(PASSGATE_DEFAULT_TESTDATA_DIR)
                                                     : fromEnvironment);
}

QString testDataPath(const QString &subdir)
{
    const QFileInfo info(testDataRoot() + QLatin1Char('/') + subdir);
    return info.isDir() ? info.absoluteFilePath() : QString();
}

QString missingTestDataMessage(const QString &subdir)
{
    return QStringLiteral("shared test data '%1' not found under %2 (set PASSGATE_TESTDATA_DIR)")
        .arg(subdir, testDataRoot());
}

bool runningUnderCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

QList<VectorQr> dccVectorQrs(const QString &dccDir)
{
    QList<VectorQr> vectors;
    QDirIterator files(dccDir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString qr =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("PREFIX")).toString();
        if (!qr.isEmpty())
            vectors.append({QDir(dccDir).relativeFilePath(path), qr});
    }
    std::sort(vectors.begin(), vectors.end(),
              [](const VectorQr &a, const VectorQr &b) { return a.name < b.name; });
    return vectors;
}

qsizetype addDccVectorQrRows(const QString &dccDir)
{
    QTest::addColumn<QString>("qr");
    const QList<VectorQr> vectors = dccVectorQrs(dccDir);
    for (const VectorQr &vector : vectors)
        QTest::newRow(qPrintable(vector.name)) << vector.qr;
    return vectors.size();
}

} // namespace passgate::test
