/// "Chicago-based AbbVie", "Dublin-based Shire", "Raleigh-based Quillon": a place joined to
/// "based" before a name says where a company or body sits; people are said to live, not to be
/// based, so the name after it is an organisation, not a person without a first name.
extension ChunkClassifier {
    /// The organisation named after a "<Place>-based" word opening `name`, when no word of the
    /// rest is a first name ("Florida-based strategist Al Cardenas" is read by its title).
    func basedFirm(_ r: Range<Int>, _ name: Range<Int>) -> NameChunk? {
        let n = name.lowerBound
        guard name.count >= 2, Self.isHyphenAdjective(w.s, w.t(n).span), endsWithBased(w.t(n).span),
              !name.contains(where: { w.has($0, .firstName) }) else { return nil }
        var c = NameChunk(range: r, name: (n + 1)..<name.upperBound, kind: .organization)
        c.weak = true
        return c
    }

    private func endsWithBased(_ span: Span) -> Bool {
        let suffix: [Unicode.Scalar] = ["-", "b", "a", "s", "e", "d"]
        guard span.length > suffix.count else { return false }
        return suffix.indices.allSatisfy { w.s[span.end - suffix.count + $0] == suffix[$0] }
    }
}
