// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyset.h"

#include <QRandomGenerator>

#include <cstring>

void KeySet::reserve(qsizetype count)
{
    size_t wanted = 16;
    while (wanted * 3 / 4 < size_t(count))
        wanted *= 2;
    if (wanted > m_slots.size())
        rehash(wanted);
}

void KeySet::rehash(size_t slotCount)
{
    std::vector<Slot> old(slotCount);
    std::vector<std::int32_t> oldNumbers(slotCount);
    old.swap(m_slots);
    oldNumbers.swap(m_numbers);
    const size_t mask = m_slots.size() - 1;
    for (size_t from = 0; from < old.size(); ++from) {
        const Slot &slot = old[from];
        if (slot.kind == emptySlot)
            continue;
        size_t at = slot.hash & mask;
        while (m_slots[at].kind != emptySlot)
            at = (at + 1) & mask;
        m_slots[at] = slot;
        m_numbers[at] = oldNumbers[from];
    }
}

// Eight bytes at a time, each word folded in with a multiply and a shift
// (the finaliser of SplitMix64): customer ids are short, and Qt's qHash of
// bytes (SipHash without AES instructions) took an eighth of the time of
// checking a file's rows. The seed differs per process, so a file cannot be
// made of keys that collide in every run.
std::uint32_t KeySet::hashOf(QByteArrayView key)
{
    static const std::uint64_t seed = QRandomGenerator::system()->generate64();
    const auto mix = [](std::uint64_t value) {
        value ^= value >> 30;
        value *= 0xbf58476d1ce4e5b9ULL;
        value ^= value >> 27;
        value *= 0x94d049bb133111ebULL;
        return value ^ (value >> 31);
    };
    std::uint64_t hash = seed ^ std::uint64_t(key.size());
    const char *data = key.data();
    qsizetype left = key.size();
    for (; left >= 8; left -= 8, data += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, data, 8);
        hash = mix(hash ^ word);
    }
    if (left > 0) {
        std::uint64_t word = 0;
        std::memcpy(&word, data, size_t(left));
        hash = mix(hash ^ word ^ (std::uint64_t(left) << 56));
    }
    return std::uint32_t(hash ^ (hash >> 32));
}

void KeySet::prefetch(std::uint32_t hash) const
{
    if (m_slots.empty())
        return;
    const size_t at = hash & (m_slots.size() - 1);
    __builtin_prefetch(&m_slots[at]);
    __builtin_prefetch(&m_numbers[at]);
}

bool KeySet::matches(const Slot &slot, QByteArrayView key, std::uint32_t hash) const
{
    if (slot.hash != hash)
        return false;
    if (slot.kind != longKey) {
        return slot.kind - 1 == key.size()
            && std::memcmp(slot.bytes, key.data(), size_t(key.size())) == 0;
    }
    qint64 offset = 0;
    std::memcpy(&offset, slot.bytes, sizeof offset);
    std::uint32_t size = 0;
    std::memcpy(&size, m_longKeys.constData() + offset, sizeof size);
    return qsizetype(size) == key.size()
        && std::memcmp(m_longKeys.constData() + offset + sizeof size, key.data(), size) == 0;
}

qsizetype KeySet::findSlot(QByteArrayView key, std::uint32_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t at = hash & mask;
    for (;;) {
        const Slot &slot = m_slots[at];
        if (slot.kind == emptySlot || matches(slot, key, hash))
            return qsizetype(at);
        at = (at + 1) & mask;
    }
}

bool KeySet::insert(QByteArrayView key, std::int32_t number, std::uint32_t hash)
{
    if (size_t(m_size + 1) * 4 > m_slots.size() * 3)
        rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
    const size_t at = size_t(findSlot(key, hash));
    Slot &slot = m_slots[at];
    if (slot.kind != emptySlot)
        return false;
    slot.hash = hash;
    m_numbers[at] = number;
    if (key.size() <= inlineBytes) {
        slot.kind = std::uint8_t(1 + key.size());
        std::memcpy(slot.bytes, key.data(), size_t(key.size()));
    } else {
        slot.kind = longKey;
        const qint64 offset = m_longKeys.size();
        const std::uint32_t size = std::uint32_t(key.size());
        m_longKeys.append(reinterpret_cast<const char *>(&size), sizeof size);
        m_longKeys.append(key.data(), key.size());
        std::memcpy(slot.bytes, &offset, sizeof offset);
    }
    ++m_size;
    return true;
}

const std::int32_t *KeySet::find(QByteArrayView key, std::uint32_t hash) const
{
    if (m_slots.empty())
        return nullptr;
    const size_t at = size_t(findSlot(key, hash));
    return m_slots[at].kind != emptySlot ? &m_numbers[at] : nullptr;
}
