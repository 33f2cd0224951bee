/// Shapes of a single capitalised word that say it is no person's name: a brand written with an
/// inner capital, or a word joined by a hyphen to a lower-case one.
extension ChunkClassifier {
    /// One word with a capital after a lower-case letter (CrowdTangle, PolitiFact), not a
    /// surname prefix (McCain, DeSantis, LaHood, O'Rourke, MacArthur), or a web address (Mic.com).
    static func looksLikeBrand(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        let a = span.start, e = span.end
        guard e - a >= 4 else { return false }
        if e - a > 4, s[e - 4] == ".", s[e - 3] == "c", s[e - 2] == "o", s[e - 1] == "m" { return true }
        var inner = -1
        for i in (a + 1)..<e where CharClass.isUpper(s[i]) && CharClass.isLower(s[i - 1]) { inner = i; break }
        guard inner > a else { return false }
        return !Self.surnamePrefixes.contains(WordKey.exact(s, a..<inner))
    }

    /// Mc, Mac, De, Di, Du, La, Le, Van, Von: surname prefixes before an inner capital, by exact key.
    static let surnamePrefixes: KeySet = KeySet(["Mc", "Mac", "De", "Di", "Du", "La", "Le", "Van", "Von", "Da", "Del", "Della", "St"]
        .map { WordKey.exact($0) })

    /// A capitalised word joined by a hyphen to a lower-case one ("Spanish-language",
    /// "Texas-based", "Obama-era"), unlike a name's parts ("Jean-Pierre", "al-Assad" after a name).
    static func isHyphenAdjective(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        guard span.length >= 4, CharClass.isUpper(s[span.start]) else { return false }
        for i in (span.start + 1)..<(span.end - 1) where s[i] == "-" { return CharClass.isLower(s[i + 1]) && CharClass.isLower(s[i - 1]) }
        return false
    }

    /// A name cue that is an abbreviation in capitals ("PAC", "TV") right after a lower-case
    /// word or an article ("a super PAC America Rising"): the common noun it abbreviates, no
    /// part of a name. A shouted line ("THE WEEKLY STANDARD") is no such place.
    func commonCapitalCue(_ k: Int) -> Bool {
        guard k > 0, w.flags[k].contains(.allCaps), w.t(k).span.length <= 4, w.has(k, .cue), w.flags[k - 1].contains(.word),
              !w.flags[k - 1].contains(.allCaps), w.flags[k - 1].contains(.lower) || w.has(k - 1, .det) else { return false }
        return true
    }

    /// "the super PAC America Rising": the name is all that follows the common noun (a country
    /// in it is no affiliation), and the noun says what kind of body it is, unless a title or a
    /// first name shows a person.
    func namedAfterCommonCue(_ r: Range<Int>) -> NameChunk? {
        let cue = r.lowerBound
        guard var c = classify((cue + 1)..<r.upperBound) else { return nil }
        c.range = r
        if [.person, .single, .organization].contains(c.kind), c.role == nil, !w.has(cue + 1, .firstName) {
            c.kind = .organization
            c.name = (cue + 1)..<r.upperBound
            c.affiliation = nil; c.affiliationEntity = nil
            c.cueKind = c.cueKind ?? lex.cueKinds[w.key[cue]] ?? "org"
            c.weak = false
        }
        return c
    }
}
