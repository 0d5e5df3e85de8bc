#pragma once

#include "crypto/PublicKey.h"
#include "formats/DecodedPass.h"
#include "formats/TrustError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace passgate {

// A key of an issuer that names its keys by issuer and key id rather than by certificate: a SMART
// Health Card issuer (its URL, kid = the key's RFC 7638 thumbprint) or the NZ COVID Pass issuer (its
// did:web DID, kid = the verification method's fragment, "key-1").
struct IssuerKey
{
    PassFormat format = PassFormat::SmartHealthCard;
    QString issuer;  // exactly as passes carry it in "iss"
    QString kid;     // exactly as passes carry it in their header
    QString country; // ISO 3166 alpha-2 the issuer signs for; may be empty (the bundle states it)
    QJsonObject jwk; // the public key as a JWK (kty, crv, x, y)
    PublicKey key;
};

// The issuer keys a verifier trusts, looked up by (format, issuer, kid). A pass whose issuer has no
// key here is from an unknown issuer; a kid trusted only for another issuer is a key of someone else.
class IssuerKeys
{
public:
    void add(IssuerKey key);
    const IssuerKey *find(PassFormat format, const QString &issuer, const QString &kid) const;
    bool knowsIssuer(PassFormat format, const QString &issuer) const;
    // The issuers that hold a key with this id (for saying whose key a mismatched kid is).
    QStringList issuersOfKid(PassFormat format, const QString &kid) const;
    const QList<IssuerKey> &all() const { return m_keys; }
    int size() const { return int(m_keys.size()); }
    bool isEmpty() const { return m_keys.isEmpty(); }

    // A SMART Health Card issuer's key set ({"keys": [JWK...]}, as served at ISS/.well-known/jwks.json).
    // Keys with "use" other than "sig" are skipped (an issuer may publish other keys beside); every
    // signing key must be EC P-256 with alg ES256 (if stated) and its kid its thumbprint, else the
    // whole set is refused: one wrong key means the file is not what the issuer published.
    static Result<QList<IssuerKey>, TrustError> fromShcKeySet(const QByteArray &json, const QString &issuer,
                                                              const QString &country);
    // The NZ COVID Pass issuer's DID document (did:web, W3C DID core): the JsonWebKey2020 verification
    // methods that assertionMethod lists, each as kid = its id's fragment. Methods not listed there may
    // not sign passes and are not taken.
    static Result<QList<IssuerKey>, TrustError> fromDidDocument(const QByteArray &json,
                                                                const QString &country);
    // The keys of `issuer` from a file: its DID document when the issuer is a did:web DID (the
    // document's id must be that DID), else its SMART Health Card key set. For `--issuer ISS=FILE`.
    static Result<QList<IssuerKey>, TrustError> readIssuerFile(const QString &issuer, const QString &path);
    // One issuer key from its trust-bundle form {"format", "issuer", "kid", "country", "jwk"}.
    static Result<IssuerKey, TrustError> fromBundleEntry(const QJsonObject &entry);
    static QJsonObject toBundleEntry(const IssuerKey &key);

private:
    QList<IssuerKey> m_keys;
    QHash<QString, qsizetype> m_index; // format|issuer|kid -> m_keys index
};

} // namespace passgate
