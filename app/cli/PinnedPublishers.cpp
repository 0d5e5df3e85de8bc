#include "cli/PinnedPublishers.h"
#include "common/BoundedRead.h"

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
        const Result<QByteArray, QString> key = readFileBounded(keyFile, readLimit::keyFile);
        if (!key)
            return fail(key.error());
        pem += *key + '\n';
    }
    auto keys = PublisherKeys::fromPem(pem);
    if (!keys)
        return fail(keys.error().reason);
    return std::move(keys).value();
}

} // namespace passgate::cli
