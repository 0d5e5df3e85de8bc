#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace passgate {

// Why the venue keys were not made.
enum class KeyCreationProblem
{
    PrivateKeyInsideDataDir, // a stolen kiosk would then open every sealed phone number
    PrivateKeyExists,        // never overwritten: it may be the only key to earlier exports
    Unwritable,              // a folder or file could not be written
    Crypto,                  // key generation or encryption failed (an unusable passphrase, ...)
};

struct CreatedVenueKeys
{
    QString privateKeyFile;
    QByteArray ownerPublicKey; // raw X25519, for a fingerprint
};

// The venue's keys, made once, by `passgate-cli keys init` and by a kiosk's first start alike: the
// venue secret and the owner's public key go into the data dir; the owner's private key, encrypted
// (scrypt PKCS#8) with `passphrase`, goes to `privateKeyOut`, which must lie outside the data dir and
// must not exist yet. Nothing is left half made: a private key whose public half could not be
// installed is removed.
Result<CreatedVenueKeys, Error<KeyCreationProblem>>
createVenueKeys(const QString &dataDir, const QString &privateKeyOut, const QByteArray &passphrase);

// The same with the private key put into `keyFolder` under a name of its own,
// owner-private-key-<key id>.pem (ownerKeyId): a kiosk's first start on another data dir makes
// that dir's own keys beside the first ones instead of finding the name taken.
Result<CreatedVenueKeys, Error<KeyCreationProblem>>
createVenueKeysInFolder(const QString &dataDir, const QString &keyFolder, const QByteArray &passphrase);

// A short id of an owner key: hex of the first 8 bytes of SHA-256 over its raw public key.
QString ownerKeyId(const QByteArray &ownerPublicKey);

} // namespace passgate
