/// The parts of a person's name that merging needs, as folded `WordKey` hashes: a key that
/// ignores initials and middle names ("Donald J. Trump" = "Donald Trump") but keeps a suffix
/// ("Jr."), the surname and the first name.
struct PersonName {
    /// Two words or more (besides a suffix).
    let isFull: Bool
    let key: UInt64
    let surname: UInt64
    let first: UInt64
    /// Words, without a suffix.
    let wordCount: Int
    /// Folded key of the last two words of a name of three words or more whose second-to-last
    /// word is no initial ("peña nieto" in "Enrique Peña Nieto"); nil otherwise.
    let compoundSurname: UInt64?

    static let suffixes: KeySet = KeySet(["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"].map(WordKey.folded))

    /// With `lexicon`, the key takes a first name's formal form ("Chuck Grassley" = "Charles
    /// Grassley"); `first` stays the name as written.
    init(_ name: String, lexicon: ActorLexicon? = nil) {
        var text = name
        let w = text.withUTF8 { Self.read($0) }
        isFull = w.count >= 2
        wordCount = w.count
        compoundSurname = w.compound
        first = w.first
        surname = w.last
        let formal = w.count >= 2 ? lexicon?.formalFirstNames[w.first] ?? w.first : w.first
        var k = WordKey.mix(formal, 32) ^ (w.last &* 0x9E37_79B9_7F4A_7C15)
        if !isFull { k = w.first }
        if let s = w.suffix { k = WordKey.mix(k, UInt32(truncatingIfNeeded: s)) }
        key = k
    }

    /// What `init` reads of a name's words: their count (without a suffix), the keys of the
    /// first and last words, the suffix's key, and the compound surname's.
    private struct Words {
        var count = 0
        var first = WordKey.seed, last = WordKey.seed
        var suffix: UInt64?
        var compound: UInt64?
    }

    /// One pass over the UTF-8 bytes, keeping the first word and the last three (no array of
    /// words: every mention of a person is read this way).
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Words {
        var out = Words()
        guard let base = bytes.baseAddress else { return out }
        typealias Word = (key: UInt64, start: Int, end: Int)
        var first: Word?, a: Word?, b: Word?, c: Word?
        var count = 0
        var p = base
        let end = base + bytes.count
        while p < end {
            if p.pointee == 32 { p += 1; continue }
            let start = p - base
            var h = WordKey.seed
            while p < end, p.pointee != 32 { h = WordKey.mix(h, WordKey.fold(UTF8Scalar.next(&p))) }
            let word = (key: h, start: start, end: p - base)
            count += 1
            if first == nil { first = word }
            a = b; b = c; c = word
        }
        var lastWord = c, before = b
        if count > 1, let l = c, suffixes.contains(l.key) { out.suffix = l.key; count -= 1; lastWord = b; before = a }
        out.count = count
        out.first = first?.key ?? WordKey.seed
        out.last = lastWord?.key ?? WordKey.seed
        // "peña nieto": the last two words, unless the one before the last is an initial ("J.").
        if count >= 3, let pw = before, let l = lastWord, base[pw.end - 1] != 0x2E {
            var h = WordKey.space(pw.key)
            var q = base + l.start
            while q < base + l.end { h = WordKey.mix(h, WordKey.fold(UTF8Scalar.next(&q))) }
            out.compound = h
        }
        return out
    }
}
