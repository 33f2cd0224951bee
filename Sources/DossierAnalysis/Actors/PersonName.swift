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
        var words = name.unicodeScalars.split(separator: " ")
        var suffix: UInt64?
        if words.count > 1, let l = words.last {
            let k = Self.hash(l)
            if Self.suffixes.contains(k) { suffix = k; words.removeLast() }
        }
        let first = words.first.map(Self.hash) ?? WordKey.seed
        let last = words.last.map(Self.hash) ?? WordKey.seed
        isFull = words.count >= 2
        wordCount = words.count
        if words.count >= 3, let l = words[words.count - 2].last, l != "." {
            var h = WordKey.seed
            for u in words[words.count - 2] { h = WordKey.mix(h, WordKey.fold(u)) }
            h = WordKey.space(h)
            for u in words[words.count - 1] { h = WordKey.mix(h, WordKey.fold(u)) }
            compoundSurname = h
        } else {
            compoundSurname = nil
        }
        self.first = first
        surname = last
        let formal = words.count >= 2 ? lexicon?.formalFirstNames[first] ?? first : first
        var k = WordKey.mix(formal, 32) ^ (last &* 0x9E37_79B9_7F4A_7C15)
        if !isFull { k = first }
        if let s = suffix { k = WordKey.mix(k, UInt32(truncatingIfNeeded: s)) }
        key = k
    }

    private static func hash(_ w: Substring.UnicodeScalarView) -> UInt64 {
        var h = WordKey.seed
        for u in w { h = WordKey.mix(h, WordKey.fold(u)) }
        return h
    }
}
