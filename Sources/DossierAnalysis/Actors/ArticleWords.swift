/// The tokens of one article as the actor stages see them: folded and exact keys, word classes
/// and a few flags per token, computed in one pass; plus what the article as a whole says about
/// a capitalised word (seen capitalised mid-sentence? seen in lower case?), which decides
/// whether a sentence-initial or headline word is a name.
struct ArticleWords {
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
    var key: [UInt64]
    var exact: [UInt64]
    var cls: [WordClass]
    var flags: [Flags]
    /// Sentence index of each token.
    var sentence: [Int32]
    /// Folded keys of words seen capitalised away from a sentence start, and in lower case.
    var capSeen: Set<UInt64> = []
    var lowerSeen: Set<UInt64> = []

    var count: Int { key.count }
    var s: [Unicode.Scalar] { doc.text.scalars }

    init(_ doc: Document, lexicon: ActorLexicon = .shared) {
        self.doc = doc
        self.lex = lexicon
        let n = doc.tokens.count
        key = [UInt64](repeating: 0, count: n)
        exact = [UInt64](repeating: 0, count: n)
        cls = [WordClass](repeating: [], count: n)
        flags = [Flags](repeating: [], count: n)
        sentence = [Int32](repeating: 0, count: n)
        let s = doc.text.scalars
        for (k, t) in doc.tokens.enumerated() {
            let r = t.span.start..<t.span.end
            var f: Flags = []
            if t.span.start > 0, CharClass.isSpace(s[t.span.start - 1]) { f.insert(.spaceBefore) }
            let u = s[t.span.start]
            switch t.kind {
            case .word:
                f.insert(.word)
                key[k] = WordKey.folded(s, r)
                exact[k] = WordKey.exact(s, r)
                cls[k] = lexicon.wordClass(key[k])
                // "I've", "We’re": a pronoun with a contraction is no name.
                if cls[k].isEmpty, let a = (r.lowerBound + 1..<r.upperBound).first(where: { CharClass.isApostrophe(s[$0]) }) {
                    let head = lexicon.wordClass(WordKey.folded(s, r.lowerBound..<a))
                    if head.contains(.stop) || head.contains(.pronoun) { cls[k] = .stop }
                }
                if CharClass.isUpper(u) { f.insert(.cap) } else if CharClass.isLower(u) {
                    f.insert(.lower)
                    if Self.hasArabicArticle(s, r) { f.insert(.cap); f.remove(.lower) }
                }
                if CharClass.isApostrophe(u) { f.insert(.possessive) }   // ’s
                var letters = 0, upper = 0
                for i in r where CharClass.isLetter(s[i]) { letters += 1; if CharClass.isUpper(s[i]) { upper += 1 } }
                if letters >= 2 && upper == letters { f.insert(.allCaps) }
            case .punctuation:
                key[k] = UInt64(u.value)
                if u == "," || u == ";" { f.insert(.comma) }
                if CharClass.isSentenceEnd(u) || u == ":" { f.insert(.period) }
                if CharClass.isDash(u) { f.insert(.dash) }
                if u == "(" || u == "[" { f.insert(.openParen) }
                if u == ")" || u == "]" { f.insert(.closeParen) }
            case .quoteMark:
                key[k] = UInt64(u.value)
            default:
                key[k] = UInt64(u.value)
            }
            flags[k] = f
        }
        markSentences()
        markQuotes()
        markHeadlines()
        for k in 0..<n where flags[k].contains(.word) {
            let f = flags[k]
            if f.contains(.lower) { lowerSeen.insert(key[k]) }
            else if f.contains(.cap), !f.contains(.initial), !f.contains(.headline) { capSeen.insert(key[k]) }
        }
    }

    @inline(__always) func t(_ k: Int) -> Token { doc.tokens[k] }

    func text(_ k: Int) -> String { doc.text[doc.tokens[k].span] }

    /// The text from token `a` to token `b - 1`, as written.
    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return doc.text[Span(doc.tokens[r.lowerBound].span.start, doc.tokens[r.upperBound - 1].span.end)]
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

    /// "al-Assad", "el-Sisi", "bin Laden"-style words that start with a lower-case particle and
    /// a hyphen before a capital.
    private static func hasArabicArticle(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count > 3 else { return false }
        let a = r.lowerBound
        if s[a] == "a" || s[a] == "e", s[a + 1] == "l", s[a + 2] == "-", CharClass.isUpper(s[a + 3]) { return true }
        return false
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

    /// Double quotation marks paired within a paragraph: “ opens, ” closes, " toggles. A quote
    /// left open runs to the end of its paragraph.
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

    static let titleCaseSmall: Set<UInt64> = Set(["and", "but", "for", "nor", "yet", "via", "vs.", "per", "into", "onto", "from",
                                                  "with", "than", "over", "upon"].map(WordKey.folded))

    /// A title-case paragraph that is the article's first or has no final punctuation is a
    /// headline (or a subhead): its capitals say nothing about names.
    private mutating func markHeadlines() {
        var k = 0
        for (pi, p) in doc.paragraphs.enumerated() {
            var words = 0, capWords = 0, lowerContent = 0
            let start = k
            while k < count, doc.tokens[k].span.start < p.span.end {
                if flags[k].contains(.word) {
                    words += 1
                    if flags[k].contains(.cap) { capWords += 1 }
                    else if flags[k].contains(.lower) && doc.tokens[k].span.length > 2
                                && cls[k].isDisjoint(with: [.det, .prep, .connector, .particle, .loc, .agent]) && !Self.titleCaseSmall.contains(key[k]) {
                        lowerContent += 1
                    }
                }
                k += 1
            }
            let last = doc.text.scalars[max(p.span.start, p.span.end - 1)]
            let ended = CharClass.isSentenceEnd(last) || last == "”" || last == "\"" || last == ")"
            // Title case leaves only small function words in lower case.
            if (pi == 0 || !ended) && capWords >= 2 && lowerContent == 0 {
                for i in start..<k { flags[i].insert(.headline) }
            }
        }
    }
}
