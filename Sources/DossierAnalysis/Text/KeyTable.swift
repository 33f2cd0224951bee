/// A read-only map from word keys to small values, with open addressing and linear probing.
///
/// Lookups happen once per token, so they must cost a few nanoseconds; the standard Dictionary
/// hashes every key with SipHash, which costs several times more. Built once per process.
public struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    /// `pairs` may repeat a key; `merge` combines the values.
    public init(_ pairs: [(UInt64, Value)], merge: (Value, Value) -> Value) {
        var cap = 16
        while cap < pairs.count * 3 { cap <<= 1 }
        keys = [UInt64](repeating: 0, count: cap)
        values = [Value?](repeating: nil, count: cap)
        mask = cap - 1
        for (k, v) in pairs {
            var i = Self.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == k, let old = values[i] { values[i] = merge(old, v) } else { keys[i] = k; values[i] = v }
        }
    }

    @inline(__always) private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E3779B97F4A7C15) >> 32) & mask
    }

    @inline(__always) public subscript(key: UInt64) -> Value? {
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    public func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
