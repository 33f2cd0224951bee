/// The tokens of one article as the actor stages see them (a class: built once per article and
/// shared by every reader without copying its arrays): folded and exact keys, word classes
/// and a few flags per token, computed in one pass; plus what the article as a whole says about
/// a capitalised word (seen capitalised mid-sentence? seen in lower case?), which decides
/// whether a sentence-initial or headline word is a name.
final class ArticleWords {
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let word = Flags(rawValue: 1 << 0)
        static let cap = Flags(rawValue: 1 << 1)        // starts with a capital (or is "al-Assad")
        static let allCaps = Flags(rawValue: 1 << 2)    // two or more letters, all capitals
        static let initial = Flags(rawValue: 1 << 3)    // first of a sentence, quote or clause
        static let headline = Flags(rawValue: 1 << 4)   // in a title-case or all-capital paragraph
        static let quoted = Flags(rawValue: 1 << 5)
        static let possessive = Flags(rawValue: 1 << 6) // ’s, or a lone ’ after a plural
        static let spaceBefore = Flags(rawValue: 1 << 7)
        static let comma = Flags(rawValue: 1 << 8)
        static let period = Flags(rawValue: 1 << 9)     // sentence-final or clause-breaking mark
        static let openQuote = Flags(rawValue: 1 << 10)
        static let closeQuote = Flags(rawValue: 1 << 11)
        static let lower = Flags(rawValue: 1 << 12)     // starts with a lower-case letter
        static let dash = Flags(rawValue: 1 << 13)
        static let openParen = Flags(rawValue: 1 << 14)
        static let closeParen = Flags(rawValue: 1 << 15)
    }

    let doc: Document
    let lex: ActorLexicon
    let key: [UInt64]
    let exact: [UInt64]
    let cls: [WordClass]
    let flags: [Flags]
    /// Sentence index of each token.
    let sentence: [Int32]
    /// Folded keys of words seen capitalised away from a sentence start, and in lower case.
    let capSeen: KeySet
    let lowerSeen: KeySet
    /// Folded keys of capitalised words seen right after a capitalised first name ("Cruz" in
    /// "Ted Cruz"): surnames, which stay a person's name even after a qualifier ("Republican Cruz").
    let surnameSeen: KeySet

    var count: Int { key.count }
    var s: [Unicode.Scalar] { doc.text.scalars }

    init(_ doc: Document, lexicon: ActorLexicon = .shared) {
        var b = ArticleWordsBuilder(doc: doc, lex: lexicon)
        b.build()
        self.doc = doc; lex = lexicon
        key = b.key; exact = b.exact; cls = b.cls; flags = b.flags; sentence = b.sentence
        capSeen = b.capSeen; lowerSeen = b.lowerSeen; surnameSeen = b.surnameSeen
    }

    @inline(__always) func t(_ k: Int) -> Token { doc.tokens[k] }

    func text(_ k: Int) -> String { ScalarText.string(doc.text, doc.tokens[k].span) }

    /// The text from token `a` to token `b - 1`, as written.
    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return ScalarText.string(doc.text, Span(doc.tokens[r.lowerBound].span.start, doc.tokens[r.upperBound - 1].span.end))
    }

    func span(_ r: Range<Int>) -> Span { Span(doc.tokens[r.lowerBound].span.start, doc.tokens[r.upperBound - 1].span.end) }

    @inline(__always) func isWord(_ k: Int) -> Bool { flags[k].contains(.word) }
    @inline(__always) func has(_ k: Int, _ c: WordClass) -> Bool { !cls[k].isDisjoint(with: c) }
    /// A lower-case word of class `c` ("the", "of"): capitalised forms are names or openers.
    @inline(__always) func lowerWord(_ k: Int, _ c: WordClass) -> Bool { flags[k].contains(.lower) && !cls[k].isDisjoint(with: c) }
    @inline(__always) func isPunct(_ k: Int, _ u: Unicode.Scalar) -> Bool {
        doc.tokens[k].kind != .word && doc.tokens[k].span.length == 1 && s[doc.tokens[k].span.start] == u
    }

    /// Folded key of the phrase made of tokens `r` (no space before a possessive or a token glued
    /// to the previous one), as lexicon entries are keyed.
    func phraseKey(_ r: Range<Int>, exactCase: Bool = false) -> UInt64 {
        var h = WordKey.seed
        for k in r {
            if k > r.lowerBound && flags[k].contains(.spaceBefore) { h = WordKey.space(h) }
            let sp = doc.tokens[k].span
            h = exactCase ? WordKey.exact(s, sp.start..<sp.end, from: h) : WordKey.folded(s, sp.start..<sp.end, from: h)
        }
        return h
    }

}

/// Computes `ArticleWords`' arrays in one pass over the tokens.
struct ArticleWordsBuilder {
    typealias Flags = ArticleWords.Flags
    let doc: Document
    let lex: ActorLexicon
    var key: [UInt64] = []
    var exact: [UInt64] = []
    var cls: [WordClass] = []
    var flags: [Flags] = []
    var sentence: [Int32] = []
    var capSeen = KeySet(capacity: 256)
    var lowerSeen = KeySet(capacity: 1024)
    var surnameSeen = KeySet(capacity: 64)
    var count: Int { key.count }

    init(doc: Document, lex: ActorLexicon) {
        self.doc = doc; self.lex = lex
        // Sized for the article, so the sets never grow (rehash) while they fill.
        lowerSeen = KeySet(capacity: doc.tokens.count)
        capSeen = KeySet(capacity: doc.tokens.count / 4)
    }

    mutating func build() {
        let lexicon = lex
        let n = doc.tokens.count
        var key = [UInt64](repeating: 0, count: n)
        var exact = [UInt64](repeating: 0, count: n)
        var cls = [WordClass](repeating: [], count: n)
        var flags = [Flags](repeating: [], count: n)
        doc.text.scalars.withUnsafeBufferPointer { s in
            doc.tokens.withUnsafeBufferPointer { tokens in
                key.withUnsafeMutableBufferPointer { key in
                    exact.withUnsafeMutableBufferPointer { exact in
                        cls.withUnsafeMutableBufferPointer { cls in
                            flags.withUnsafeMutableBufferPointer { flags in
                                for k in 0..<n {
                                    key[k] = doc.keys[k]
                                    Self.read(tokens[k], s, lexicon, &key[k], &exact[k], &cls[k], &flags[k])
                                }
                            }
                        }
                    }
                }
            }
        }
        self.key = key; self.exact = exact; self.cls = cls; self.flags = flags
        sentence = [Int32](repeating: 0, count: n)
        markSentences()
        markQuotes()
        markHeadlines()
        markShouting()
        for k in 0..<n where self.flags[k].contains(.word) {
            let f = self.flags[k]
            if f.contains(.lower) { lowerSeen.insert(key[k]) }
            else if f.contains(.cap), !f.contains(.initial), !f.contains(.headline) { capSeen.insert(key[k]) }
            if f.contains(.cap), k > 0, self.cls[k - 1].contains(.firstName), self.flags[k - 1].contains(.cap), !self.flags[k - 1].contains(.allCaps) {
                surnameSeen.insert(key[k])
            }
        }
    }

    static let thenKey = WordKey.folded("then")
    static let exKey = WordKey.folded("ex")

    /// Keys, class and flags of one token; `key` comes in as `Document.keys` gives it.
    @inline(__always)
    private static func read(_ t: Token, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ lexicon: ActorLexicon,
                             _ key: inout UInt64, _ exact: inout UInt64, _ cls: inout WordClass, _ flags: inout Flags) {
        let a = t.span.start, e = t.span.end
        var f: Flags = []
        if a > 0, CharClass.isSpace(s[a - 1]) { f.insert(.spaceBefore) }
        let u = s[a]
        switch t.kind {
        case .word:
            f.insert(.word)
            let h = key
            let lower = CharClass.isLower(u)
            if !lower {
                var x = WordKey.seed
                for i in a..<e { x = WordKey.mix(x, WordKey.normalise(s[i])) }
                exact = x
            }
            var c = lexicon.wordClass(h)
            // "I've", "We’re": a pronoun with a contraction is no name.
            if c.isEmpty {
                var i = a + 1
                while i < e && !CharClass.isApostrophe(s[i]) { i += 1 }
                if i < e {
                    var hh = WordKey.seed
                    for j in a..<i { hh = WordKey.mix(hh, WordKey.fold(s[j])) }
                    let head = lexicon.wordClass(hh)
                    if head.contains(.stop) || head.contains(.pronoun) { c = .stop }
                }
            }
            // "then-Officer Kyle Renner", "ex-Gov. Hale": the title after a time prefix.
            var titled = false
            if c.isEmpty, lower, e - a > 4, u == "t" && s[a + 4] == "-" || u == "e" && s[a + 2] == "-" {
                let i = u == "t" ? a + 4 : a + 2
                if CharClass.isUpper(s[i + 1]) {
                    var hp = WordKey.seed
                    for j in a..<i { hp = WordKey.mix(hp, WordKey.fold(s[j])) }
                    if hp == Self.thenKey || hp == Self.exKey {
                        var hh = WordKey.seed
                        for j in (i + 1)..<e { hh = WordKey.mix(hh, WordKey.fold(s[j])) }
                        let rest = lexicon.wordClass(hh)
                        if rest.contains(.title) { key = hh; c = rest; titled = true }
                    }
                }
            }
            cls = c
            if CharClass.isUpper(u) || titled { f.insert(.cap) } else if lower {
                // "al-Assad", "el-Sisi": a particle and a hyphen before a capital.
                if e - a > 3, u == "a" || u == "e", s[a + 1] == "l", s[a + 2] == "-", CharClass.isUpper(s[a + 3]) { f.insert(.cap) }
                else { f.insert(.lower) }
            }
            if CharClass.isApostrophe(u) { f.insert(.possessive) }   // ’s
            if f.contains(.cap) && e - a >= 2 {
                var letters = 0, upper = 0
                for i in a..<e where CharClass.isLetter(s[i]) { letters += 1; if CharClass.isUpper(s[i]) { upper += 1 } }
                if letters >= 2 && upper == letters { f.insert(.allCaps) }
            }
        case .punctuation:
            key = UInt64(u.value)
            if u == "," || u == ";" { f.insert(.comma) }
            if CharClass.isSentenceEnd(u) || u == ":" { f.insert(.period) }
            if CharClass.isDash(u) { f.insert(.dash) }
            if u == "(" || u == "[" { f.insert(.openParen) }
            if u == ")" || u == "]" { f.insert(.closeParen) }
        default:
            key = UInt64(u.value)
        }
        flags = f
    }

    private mutating func markSentences() {
        for (si, sen) in doc.sentences.enumerated() {
            for k in sen.tokenRange { sentence[k] = Int32(si) }
            var k = sen.tokenRange.lowerBound
            // Opening punctuation and quote marks do not count as the first word.
            while k < sen.tokenRange.upperBound, doc.tokens[k].kind != .word && doc.tokens[k].kind != .number { k += 1 }
            if k < sen.tokenRange.upperBound { flags[k].insert(.initial) }
        }
        // After a colon, a dash, an opening bracket or an opening quote a new clause starts.
        for k in 1..<max(1, count) where flags[k].contains(.word) {
            let p = k - 1
            if doc.tokens[p].kind == .quoteMark || flags[p].contains(.dash) || flags[p].contains(.openParen)
                || (flags[p].contains(.period) && doc.tokens[p].kind == .punctuation) {
                flags[k].insert(.initial)
            }
        }
    }

    /// Double quotation marks paired within a paragraph: “ opens, ” closes, " and '' toggle. A
    /// quote left open runs to the end of its paragraph.
    private mutating func markQuotes() {
        let s = doc.text.scalars
        var open = false
        var paragraph = -1
        for sen in doc.sentences {
            if sen.paragraph != paragraph { open = false; paragraph = sen.paragraph }
            for k in sen.tokenRange {
                if doc.tokens[k].kind == .quoteMark {
                    let u = s[doc.tokens[k].span.start].value
                    if u == 0x201C || u == 0xAB || u == 0x201E { open = true; flags[k].insert(.openQuote); continue }
                    if u == 0x201D || u == 0xBB { if open { flags[k].insert(.closeQuote) }; open = false; continue }
                    if u == 0x22 {
                        if open { flags[k].insert(.closeQuote) } else { flags[k].insert(.openQuote) }
                        open.toggle(); continue
                    }
                    // '' (two straight single marks, the NYT's double quote) toggles like ".
                    if u == 0x27, k + 1 < sen.tokenRange.upperBound, doc.tokens[k + 1].kind == .quoteMark,
                       doc.tokens[k + 1].span.start == doc.tokens[k].span.end, s[doc.tokens[k + 1].span.start] == "'" {
                        if open { flags[k].insert(.closeQuote) } else { flags[k].insert(.openQuote) }
                        open.toggle(); continue
                    }
                    if u == 0x27, k > 0, doc.tokens[k - 1].kind == .quoteMark, doc.tokens[k - 1].span.end == doc.tokens[k].span.start,
                       s[doc.tokens[k - 1].span.start] == "'" { continue }
                    // A lone ’ after a plural is a possessive ("the Democrats’ plan").
                    if u == 0x2019 || u == 0x27, k > 0, doc.tokens[k - 1].kind == .word,
                       doc.tokens[k - 1].span.end == doc.tokens[k].span.start,
                       s[doc.tokens[k - 1].span.end - 1] == "s" {
                        flags[k].insert(.possessive)
                    }
                }
                if open { flags[k].insert(.quoted) }
            }
        }
    }
}
