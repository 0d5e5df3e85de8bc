#include "support/TestData.h"

#include <QDir>
#include <QFileInfo>

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

} // namespace passgate::test
