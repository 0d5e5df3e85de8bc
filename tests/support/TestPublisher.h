#pragma once

#include "trust/BundleBuilder.h"
#include "trust/PublisherKeys.h"
#include "trust/PublisherSigningKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace passgate::test {

// A bundle publisher for tests: a fresh P-256 key (or an RSA/other-curve one to test refusals),
// and bundles built with it.
class TestPublisher
{
public:
    enum class Curve
    {
        P256,
        P384
    };

    static TestPublisher generate(Curve curve = Curve::P256);

    QByteArray privateKeyPem() const { return m_privatePem; }
    QByteArray publicKeyPem() const { return m_publicPem; }
    const PublisherSigningKey &signingKey() const { return *m_key; }
    PublisherKeys pins() const; // just this key

    // A bundle with `sequence`, valid from `issued` for `days`, with the given contents.
    QByteArray build(BundleContents contents) const;
    QByteArray build(quint64 sequence, const QDateTime &issued, int days = 30) const;

private:
    QByteArray m_privatePem;
    QByteArray m_publicPem;
    std::shared_ptr<PublisherSigningKey> m_key;
};

// A bundle rule set named `name` that refuses every statement with `reason` (a "closed" order).
QJsonObject denyAllRuleSet(const QString &name, const QString &reason = QStringLiteral("closed"));

} // namespace passgate::test
