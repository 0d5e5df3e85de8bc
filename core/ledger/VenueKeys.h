#pragma once

#include "ledger/ContactDetails.h"
#include "ledger/LedgerError.h"

#include <QByteArray>
#include <QString>

namespace passgate {

// The keys a kiosk holds, both in its data dir: the venue secret (keys certificate-id hashes to this
// venue) and the owner's X25519 public key (seals contacts and exports). Neither lets the kiosk read a
// sealed contact back: the owner's private key never lives in the data dir.
class VenueKeys
{
public:
    static constexpr int SecretSize = 32;
    static inline const QString SecretFileName = QStringLiteral("venue-secret");
    static inline const QString OwnerPublicKeyFileName = QStringLiteral("owner-public.pem");

    VenueKeys(QByteArray venueSecret, QByteArray ownerPublicKey)
        : m_secret(std::move(venueSecret))
        , m_ownerPublicKey(std::move(ownerPublicKey))
    {}

    static LedgerResult<VenueKeys> load(const QString &dataDir);
    // Writes a new venue secret and the owner's public key (PEM) into the data dir; refuses to replace
    // existing ones, since that would orphan every hash and sealed contact already recorded.
    static LedgerResult<VenueKeys> install(const QString &dataDir, const QByteArray &ownerPublicPem);

    QByteArray certificateHash(const QString &certificateId) const;
    LedgerResult<QByteArray> sealContact(const ContactDetails &details) const;
    const QByteArray &ownerPublicKey() const { return m_ownerPublicKey; }

    // Associated data binding a sealed box to its use.
    static inline const QByteArray ContactContext = QByteArrayLiteral("passgate contact v1");
    static inline const QByteArray ExportContext = QByteArrayLiteral("passgate ledger export v1");

private:
    QByteArray m_secret;
    QByteArray m_ownerPublicKey; // raw 32 bytes
};

} // namespace passgate
