#include "trust/DemoTrust.h"

#include <QFile>

static void initialiseDemoResources()
{
    Q_INIT_RESOURCE(passgate_demo);
}

namespace passgate::demo {

namespace {

QByteArray resource(const QString &name)
{
    initialiseDemoResources();
    QFile file(QStringLiteral(":/demo/") + name);
    // Compiled in: a missing one is a build defect, caught by tst_demo_material.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QByteArray publisherPublicKeyPem()
{
    return resource(QStringLiteral("demo-publisher-public.pem"));
}

QByteArray bundle()
{
    return resource(QStringLiteral("demo-bundle.pgtb"));
}

QList<DemoPass> parsePasses(const QString &text)
{
    QList<DemoPass> passes;
    for (const QStringView line : QStringView(text).tokenize(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab > 0)
            passes.append({line.first(tab).toString(), line.mid(tab + 1).trimmed().toString()});
    }
    return passes;
}

QList<DemoPass> passes()
{
    return parsePasses(QString::fromUtf8(resource(QStringLiteral("demo-passes.txt"))));
}

} // namespace passgate::demo
