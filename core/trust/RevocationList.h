#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace passgate {

// How a revocation entry names a pass, as in the EU DCC revocation scheme: each entry is the first
// 128 bits of a SHA-256 hash over
enum class RevocationHashType : std::uint8_t
{
    Uci = 1,            // the UCI (certificate identifier)
    CountryCodeUci = 2, // the issuing country code (CWT iss) followed by the UCI
    Signature = 3,      // the signature: ECDSA its r half, RSA all of it
};

std::optional<RevocationHashType> revocationHashTypeFromByte(std::uint8_t byte);

// The revoked passes of a trust bundle. Entries are kept sorted per hash type in flat arrays of
// two 64-bit words: 16 bytes an entry, a million entries in 16 MB, lookup a binary search (about
// 20 comparisons) with no allocation.
class RevocationList
{
public:
    using Hash = std::array<std::uint8_t, 16>;

    // Adds one entry; call finish() after the last before looking anything up.
    void add(RevocationHashType type, const Hash &hash);
    // Sorts and removes duplicates.
    void finish();
    // Takes entries already sorted ascending per type (as a bundle stores them); refuses unsorted
    // or duplicated input so a malformed bundle cannot make lookups silently miss.
    bool appendSorted(RevocationHashType type, const Hash &hash);
    // Room for `count` entries of `type`, so loading a million does not reallocate on the way.
    void reserve(RevocationHashType type, std::size_t count) { m_keys[size_t(type) - 1].reserve(count); }

    bool contains(RevocationHashType type, const Hash &hash) const;
    std::size_t size() const;
    std::size_t size(RevocationHashType type) const;

    // Every entry, sorted by (type, hash); what a bundle stores.
    template<typename F>
    void forEach(F &&visit) const
    {
        for (std::size_t t = 0; t < m_keys.size(); ++t) {
            for (const Key &key : m_keys[t])
                visit(RevocationHashType(t + 1), toHash(key));
        }
    }

private:
    struct Key
    {
        std::uint64_t high;
        std::uint64_t low;
        friend auto operator<=>(const Key &, const Key &) = default;
    };
    static Key toKey(const Hash &hash);
    static Hash toHash(const Key &key);

    std::array<std::vector<Key>, 3> m_keys;
};

} // namespace passgate
