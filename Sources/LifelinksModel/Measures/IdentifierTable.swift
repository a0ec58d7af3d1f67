/// Connection ids to alter numbers, for the few dozen look-ups one network's relations need.
///
/// Open addressing with a simple unseeded hash of the id's bytes when every id is ASCII (as ids are
/// in practice): much cheaper per look-up than `Dictionary`'s seeded SipHash, which matters when the
/// measures run over a whole cohort. Ids match as Swift strings do, by canonical equivalence, so any
/// non-ASCII id sends the look-up through the standard library's hashing, which agrees with `==`.
struct IdentifierTable {
    private let people: [Connection]
    /// For each alter number, the alter's position in `people`.
    private let positions: [Int]
    /// Alter number + 1 in each slot, or 0 for an empty slot; the count is a power of two.
    private var slots: [Int32]
    private let mask: Int
    /// Whether every alter's id is ASCII, so byte hashes stand for string equality among them.
    private let asciiOnly: Bool

    /// The alters at `positions` in `people`, numbered in that order. Only the first holder of an id can
    /// be found by it, and nobody by the young person's reserved id, which no tie among alters may use.
    init(_ people: [Connection], alters positions: [Int]) {
        self.people = people
        self.positions = positions
        var size = 8
        while size < positions.count * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1

        var hashes = [Int](repeating: 0, count: positions.count)
        var asciiOnly = true
        for (number, position) in positions.enumerated() {
            guard let hash = Self.asciiHash(people[position].id) else {
                asciiOnly = false
                break
            }
            hashes[number] = hash
        }
        if !asciiOnly {
            for (number, position) in positions.enumerated() { hashes[number] = people[position].id.hashValue }
        }
        self.asciiOnly = asciiOnly

        for (number, position) in positions.enumerated() {
            let id = people[position].id
            guard id != Connection.youngPersonID else { continue }
            var slot = hashes[number] & mask
            var taken = false
            while slots[slot] != 0 {
                if people[positions[Int(slots[slot]) - 1]].id == id {
                    taken = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if !taken { slots[slot] = Int32(number + 1) }
        }
    }

    /// The number given to `id`, or nil when it is not an alter's.
    func number(of id: String) -> Int? {
        let hash: Int
        if !asciiOnly {
            hash = id.hashValue
        } else if let ascii = Self.asciiHash(id) {
            hash = ascii
        } else {
            // A non-ASCII id may still equal an ASCII one (a Kelvin sign is a K), so compare them all.
            guard id != Connection.youngPersonID else { return nil }
            return positions.indices.first { people[positions[$0]].id == id }
        }
        var slot = hash & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if people[positions[number]].id == id { return number }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// A hash of an ASCII id's bytes taken eight at a time (ids are short, and this runs for both ends of
    /// every relation), or nil when the id is not all ASCII.
    static func asciiHash(_ id: String) -> Int? {
        if let hash = id.utf8.withContiguousStorageIfAvailable(hashBytes) {
            return hash
        }
        var contiguous = id
        contiguous.makeContiguousUTF8()
        return contiguous.utf8.withContiguousStorageIfAvailable(hashBytes) ?? nil
    }

    private static func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = UInt64(truncatingIfNeeded: raw.count)
        var seen: UInt64 = 0
        var offset = 0
        while offset + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            seen |= word
            hash = mix(hash ^ word)
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < raw.count {
            tail = tail << 8 | UInt64(raw[offset])
            offset += 1
        }
        seen |= tail
        guard seen & 0x8080_8080_8080_8080 == 0 else { return nil }
        return Int(truncatingIfNeeded: mix(hash ^ tail))
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 31)
    }
}
