#include "support/TestPublisher.h"

#include "crypto/OpenSsl_p.h"

#include <openssl/ec.h>
#include <openssl/pem.h>

namespace passgate::test {

namespace {

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

} // namespace

TestPublisher TestPublisher::generate(Curve curve)
{
    openssl::PKey key(EVP_EC_gen(curve == Curve::P256 ? "P-256" : "P-384"));
    if (!key)
        qFatal("cannot generate a test publisher key: %s", qPrintable(openssl::lastError()));
    TestPublisher publisher;
    openssl::Bio privateBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(privateBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    publisher.m_privatePem = bioText(privateBio.get());
    openssl::Bio publicBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(publicBio.get(), key.get());
    publisher.m_publicPem = bioText(publicBio.get());
    if (curve == Curve::P256) {
        auto signingKey = PublisherSigningKey::fromPem(publisher.m_privatePem);
        if (!signingKey)
            qFatal("test publisher key refused: %s", qPrintable(signingKey.error().reason));
        publisher.m_key = std::make_shared<PublisherSigningKey>(std::move(signingKey).value());
    }
    return publisher;
}

PublisherKeys TestPublisher::pins() const
{
    auto keys = PublisherKeys::fromPem(m_publicPem);
    if (!keys)
        qFatal("test publisher key cannot be pinned: %s", qPrintable(keys.error().reason));
    return *keys;
}

QByteArray TestPublisher::build(BundleContents contents) const
{
    auto file = buildBundle(contents, *m_key);
    if (!file)
        qFatal("test bundle not built: %s", qPrintable(file.error().reason));
    return *file;
}

QByteArray TestPublisher::build(quint64 sequence, const QDateTime &issued, int days) const
{
    BundleContents contents;
    contents.sequence = sequence;
    contents.issued = issued;
    contents.expires = issued.addDays(days);
    contents.publisher = QStringLiteral("test publisher");
    return build(std::move(contents));
}

QJsonObject denyAllRuleSet(const QString &name, const QString &reason)
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("passgate-rules")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("description"), QStringLiteral("the authority closed venues")},
                       {QStringLiteral("source"), QStringLiteral("test")},
                       {QStringLiteral("statementOtherwise"),
                        QJsonObject{{QStringLiteral("verdict"), QStringLiteral("deny")},
                                    {QStringLiteral("reason"), reason}}}};
}

} // namespace passgate::test
