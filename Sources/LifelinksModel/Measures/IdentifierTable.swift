/// Connection ids to alter numbers, for the few dozen look-ups one network's relations need.
///
/// Open addressing with a simple unseeded hash of the id's bytes: much cheaper per look-up than
/// `Dictionary`'s seeded SipHash, which matters when the measures run over a whole cohort. The ids are
/// read in place from the connections, not copied.
struct IdentifierTable {
    private let people: [Connection]
    /// For each alter number, the alter's position in `people`.
    private var positions: [Int] = []
    /// Alter number + 1 in each slot, or 0 for an empty slot; the count is a power of two.
    private var slots: [Int32]
    private let mask: Int

    /// A table over `people` with room for all of them, kept at most half full so probes stay short.
    init(_ people: [Connection]) {
        self.people = people
        var size = 8
        while size < people.count * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        positions.reserveCapacity(people.count)
    }

    /// The alters' positions in the connections, by number.
    var alters: [Int] { positions }

    /// Gives the connection at `position` the next alter number. Only the first holder of an id can be
    /// found by it, and nobody by the young person's reserved id, which no tie among alters may use.
    mutating func append(_ position: Int) {
        positions.append(position)
        guard people[position].id != Connection.youngPersonID else { return }
        var slot = Self.hash(people[position].id) & mask
        while slots[slot] != 0 {
            if people[positions[Int(slots[slot]) - 1]].id == people[position].id { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(positions.count)
    }

    /// The number given to `id`, or nil when it is not an alter's.
    func number(of id: String) -> Int? {
        var slot = Self.hash(id) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if people[positions[number]].id == id { return number }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// A hash of the id's UTF-8 bytes taken eight at a time: ids are short, and this runs for every
    /// relation's two ends.
    private static func hash(_ id: String) -> Int {
        let hash =
            id.utf8.withContiguousStorageIfAvailable { bytes in
                let raw = UnsafeRawBufferPointer(bytes)
                var hash = UInt64(truncatingIfNeeded: raw.count)
                var offset = 0
                while offset + 8 <= raw.count {
                    hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    offset += 8
                }
                var tail: UInt64 = 0
                while offset < raw.count {
                    tail = tail << 8 | UInt64(raw[offset])
                    offset += 1
                }
                return mix(hash ^ tail)
            } ?? UInt64(truncatingIfNeeded: id.hashValue)
        return Int(truncatingIfNeeded: hash)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 31)
    }
}
