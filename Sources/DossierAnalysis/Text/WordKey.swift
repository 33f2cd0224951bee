/// A 64-bit key for a word, case-folded, computed straight from the scalar array.
///
/// Stages look words up in lexicons millions of times per second; hashing the scalars in place
/// avoids building a `String` per token. The typographic apostrophe ’ folds to ', so `don’t` and
/// `don't` share a key. Collisions between two lexicon words are checked when tables are built.
public enum WordKey {
    static let offset: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    @inline(__always) static func fold(_ u: Unicode.Scalar) -> UInt32 {
        let v = u.value
        if v >= 65 && v <= 90 { return v + 32 }
        if v < 128 { return v }
        if v == 0x2019 || v == 0x2018 { return 39 }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 32 }
        return v
    }

    /// The key of `s[range]`, case-folded.
    @inline(__always) public static func of(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h = offset
        var i = start
        while i < end {
            h = (h ^ UInt64(fold(s[i]))) &* prime
            i += 1
        }
        return h == 0 ? 1 : h
    }

    /// The key of a word as written in a lexicon.
    public static func of(_ word: String) -> UInt64 {
        let s = Array(word.unicodeScalars)
        return of(s, 0, s.count)
    }

    /// The key of several words separated by single spaces, as `combine` builds it token by token.
    public static func phrase(_ words: [String]) -> UInt64 {
        var h: UInt64 = 0
        for (n, w) in words.enumerated() { h = n == 0 ? of(w) : combine(h, of(w)) }
        return h
    }

    /// Chains word keys into a phrase key.
    @inline(__always) public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a ^ (b &+ 0x9e3779b97f4a7c15 &+ (a << 6) &+ (a >> 2))) &* prime
    }
}
