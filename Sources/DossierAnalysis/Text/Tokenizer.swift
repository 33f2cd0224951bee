/// Splits a paragraph into tokens with exact scalar offsets: words (with inner apostrophes and
/// hyphens: `don't`, `pro-government`, `Secretary-General`), numbers (`3.5`, `1,000`, `50km`),
/// abbreviations with their periods (`U.S.`, `Mr.`, `Jan.`, initials), quotation marks and
/// punctuation. A possessive `’s` is its own token so that names stay clean.
struct Tokenizer {
    /// Folded keys of the abbreviations (without their period), so no word becomes a `String`.
    let abbreviations: KeySet

    /// Built once per process.
    static let abbreviationKeys: KeySet = {
        var set = KeySet(capacity: Lexicons.abbreviations.entries.count)
        for e in Lexicons.abbreviations.entries { set.insert(WordKey.folded(e)) }
        return set
    }()

    init(abbreviations: KeySet = Tokenizer.abbreviationKeys) {
        self.abbreviations = abbreviations
    }

    func tokenize(_ text: [Unicode.Scalar], in range: Range<Int>, into tokens: inout [Token]) {
        // Every character passes through here: read through a buffer pointer (no bounds check
        // per character; every index below stays inside `range`, checked against the text).
        precondition(range.lowerBound >= 0 && range.upperBound <= text.count)
        text.withUnsafeBufferPointer { tokenize($0, in: range, into: &tokens) }
    }

    private func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>, into tokens: inout [Token]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let u = s[i]
            // Spaces, and invisible format characters pasted with the text, make no token.
            if CharClass.isSpace(u) || CharClass.isInvisible(u) { i += 1; continue }
            if CharClass.isAlnum(u) {
                i = word(s, from: i, end: end, into: &tokens)
                continue
            }
            // ’90s: an apostrophe standing for omitted digits belongs to the word.
            if CharClass.isApostrophe(u), i + 2 < end, CharClass.isDigit(s[i + 1]), CharClass.isDigit(s[i + 2]),
               i == range.lowerBound || !CharClass.isAlnum(s[i - 1]) {
                let start = i
                i = word(s, from: i + 1, end: end, into: &tokens)
                tokens[tokens.count - 1].span.start = start
                continue
            }
            let kind: Token.Kind = CharClass.isQuoteMark(u) ? .quoteMark
                : (Tokenizer.isPunctuation(u) ? .punctuation : .symbol)
            // Runs of the same dash or of periods stay together ("--", "...").
            var e = i + 1
            if u == "." || u == "-" { while e < end, s[e] == u { e += 1 } }
            tokens.append(Token(span: Span(i, e), kind: kind))
            i = e
        }
    }

    static func isPunctuation(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 128 {
            // ASCII: ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { } are punctuation; $ + < = > ^ ` | ~ symbols.
            switch v {
            case 33...35, 37...42, 44...47, 58, 59, 63, 64, 91...93, 95, 123, 125: return true
            default: return false
            }
        }
        if v >= 0x2010 && v <= 0x2027 { return true }   // dashes, curly quotes, bullets, ellipsis
        switch u.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// "Ã" or "Â" (as one scalar, or "A" and a combining mark) ends at `k`: the first byte of a
    /// two-byte UTF-8 letter read as Latin-1.
    static func isMisreadLead(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ k: Int, _ start: Int) -> Bool {
        let v = s[k].value
        if v == 0xC3 || v == 0xC2 { return true }
        return (v == 0x303 || v == 0x302) && k > start && s[k - 1] == "A"
    }

    /// `WordKey.folded` over the tokenizer's buffer pointer (making that one generic over both
    /// cost 0.3% more instructions in the whole analysis).
    static func folded(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> UInt64 {
        var h = WordKey.seed
        for i in range { h = WordKey.mix(h, WordKey.fold(s[i])) }
        return h
    }

    /// A word or number starting at `start`; returns the index after it.
    private func word(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int, into tokens: inout [Token]) -> Int {
        var i = start
        let numeric = CharClass.isDigit(s[start])
        while i < end {
            let u = s[i]
            if CharClass.isAlnum(u) { i += 1; continue }
            // UTF-8 read as Latin-1 ("PeÃ±a" for "Peña", the "Ã" maybe decomposed): the second
            // byte of a letter stays in the word.
            if u.value >= 0x80 && u.value < 0xC0, i > start, Self.isMisreadLead(s, i - 1, start) { i += 1; continue }
            // Inner joiners: apostrophe, hyphen, period/comma between digits, period in acronyms.
            if i + 1 < end, CharClass.isAlnum(s[i + 1]) {
                if CharClass.isApostrophe(u) {
                    // Split a possessive 's / ’s off (Clinton’s); keep contractions (don't, it's? no: it is split too).
                    if (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= end || !CharClass.isAlnum(s[i + 2])) { break }
                    i += 1; continue
                }
                if u == "-" || u.value == 0x2010 || u.value == 0x2011 { i += 1; continue }
                if (u == "." || u == ",") && numeric && CharClass.isDigit(s[i + 1]) { i += 1; continue }
                // Single letters joined by periods: U.S, U.S.A, e.g, D-N.Y (a party label).
                if u == "." && CharClass.isLetter(s[i - 1]) && (i - 1 == start || !CharClass.isLetter(s[i - 2]))
                    && CharClass.isLetter(s[i + 1]) && (i + 2 >= end || !CharClass.isLetter(s[i + 2])) {
                    i += 1; continue
                }
                if u == "&" && i > start && CharClass.isUpper(s[i - 1]) && CharClass.isUpper(s[i + 1]) { i += 1; continue } // AT&T
            }
            break
        }
        // A period that belongs to the word: known abbreviation, acronym with periods, single initial.
        if i < end, s[i] == ".", !numeric {
            let isInitial = i - start == 1 && CharClass.isUpper(s[start])
            if isInitial || s[start..<i].contains(".") || abbreviations.contains(Self.folded(s, start..<i)) {
                i += 1
            }
        }
        tokens.append(Token(span: Span(start, i), kind: numeric ? .number : .word))
        // The possessive as its own token.
        if i + 1 < end, CharClass.isApostrophe(s[i]), s[i + 1] == "s" || s[i + 1] == "S",
           i + 2 >= end || !CharClass.isAlnum(s[i + 2]) {
            tokens.append(Token(span: Span(i, i + 2), kind: .word))
            return i + 2
        }
        return i
    }
}
