#pragma once

#include "formats/IssuerKeys.h"
#include "formats/SignerCertificate.h"
#include "formats/TrustError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace passgate {

// The signer certificates passes are checked against, in memory, looked up by key id. Several
// certificates may share a kid (8 bytes of a hash do collide across the EU's thousands of signers);
// a verifier tries each of them.
class TrustStore
{
public:
    void add(SignerCertificate signer);
    // Loads every certificate of a PEM file (one or more blocks) or one DER file, as DCC signers.
    // Returns how many were added; on error nothing from that file is added.
    Result<int, TrustError> addFile(const QString &path);
    // The same for file contents already in memory.
    Result<int, TrustError> addEncoded(const QByteArray &pemOrDer, const QString &origin);

    // The signers of one PEM (one or more blocks) or DER file, in file order, without adding them:
    // the one reading of certificate files, for the kiosk, `verify --trust` and `trust build`.
    static Result<QList<SignerCertificate>, TrustError> readFile(const QString &path);
    static Result<QList<SignerCertificate>, TrustError> readEncoded(const QByteArray &pemOrDer,
                                                                    const QString &origin);

    QList<SignerCertificate> find(const QByteArray &kid) const { return m_byKid.value(kid); }
    bool contains(const QByteArray &kid) const { return m_byKid.contains(kid); }
    int size() const { return m_size; } // DCC signers
    // The keys of issuers that name keys by issuer and kid (SMART Health Cards, NZ COVID Pass).
    void addIssuerKey(IssuerKey key) { m_issuerKeys.add(std::move(key)); }
    const IssuerKeys &issuerKeys() const { return m_issuerKeys; }
    // Nothing at all to check a pass against, of any format.
    bool isEmpty() const { return m_size == 0 && m_issuerKeys.isEmpty(); }
    void clear();

private:
    QHash<QByteArray, QList<SignerCertificate>> m_byKid;
    IssuerKeys m_issuerKeys;
    int m_size = 0;
};

} // namespace passgate
