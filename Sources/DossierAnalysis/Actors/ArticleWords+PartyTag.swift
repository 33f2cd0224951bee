extension ArticleWords {
    /// The party of a party-state tag after a politician's name ("R-Ky.", "D-N.Y.", "I-Vt.", in
    /// "Sen. X, D-Calif.," or "(R-Texas)"): the tag is the person's affiliation, not a name.
    func partyTag(_ k: Int) -> String? {
        guard k > 0, flags[k].contains(.word), flags[k - 1].contains(.comma) || flags[k - 1].contains(.openParen) else { return nil }
        return Self.party(ofTag: doc.tokens[k].span, in: s)
    }

    /// The party a span of the tag's shape names ("D-Texas" → Democratic Party), whatever
    /// stands around it.
    static func party(ofTag sp: Span, in s: [Unicode.Scalar]) -> String? {
        guard sp.length >= 3, sp.length <= 12, s[sp.start + 1] == "-", CharClass.isUpper(s[sp.start + 2]) else { return nil }
        switch s[sp.start] {
        case "R": return "Republican Party"
        case "D": return "Democratic Party"
        case "I": return "independent"
        default: return nil
        }
    }
}
