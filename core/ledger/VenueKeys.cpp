#include "ledger/VenueKeys.h"
#include "common/BoundedRead.h"

#include "crypto/Hmac.h"
#include "crypto/SealedBox_p.h"
#include "crypto/SecureRandom.h"
#include "crypto/X25519Key.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace passgate {

namespace {

LedgerResult<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(
            LedgerCode::KeysMissing,
            QStringLiteral("%1 is missing: run 'passgate-cli keys init' for this data dir").arg(path));
    Result<QByteArray, QString> bytes = readFileBounded(path, readLimit::keyFile);
    if (!bytes)
        return fail(LedgerCode::KeysMissing, bytes.error());
    return std::move(bytes).value();
}

LedgerResult<void> writePrivateFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(LedgerCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(contents);
    if (!file.commit())
        return fail(LedgerCode::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

LedgerResult<VenueKeys> VenueKeys::load(const QString &dataDir)
{
    const QDir dir(dataDir);
    auto secretText = readFile(dir.filePath(SecretFileName));
    if (!secretText)
        return fail(secretText.error());
    const QByteArray secret = QByteArray::fromBase64(secretText->trimmed());
    if (secret.size() != SecretSize)
        return fail(LedgerCode::KeysMissing, QStringLiteral("%1 does not hold a %2-byte secret")
                                                 .arg(dir.filePath(SecretFileName))
                                                 .arg(SecretSize));
    auto pem = readFile(dir.filePath(OwnerPublicKeyFileName));
    if (!pem)
        return fail(pem.error());
    auto publicKey = crypto::X25519Key::publicKeyFromPem(*pem);
    if (!publicKey)
        return fail(
            LedgerCode::KeysMissing,
            QStringLiteral("%1: %2").arg(dir.filePath(OwnerPublicKeyFileName), publicKey.error().reason));
    return VenueKeys(secret, *publicKey);
}

LedgerResult<VenueKeys> VenueKeys::install(const QString &dataDir, const QByteArray &ownerPublicPem)
{
    auto publicKey = crypto::X25519Key::publicKeyFromPem(ownerPublicPem);
    if (!publicKey)
        return fail(LedgerCode::InvalidInput,
                    QStringLiteral("owner public key: ") + publicKey.error().reason);
    QDir dir(dataDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(LedgerCode::IoError, QStringLiteral("cannot create the data dir %1").arg(dataDir));
    for (const QString &name : {SecretFileName, OwnerPublicKeyFileName}) {
        if (QFile::exists(dir.filePath(name)))
            return fail(
                LedgerCode::InvalidInput,
                QStringLiteral("%1 already exists; replacing it would make the entries recorded so far "
                               "unlinkable or unreadable. Move it away first if that is really meant.")
                    .arg(dir.filePath(name)));
    }
    const QByteArray secret = crypto::secureRandomBytes(SecretSize);
    if (secret.size() != SecretSize)
        return fail(LedgerCode::IoError, QStringLiteral("the random number generator failed"));
    if (auto written = writePrivateFile(dir.filePath(SecretFileName), secret.toBase64() + '\n'); !written)
        return fail(written.error());
    if (auto written = writePrivateFile(dir.filePath(OwnerPublicKeyFileName), ownerPublicPem); !written)
        return fail(written.error());
    return VenueKeys(secret, *publicKey);
}

QByteArray VenueKeys::certificateHash(const QString &certificateId) const
{
    return crypto::hmacSha256(m_secret, certificateId.toUtf8());
}

LedgerResult<QByteArray> VenueKeys::sealContact(const ContactDetails &details) const
{
    auto sealed = crypto::SealedBox::seal(m_ownerPublicKey, details.toPlaintext(), ContactContext);
    if (!sealed)
        return fail(LedgerCode::KeysMissing,
                    QStringLiteral("cannot seal the contact: ") + sealed.error().reason);
    return *sealed;
}

} // namespace passgate
