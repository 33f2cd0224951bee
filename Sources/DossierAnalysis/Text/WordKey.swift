/// 64-bit FNV-1a hashes of words and phrases, so that lexicon lookups on the hot path need no
/// `String`: a token is hashed straight from the scalar array, a lexicon entry from its text,
/// and both meet in a `KeyMap`/`KeyTable` built once.
///
/// `folded` keys ignore case and accents (Latin letters) and treat ’ as ' and the Unicode hyphens
/// as '-'; `exact` keys keep case (all-capital abbreviations: "US" is not "us"). Phrase keys
/// either join words with one space (`folded("prime minister")`) or chain word keys (`combine`, `phrase`).
public enum WordKey {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func mix(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* prime }

    /// The key of a word boundary inside a phrase.
    @inline(__always) static func space(_ h: UInt64) -> UInt64 { mix(h, 32) }

    @inline(__always) static func normalise(_ u: Unicode.Scalar) -> UInt32 {
        let v = u.value
        if v < 128 { return v }
        if v == 0x2019 || v == 0x2018 { return 39 }                 // ’ ‘ → '
        if v == 0x2010 || v == 0x2011 { return 45 }                 // ‐ ‑ → -
        return v
    }

    @inline(__always) static func fold(_ u: Unicode.Scalar) -> UInt32 {
        let v = u.value
        if v < 128 { return (v >= 65 && v <= 90) ? v + 32 : v }
        if v >= 0xC0 && v < 0x180 { return latinFold[Int(v - 0xC0)] }
        if let l = CharClass.Slow.lowercased(u) { return l }
        return normalise(u)
    }

    /// U+00C0…U+017F folded to lower case without accents, so that spellings with and without
    /// diacritics meet ("Peña" and "Pena", "Erdoğan" and "Erdogan"): Latin-1 and Latin Extended-A.
    static let latinFold: [UInt32] =
        "aaaaaaæceeeeiiiiðnooooo×øuuuuyþßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyaaaaaaccccccccddđđeeeeeeeeeegggggggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀŀłłnnnnnnŉŋŋooooooœœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzſ"
            .unicodeScalars.map(\.value)

    /// Folded key of `s[range]`, continuing `h` (pass `space(h)` to extend a phrase).
    @inline(__always) static func folded(_ s: [Unicode.Scalar], _ range: Range<Int>, from h: UInt64 = seed) -> UInt64 {
        var h = h
        for i in range { h = mix(h, fold(s[i])) }
        return h
    }

    @inline(__always) static func exact(_ s: [Unicode.Scalar], _ range: Range<Int>, from h: UInt64 = seed) -> UInt64 {
        var h = h
        for i in range { h = mix(h, normalise(s[i])) }
        return h
    }

    /// Folded key of a lexicon entry; runs of spaces count as one.
    static func folded(_ text: String) -> UInt64 { key(text, fold) }

    static func exact(_ text: String) -> UInt64 { key(text, normalise) }

    /// Folded key of a name's last word ("Clinton" of "Hillary Clinton"); nil for no word.
    static func foldedLastWord(_ text: String) -> UInt64? {
        var h = seed
        var inWord = false, any = false
        for u in text.unicodeScalars {
            if u == " " { inWord = false; continue }
            if !inWord { h = seed; inWord = true; any = true }
            h = mix(h, fold(u))
        }
        return any ? h : nil
    }

    /// Folded key of the words before a name's first space ("Obama" of "Obama White House"); nil
    /// when the name has no space.
    static func foldedFirstWord(_ text: String) -> UInt64? {
        var h = seed
        for u in text.unicodeScalars {
            if u == " " { return h }
            h = mix(h, fold(u))
        }
        return nil
    }

    @inline(__always)
    private static func key(_ text: String, _ f: (Unicode.Scalar) -> UInt32) -> UInt64 {
        var h = seed
        var pendingSpace = false
        var started = false
        var text = text
        // Straight from the UTF-8 bytes (names and lexicon entries are hashed many times per
        // article; the scalar view's iterator costs several times more).
        text.withUTF8 { bytes in
            guard var p = bytes.baseAddress else { return }
            let end = p + bytes.count
            while p < end {
                let u = UTF8Scalar.next(&p)
                if u == " " { pendingSpace = started; continue }
                if pendingSpace { h = space(h); pendingSpace = false }
                h = mix(h, f(u))
                started = true
            }
        }
        return h
    }

    // MARK: Word-by-word keys

    /// The folded key of `s[start..<end]`.
    @inline(__always) public static func of(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        folded(s, start..<end)
    }

    /// The folded key of a word as written in a lexicon.
    public static func of(_ word: String) -> UInt64 { folded(word) }

    /// The key of several words, as `combine` builds it token by token.
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
