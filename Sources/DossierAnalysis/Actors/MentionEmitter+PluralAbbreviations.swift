/// "Super PACs spent heavily", "CEOs said", "NGOs warned": capitals with a plural "-s" are the
/// plural of an abbreviation, a kind of body or person counted many times ("PACs" are all the
/// political action committees), not the name of one actor.
extension MentionEmitter {
    func isPluralAbbreviation(_ c: NameChunk) -> Bool {
        guard c.name.count == 1 else { return false }
        let sp = w.t(c.name.lowerBound).span
        guard sp.length >= 3, w.s[sp.end - 1] == "s" else { return false }
        return (sp.start..<(sp.end - 1)).allSatisfy { CharClass.isUpper(w.s[$0]) }
    }
}
