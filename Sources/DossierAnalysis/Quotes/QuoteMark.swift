/// One quotation-mark token read in context: whether it can open or close a quotation, and
/// whether it is a double mark (“ ” " '' « » „) or a single one (‘ ’ ' ‹ ›).
///
/// Typographic marks say which side they are on, but writers and converters get them wrong
/// (‘…”, ”…”), and the straight marks " ' say nothing; so the side is read from the spacing
/// around the mark: a mark after a space and before a word opens, a mark after a word and
/// before a space or punctuation closes. A closing single mark after a word is often an
/// apostrophe (`voters’ votes`), which pairing resolves: it closes only an open single quote.
struct QuoteMark {
    enum Role { case open, close, either, apostrophe }

    /// First and last scalar offsets of the mark (two scalars for `''`).
    var start: Int
    var end: Int
    var role: Role
    var double: Bool
    /// Index of the (first) token.
    var token: Int

    /// Reads the mark token at `k`; a pair of adjacent straight single quotes (`''`, the NYT's
    /// double quote) is read as one double mark and `consumed` tells how many tokens it took.
    static func read(_ s: [Unicode.Scalar], tokens: [Token], at k: Int, limit: Int, paragraph: Span)
        -> (mark: QuoteMark, consumed: Int) {
        let t = tokens[k]
        var end = t.span.end
        var consumed = 1
        let u = s[t.span.start]
        var double = isDouble(u)
        if (u == "'" || u.value == 0x2019 || u.value == 0x2018) && k + 1 < limit, tokens[k + 1].kind == .quoteMark,
           tokens[k + 1].span.start == end, s[end] == u {
            // ''' closing a nested quote: the first mark closes the single quote, the pair the double.
            let triple = k + 2 < limit && tokens[k + 2].kind == .quoteMark && tokens[k + 2].span.start == end + 1
                && s[end + 1] == u && t.span.start > paragraph.start && !CharClass.isSpace(s[t.span.start - 1])
            if !triple { end += 1; consumed = 2; double = true }
        }
        // Invisible format characters (a left-to-right mark pasted from social media) are not
        // there for the reading: "‪”Sorry Sarah…" opens at the paragraph's start.
        var b = t.span.start
        while b > paragraph.start, CharClass.isInvisible(s[b - 1]) { b -= 1 }
        let atStart = b == paragraph.start
        let before: Unicode.Scalar? = atStart ? nil : s[b - 1]
        let after: Unicode.Scalar? = end < paragraph.end ? s[end] : nil
        let opensSide = before.map(isOpeningContext) ?? true
        let closesSide = after.map(isClosingContext) ?? true
        let role: Role
        switch u.value {
        case 0x201C, 0x201E, 0x201F, 0xAB, 0x2039, 0x300C, 0x300E:      // “ „ ‟ « ‹ 「 『
            role = (!opensSide && closesSide && u.value == 0x201C) ? .either : .open
        case 0x2018, 0x201A, 0x201B:                                      // ‘ ‚ ‛
            role = consumed == 2 ? side(opensSide, closesSide) : .open
        case 0x201D, 0xBB, 0x203A, 0x300D, 0x300F:                        // ” » › 」 』
            // At the very start of a paragraph there is nothing to close: a misprinted opening mark.
            role = (opensSide && !closesSide && u.value == 0x201D) || (u.value == 0x201D && atStart)
                ? .either : .close
        case 0x2019:                                                      // ’
            if consumed == 2 { role = side(opensSide, closesSide) }
            else { role = !opensSide && closesSide ? .close : .apostrophe }
        case 0x27:                                                        // '
            if consumed == 2 { role = side(opensSide, closesSide) }
            else if opensSide && !closesSide { role = .open }
            else if !opensSide && closesSide { role = .close }
            else { role = .apostrophe }
        default:                                                          // " ″
            role = side(opensSide, closesSide)
        }
        return (QuoteMark(start: t.span.start, end: end, role: role, double: double, token: k), consumed)
    }

    private static func side(_ opensSide: Bool, _ closesSide: Bool) -> Role {
        if opensSide && !closesSide { return .open }
        if closesSide && !opensSide { return .close }
        return .either
    }

    static func isDouble(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033, 0x300E, 0x300F: return true
        default: return false
        }
    }

    /// What may stand before an opening mark: a space, an opening bracket, a dash, a slash or
    /// another mark.
    private static func isOpeningContext(_ u: Unicode.Scalar) -> Bool {
        CharClass.isSpace(u) || u == "(" || u == "[" || u == "{" || u == "/" || CharClass.isDash(u)
            || CharClass.isQuoteMark(u) || u == ":" || u == "\u{2026}"
    }

    /// What may follow a closing mark: a space, punctuation, a dash or another mark.
    private static func isClosingContext(_ u: Unicode.Scalar) -> Bool {
        if CharClass.isSpace(u) || CharClass.isQuoteMark(u) || CharClass.isDash(u) { return true }
        switch u {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2026}", "/": return true
        default: return false
        }
    }
}
