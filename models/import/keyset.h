// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

// An exact set of byte strings, such as the UTF-8 customer ids of a project,
// each carrying a 32-bit number (the importer's: the customer's position in
// the metric engine's columns), kept compact and fast for millions of keys: an open-addressing table of
// 16-byte slots that hold the key's hash and, for keys up to 11 bytes (most
// ids), the key itself, so a lookup touches one cache line; longer keys live
// in one buffer, after their length; the numbers sit in a parallel array.
// 1 000 000 ids take 40 MB, against some 80 MB for a QSet<QString>.
//
// Lookups and inserts of many keys go faster in two steps: hashOf() and
// prefetch() for the next keys while contains(key, hash) checks the current
// one (or insert(key, number, hash) adds it), so the memory latency of the
// random slots overlaps.
//
// Thread rules: the const functions may be called from several threads at
// once when nobody inserts meanwhile.
class KeySet
{
public:
    void reserve(qsizetype count);
    // False when the key was already there (its number is left as it was).
    bool insert(QByteArrayView key, std::int32_t number = 0)
    {
        return insert(key, number, hashOf(key));
    }
    // With the key's hashOf(), when the caller has it: many inserts go
    // faster with prefetch() of the next keys first, as lookups do.
    bool insert(QByteArrayView key, std::int32_t number, std::uint32_t hash);
    bool contains(QByteArrayView key) const { return find(key, hashOf(key)) != nullptr; }
    bool contains(QByteArrayView key, std::uint32_t hash) const
    {
        return find(key, hash) != nullptr;
    }
    // The key's number, or nullptr when the key is not in the set.
    const std::int32_t *find(QByteArrayView key, std::uint32_t hash) const;
    void prefetch(std::uint32_t hash) const;
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    static std::uint32_t hashOf(QByteArrayView key);

private:
    static constexpr int inlineBytes = 11;
    enum : std::uint8_t { emptySlot = 0, longKey = 255 }; // else 1 + the inline key's size

    struct Slot
    {
        std::uint32_t hash = 0;
        std::uint8_t kind = emptySlot;
        char bytes[inlineBytes] = {}; // the key, or for a long key the offset of its length
    };
    static_assert(sizeof(Slot) == 16, "one slot, a quarter of a cache line");

    bool matches(const Slot &slot, QByteArrayView key, std::uint32_t hash) const;
    qsizetype findSlot(QByteArrayView key, std::uint32_t hash) const; // its slot or an empty one
    void rehash(size_t slotCount);

    std::vector<Slot> m_slots; // size is a power of two, at most 3/4 full
    std::vector<std::int32_t> m_numbers; // per slot
    QByteArray m_longKeys; // per key over 11 bytes: its size (4 bytes), then its bytes
    qsizetype m_size = 0;
};
