#include "ledger/VenueKeyCreation.h"

#include "common/OutputFile.h"

#include "common/OwnerOnly.h"
#include "crypto/Sha256_p.h"
#include "crypto/X25519Key.h"
#include "ledger/VenueKeys.h"

#include <QDir>
#include <QFileInfo>

namespace passgate {

namespace {

// Canonical paths, so that a symbolic link or "data/../data" cannot smuggle the key inside.
bool isInside(const QString &path, const QString &dir)
{
    const QString file = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    const QString folder = QFileInfo(dir).canonicalFilePath();
    return !folder.isEmpty() && (file == folder || file.startsWith(folder + u'/'));
}

Failure<Error<KeyCreationProblem>> problem(KeyCreationProblem code, const QString &reason)
{
    return fail(code, reason);
}

} // namespace

namespace {

// Both entry points after the key exists: checks, the encrypted private key, then the public half.
Result<CreatedVenueKeys, Error<KeyCreationProblem>> installVenueKeys(const QString &dataDir,
                                                                     const crypto::X25519Key &key,
                                                                     const QString &privateKeyOut,
                                                                     const QByteArray &passphrase)
{
    if (auto made = makeOwnerOnlyDirectory(dataDir); !made)
        return problem(KeyCreationProblem::Unwritable, made.error());
    const QString keyFolder = QFileInfo(privateKeyOut).absolutePath();
    if (auto made = makeOwnerOnlyDirectory(keyFolder); !made)
        return problem(KeyCreationProblem::Unwritable, made.error());
    if (isInside(privateKeyOut, dataDir))
        return problem(KeyCreationProblem::PrivateKeyInsideDataDir,
                       QStringLiteral("the owner's private key must not be kept in the data dir %1: a stolen "
                                      "kiosk would then open every sealed phone number")
                           .arg(dataDir));
    // lstat, not exists(): a dangling link "does not exist" and the key would be written where it points.
    if (QFileInfo(privateKeyOut).isSymLink() || QFileInfo::exists(privateKeyOut))
        return problem(KeyCreationProblem::PrivateKeyExists,
                       QStringLiteral("%1 already exists; not overwriting a private key").arg(privateKeyOut));
    if (auto allowed = checkOutputPath(privateKeyOut, Overwrite::Refuse); !allowed)
        return problem(KeyCreationProblem::Unwritable, allowed.error());
    auto pem = key.encryptedPrivatePem(passphrase);
    if (!pem)
        return problem(KeyCreationProblem::Crypto, pem.error().reason);
    if (auto written = writeOutputFile(privateKeyOut, *pem, Overwrite::Refuse); !written)
        return problem(KeyCreationProblem::Unwritable, written.error());
    auto installed = VenueKeys::install(dataDir, key.publicPem());
    if (!installed) {
        QFile::remove(privateKeyOut); // its public half went nowhere: it would open nothing
        return problem(KeyCreationProblem::Unwritable, installed.error().reason);
    }
    return CreatedVenueKeys{privateKeyOut, key.publicKey()};
}

} // namespace

QString ownerKeyId(const QByteArray &ownerPublicKey)
{
    return QString::fromLatin1(sha256(ownerPublicKey).left(8).toHex());
}

Result<CreatedVenueKeys, Error<KeyCreationProblem>>
createVenueKeys(const QString &dataDir, const QString &privateKeyOut, const QByteArray &passphrase)
{
    auto key = crypto::X25519Key::generate();
    if (!key)
        return problem(KeyCreationProblem::Crypto, key.error().reason);
    return installVenueKeys(dataDir, *key, privateKeyOut, passphrase);
}

Result<CreatedVenueKeys, Error<KeyCreationProblem>>
createVenueKeysInFolder(const QString &dataDir, const QString &keyFolder, const QByteArray &passphrase)
{
    auto key = crypto::X25519Key::generate();
    if (!key)
        return problem(KeyCreationProblem::Crypto, key.error().reason);
    const QString name = QStringLiteral("owner-private-key-%1.pem").arg(ownerKeyId(key->publicKey()));
    return installVenueKeys(dataDir, *key, QDir(keyFolder).filePath(name), passphrase);
}

} // namespace passgate
