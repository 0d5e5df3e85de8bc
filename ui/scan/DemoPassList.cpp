#include "scan/DemoPassList.h"
#include "common/BoundedRead.h"

#include <QFile>

namespace passgate {

QString bundledDemoPassList()
{
    return QStringLiteral(":/demo/demo-passes.txt");
}

Result<QList<DemoPass>, ScanFailure> parseDemoPassList(const QString &text)
{
    QList<DemoPass> passes;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        DemoPass pass;
        if (tab < 0) {
            pass.payload = line;
        } else {
            pass.label = line.left(tab).trimmed();
            pass.payload = line.mid(tab + 1);
        }
        if (pass.payload.trimmed().isEmpty())
            continue;
        if (passes.size() == maxDemoPasses)
            return fail(ScanError::BadDemoList,
                        QStringLiteral("the demo pass list holds more than %1 passes").arg(maxDemoPasses));
        if (pass.label.isEmpty())
            pass.label = QStringLiteral("pass %1").arg(passes.size() + 1);
        passes.append(pass);
    }
    if (passes.isEmpty())
        return fail(ScanError::BadDemoList, QStringLiteral("the demo pass list holds no pass"));
    return passes;
}

Result<QList<DemoPass>, ScanFailure> loadDemoPassList(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ScanError::SourceUnavailable, QStringLiteral("no demo pass list at %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ScanError::UnreadableFile,
                    QStringLiteral("cannot read the demo pass list %1: %2").arg(path, file.errorString()));
    const Result<QByteArray, QString> bytes = readBounded(file, readLimit::jsonFile, path);
    if (!bytes)
        return fail(ScanError::UnreadableFile, bytes.error());
    auto passes = parseDemoPassList(QString::fromUtf8(*bytes));
    if (!passes)
        return fail(passes.error().code, passes.error().reason + QStringLiteral(" (%1)").arg(path));
    return passes;
}

} // namespace passgate
