#include "cli/PinnedPublishers.h"

#include "trust/DemoTrust.h"

#include <QFile>

namespace passgate::cli {

Result<PublisherKeys, QString> pinnedPublishers(const QStringList &keyFiles, QTextStream &err)
{
    QByteArray pem;
    if (keyFiles.isEmpty()) {
        err << "note: pinning the DEMO publisher key (demo only; pass --publisher-key for real bundles)\n";
        pem = demo::publisherPublicKeyPem();
    }
    for (const QString &keyFile : keyFiles) {
        QFile key(keyFile);
        if (!key.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(keyFile, key.errorString()));
        pem += key.readAll() + '\n';
    }
    auto keys = PublisherKeys::fromPem(pem);
    if (!keys)
        return fail(keys.error().reason);
    return std::move(keys).value();
}

} // namespace passgate::cli
