#include "trust/RevocationList.h"

#include <algorithm>

namespace passgate {

std::optional<RevocationHashType> revocationHashTypeFromByte(std::uint8_t byte)
{
    if (byte >= 1 && byte <= 3)
        return RevocationHashType(byte);
    return std::nullopt;
}

RevocationList::Key RevocationList::toKey(const Hash &hash)
{
    Key key{0, 0};
    for (int i = 0; i < 8; ++i) {
        key.high = (key.high << 8) | hash[size_t(i)];
        key.low = (key.low << 8) | hash[size_t(i + 8)];
    }
    return key;
}

RevocationList::Hash RevocationList::toHash(const Key &key)
{
    Hash hash{};
    for (int i = 0; i < 8; ++i) {
        hash[size_t(7 - i)] = std::uint8_t(key.high >> (8 * i));
        hash[size_t(15 - i)] = std::uint8_t(key.low >> (8 * i));
    }
    return hash;
}

void RevocationList::add(RevocationHashType type, const Hash &hash)
{
    m_keys[size_t(type) - 1].push_back(toKey(hash));
}

void RevocationList::finish()
{
    for (std::vector<Key> &keys : m_keys) {
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    }
}

bool RevocationList::appendSorted(RevocationHashType type, const Hash &hash)
{
    std::vector<Key> &keys = m_keys[size_t(type) - 1];
    const Key key = toKey(hash);
    if (!keys.empty() && !(keys.back() < key))
        return false;
    keys.push_back(key);
    return true;
}

bool RevocationList::contains(RevocationHashType type, const Hash &hash) const
{
    const std::vector<Key> &keys = m_keys[size_t(type) - 1];
    return std::binary_search(keys.begin(), keys.end(), toKey(hash));
}

std::size_t RevocationList::size() const
{
    return m_keys[0].size() + m_keys[1].size() + m_keys[2].size();
}

std::size_t RevocationList::size(RevocationHashType type) const
{
    return m_keys[size_t(type) - 1].size();
}

} // namespace passgate
