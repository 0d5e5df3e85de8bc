#pragma once

#include "trust/BundleError.h"
#include "trust/RevocationList.h"

#include <QByteArray>

namespace passgate {

// The framing of a .pgtb file (docs/trust-bundle.md): magic, manifest, sorted revocation entries,
// publisher key id, signature. Reading checks only the framing; what the manifest says and whether
// the signature holds are the verifier's business.
struct BundleFrame
{
    static constexpr qsizetype keyIdSize = 8;
    static constexpr qsizetype signatureSize = 64;
    static constexpr qsizetype maxManifestSize = 16 * 1024 * 1024;
    static constexpr quint32 maxRevocations = 50'000'000;

    QByteArray manifest;
    RevocationList revocations;
    QByteArray publisherKeyId;
    QByteArray signature;       // r || s
    qsizetype signedLength = 0; // bytes from the start of the file the signature covers
};

Result<BundleFrame, BundleError> readBundleFrame(const QByteArray &file);

// Everything the publisher signs: magic, manifest, entries and the key id. The file is this
// followed by the 64-byte signature.
QByteArray bundleSignedPart(const QByteArray &manifest, const RevocationList &revocations,
                            const QByteArray &publisherKeyId);

} // namespace passgate
