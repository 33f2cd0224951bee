/// An open-addressing hash map from `WordKey` hashes to values. The keys are already well-mixed
/// 64-bit hashes, so lookups skip `Hasher` (SipHash) entirely: one multiply, a mask and a probe
/// or two, which matters when every token of every article is looked up.
public struct KeyMap<Value>: @unchecked Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    subscript(key: UInt64) -> Value? {
        get {
            var i = slot(key)
            while true {
                guard let v = values[i] else { return nil }
                if keys[i] == key { return v }
                i = (i + 1) & mask
            }
        }
        set {
            guard let v = newValue else { return }   // removal is never needed
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(key)
            while values[i] != nil {
                if keys[i] == key { values[i] = v; return }
                i = (i + 1) & mask
            }
            keys[i] = key; values[i] = v; count += 1
        }
    }

    private mutating func grow() {
        let old = zip(keys, values).compactMap { k, v in v.map { (k, $0) } }
        self = KeyMap(capacity: keys.count)
        for (k, v) in old { self[k] = v }
    }
}

/// A set of `WordKey` hashes with the same cheap probing as `KeyMap`.
struct KeySet: Sendable {
    private var keys: [UInt64]
    private var used: [Bool]
    private var mask: Int
    private var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        used = [Bool](repeating: false, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    func contains(_ key: UInt64) -> Bool {
        var i = slot(key)
        while used[i] {
            if keys[i] == key { return true }
            i = (i + 1) & mask
        }
        return false
    }

    mutating func insert(_ key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = slot(key)
        while used[i] {
            if keys[i] == key { return }
            i = (i + 1) & mask
        }
        keys[i] = key; used[i] = true; count += 1
    }

    private mutating func grow() {
        let old = zip(keys, used).filter { $0.1 }.map(\.0)
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
