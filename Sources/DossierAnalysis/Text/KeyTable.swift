/// An open-addressing hash map from `WordKey` hashes to values. The keys are already well-mixed
/// 64-bit hashes, so lookups skip `Hasher` (SipHash) entirely: one multiply, a mask and a probe
/// or two, which matters when every token of every article is looked up. Each slot holds its key
/// and its value side by side, so a probe touches one cache line (the lexicon tables are larger
/// than the caches: a lookup is mostly a memory access).
public struct KeyMap<Value>: @unchecked Sendable {
    private struct Slot {
        /// 0 marks an empty slot (a real key 0 is stored as `zeroKey`).
        var key: UInt64
        var value: Value?
    }
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    subscript(key: UInt64) -> Value? {
        get {
            let key = KeySet.stored(key)
            var i = slot(key)
            while true {
                let k = slots[i].key
                if k == key { return slots[i].value }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let v = newValue else { return }   // removal is never needed
            if (count + 1) * 2 > slots.count { grow() }
            let key = KeySet.stored(key)
            var i = slot(key)
            while slots[i].key != 0 {
                if slots[i].key == key { slots[i].value = v; return }
                i = (i + 1) & mask
            }
            slots[i] = Slot(key: key, value: v); count += 1
        }
    }

    private mutating func grow() {
        let old = slots.filter { $0.key != 0 }
        self = KeyMap(capacity: slots.count)
        for s in old { self[s.key] = s.value }
    }
}

/// A set of `WordKey` hashes with the same cheap probing as `KeyMap`.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    /// 0 marks an empty slot.
    private var keys: [UInt64]
    private var mask: Int
    private var count = 0

    /// The stored form of a key: 0 is the empty mark, so a key 0 becomes another constant.
    @inline(__always) static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E37_79B9_7F4A_7C15 : key }

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    func contains(_ key: UInt64) -> Bool {
        let key = Self.stored(key)
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return true }
            if k == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// A set of fixed word keys (a static list of words), cheaper to probe than `Set<UInt64>`,
    /// whose hashing costs more than the lookups it serves.
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init(capacity: keys.underestimatedCount)
        for k in keys { insert(k) }
    }

    init(arrayLiteral keys: UInt64...) { self.init(keys) }

    mutating func insert(_ key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.stored(key)
        var i = slot(key)
        while keys[i] != 0 {
            if keys[i] == key { return }
            i = (i + 1) & mask
        }
        keys[i] = key; count += 1
    }

    private mutating func grow() {
        let old = keys.filter { $0 != 0 }
        self = KeySet(capacity: keys.count)
        for k in old { insert(k) }
    }
}

/// A read-only `KeyMap` built from key/value pairs, combining the values of repeated keys.
public struct KeyTable<Value: Sendable>: Sendable {
    private var map: KeyMap<Value>

    public init(_ pairs: [(UInt64, Value)], merge: (Value, Value) -> Value) {
        map = KeyMap(capacity: pairs.count)
        for (k, v) in pairs { map[k] = map[k].map { merge($0, v) } ?? v }
    }

    @inline(__always) public subscript(key: UInt64) -> Value? { map[key] }
    public func contains(_ key: UInt64) -> Bool { map[key] != nil }
}
