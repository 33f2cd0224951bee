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
        // One pass over the words, keeping the first and the last three (no array of words:
        // every mention of a person is read this way).
        let u = name.unicodeScalars
        var firstWord: Range<String.Index>? = nil
        var a: Range<String.Index>? = nil, b: Range<String.Index>? = nil, c: Range<String.Index>? = nil
        var count = 0
        var i = u.startIndex
        while i < u.endIndex {
            if u[i] == " " { i = u.index(after: i); continue }
            let start = i
            while i < u.endIndex, u[i] != " " { i = u.index(after: i) }
            count += 1
            if firstWord == nil { firstWord = start..<i }
            a = b; b = c; c = start..<i
        }
        func hash(_ r: Range<String.Index>, from h: UInt64 = WordKey.seed) -> UInt64 {
            var h = h
            for x in u[r] { h = WordKey.mix(h, WordKey.fold(x)) }
            return h
        }
        var suffix: UInt64?
        var lastWord = c, before = b
        if count > 1, let l = c {
            let k = hash(l)
            if Self.suffixes.contains(k) { suffix = k; count -= 1; lastWord = b; before = a }
        }
        let first = firstWord.map { hash($0) } ?? WordKey.seed
        let last = lastWord.map { hash($0) } ?? WordKey.seed
        isFull = count >= 2
        wordCount = count
        if count >= 3, let p = before, let l = lastWord, u[u.index(before: p.upperBound)] != "." {
            compoundSurname = hash(l, from: WordKey.space(hash(p)))
        } else {
            compoundSurname = nil
        }
        self.first = first
        surname = last
        let formal = count >= 2 ? lexicon?.formalFirstNames[first] ?? first : first
        var k = WordKey.mix(formal, 32) ^ (last &* 0x9E37_79B9_7F4A_7C15)
        if !isFull { k = first }
        if let s = suffix { k = WordKey.mix(k, UInt32(truncatingIfNeeded: s)) }
        key = k
    }
}
