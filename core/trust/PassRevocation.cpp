#include "trust/PassRevocation.h"

#include "crypto/Sha256_p.h"

#include <algorithm>

namespace passgate {

namespace {

RevocationList::Hash truncatedHash(QByteArrayView input)
{
    const QByteArray digest = sha256(input);
    RevocationList::Hash hash{};
    std::copy_n(reinterpret_cast<const std::uint8_t *>(digest.constData()), hash.size(), hash.begin());
    return hash;
}

} // namespace

std::optional<RevocationList::Hash> revocationHash(RevocationHashType type, const DecodedPass &pass)
{
    switch (type) {
    case RevocationHashType::Uci:
        if (pass.certificateId.isEmpty())
            return std::nullopt;
        return truncatedHash(pass.certificateId.toUtf8());
    case RevocationHashType::CountryCodeUci:
        if (pass.certificateId.isEmpty())
            return std::nullopt;
        return truncatedHash((pass.issuerCountry + pass.certificateId).toUtf8());
    case RevocationHashType::Signature:
        if (pass.signature.isEmpty())
            return std::nullopt;
        // ES256 signatures are r||s of 32 bytes each; the scheme hashes r alone, because s can be
        // replaced by n - s without invalidating the signature. RSA signatures are hashed whole.
        return truncatedHash(pass.signature.size() == 64 ? QByteArrayView(pass.signature).first(32)
                                                         : QByteArrayView(pass.signature));
    }
    return std::nullopt;
}

bool isRevoked(const RevocationList &revocations, const DecodedPass &pass)
{
    for (const RevocationHashType type :
         {RevocationHashType::Uci, RevocationHashType::CountryCodeUci, RevocationHashType::Signature}) {
        if (revocations.size(type) == 0)
            continue;
        const auto hash = revocationHash(type, pass);
        if (hash && revocations.contains(type, *hash))
            return true;
    }
    return false;
}

} // namespace passgate
