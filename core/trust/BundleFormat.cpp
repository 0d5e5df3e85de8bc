#include "trust/BundleFormat_p.h"

#include <QtEndian>

#include <algorithm>
#include <array>

namespace passgate {

namespace {

constexpr char magic[] = "PGBUNDLE";
constexpr qsizetype magicSize = 8;
constexpr qsizetype entrySize = 17;

Failure<BundleError> malformed(const QString &reason)
{
    return fail(BundleErrorCode::Malformed, reason);
}

quint32 readU32(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

void appendU32(QByteArray &bytes, quint32 value)
{
    char buffer[4];
    qToBigEndian(value, buffer);
    bytes.append(buffer, 4);
}

} // namespace

QString bundleErrorName(BundleErrorCode code)
{
    switch (code) {
    case BundleErrorCode::Malformed:
        return QStringLiteral("malformed");
    case BundleErrorCode::UnknownPublisher:
        return QStringLiteral("unknown-publisher");
    case BundleErrorCode::BadSignature:
        return QStringLiteral("bad-signature");
    case BundleErrorCode::Expired:
        return QStringLiteral("expired");
    case BundleErrorCode::Rollback:
        return QStringLiteral("rollback");
    case BundleErrorCode::Storage:
        return QStringLiteral("storage");
    }
    return QStringLiteral("unknown");
}

Result<BundleFrame, BundleError> readBundleFrame(const QByteArray &file)
{
    if (file.size() < magicSize + 8 ||
        QByteArrayView(file).first(magicSize) != QByteArrayView(magic, magicSize))
        return malformed(QStringLiteral("not a passgate trust bundle (no PGBUNDLE header)"));
    const quint32 manifestSize = readU32(file, magicSize);
    if (manifestSize == 0 || manifestSize > quint32(BundleFrame::maxManifestSize))
        return malformed(QStringLiteral("manifest length %1 out of bounds").arg(manifestSize));
    qsizetype at = magicSize + 4;
    if (file.size() - at < qsizetype(manifestSize) + 4)
        return malformed(QStringLiteral("truncated in the manifest"));
    BundleFrame frame;
    frame.manifest = file.mid(at, manifestSize);
    at += manifestSize;
    const quint32 count = readU32(file, at);
    at += 4;
    if (count > BundleFrame::maxRevocations)
        return malformed(QStringLiteral("%1 revocation entries exceed the limit").arg(count));
    const qsizetype expected =
        at + qsizetype(count) * entrySize + BundleFrame::keyIdSize + BundleFrame::signatureSize;
    if (file.size() < expected)
        return malformed(
            QStringLiteral("truncated: %1 bytes, the header promises %2").arg(file.size()).arg(expected));
    if (file.size() > expected)
        return malformed(
            QStringLiteral("%1 unexpected bytes after the signature").arg(file.size() - expected));

    int previousType = 0;
    const auto *entries = reinterpret_cast<const std::uint8_t *>(file.constData() + at);
    std::array<std::size_t, 4> perType{};
    for (quint32 i = 0; i < count; ++i)
        ++perType[std::min<std::size_t>(entries[qsizetype(i) * entrySize], 3)];
    for (const RevocationHashType type :
         {RevocationHashType::Uci, RevocationHashType::CountryCodeUci, RevocationHashType::Signature})
        frame.revocations.reserve(type, perType[size_t(type)]);
    for (quint32 i = 0; i < count; ++i) {
        const std::uint8_t *entry = entries + qsizetype(i) * entrySize;
        const auto type = revocationHashTypeFromByte(entry[0]);
        if (!type)
            return malformed(
                QStringLiteral("revocation entry %1 has unknown hash type %2").arg(i).arg(entry[0]));
        if (int(*type) < previousType)
            return malformed(QStringLiteral("revocation entries not sorted by type at entry %1").arg(i));
        previousType = int(*type);
        RevocationList::Hash hash;
        std::copy(entry + 1, entry + entrySize, hash.begin());
        if (!frame.revocations.appendSorted(*type, hash))
            return malformed(QStringLiteral("revocation entries not strictly ascending at entry %1").arg(i));
    }
    at += qsizetype(count) * entrySize;
    frame.publisherKeyId = file.mid(at, BundleFrame::keyIdSize);
    at += BundleFrame::keyIdSize;
    frame.signedLength = at;
    frame.signature = file.mid(at, BundleFrame::signatureSize);
    return frame;
}

QByteArray bundleSignedPart(const QByteArray &manifest, const RevocationList &revocations,
                            const QByteArray &publisherKeyId)
{
    QByteArray bytes;
    bytes.reserve(magicSize + 8 + manifest.size() + qsizetype(revocations.size()) * entrySize +
                  publisherKeyId.size());
    bytes.append(magic, magicSize);
    appendU32(bytes, quint32(manifest.size()));
    bytes.append(manifest);
    appendU32(bytes, quint32(revocations.size()));
    revocations.forEach([&bytes](RevocationHashType type, const RevocationList::Hash &hash) {
        bytes.append(char(type));
        bytes.append(reinterpret_cast<const char *>(hash.data()), qsizetype(hash.size()));
    });
    bytes.append(publisherKeyId);
    return bytes;
}

} // namespace passgate
