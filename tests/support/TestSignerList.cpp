#include "support/TestSignerList.h"

#include "crypto/Sha256_p.h"

#include <QJsonDocument>

namespace passgate::test {

QJsonObject gatewayListEntry(const QByteArray &certificateDer, const QString &country)
{
    const QByteArray digest = sha256(certificateDer);
    return {{QStringLiteral("certificateType"), QStringLiteral("DSC")},
            {QStringLiteral("country"), country},
            {QStringLiteral("kid"), QString::fromLatin1(digest.first(8).toBase64())},
            {QStringLiteral("rawData"), QString::fromLatin1(certificateDer.toBase64())},
            {QStringLiteral("signature"), QStringLiteral("MIAGCSqGSIb3DQEHAqCAMIACAQE=")},
            {QStringLiteral("thumbprint"), QString::fromLatin1(digest.toHex())},
            {QStringLiteral("timestamp"), QStringLiteral("2022-01-10T10:00:00+01:00")}};
}

QByteArray signedGatewayList(const QJsonArray &entries, const TestPublisher &listKey)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("certificates"), entries}}).toJson();
    return listKey.signingKey().sign(json.trimmed()).toBase64() + '\n' + json;
}

} // namespace passgate::test
