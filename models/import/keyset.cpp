// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyset.h"

#include <QHashFunctions>

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
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.kind == emptySlot)
            continue;
        size_t at = slot.hash & mask;
        while (m_slots[at].kind != emptySlot)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

std::uint32_t KeySet::hashOf(QByteArrayView key)
{
    const size_t hash = qHash(key, size_t(0x5eed));
    return std::uint32_t(hash ^ (hash >> 32));
}

void KeySet::prefetch(std::uint32_t hash) const
{
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]);
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

bool KeySet::insert(QByteArrayView key)
{
    if (size_t(m_size + 1) * 4 > m_slots.size() * 3)
        rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
    const std::uint32_t hash = hashOf(key);
    Slot &slot = m_slots[size_t(findSlot(key, hash))];
    if (slot.kind != emptySlot)
        return false;
    slot.hash = hash;
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

bool KeySet::contains(QByteArrayView key, std::uint32_t hash) const
{
    if (m_slots.empty())
        return false;
    return m_slots[size_t(findSlot(key, hash))].kind != emptySlot;
}
