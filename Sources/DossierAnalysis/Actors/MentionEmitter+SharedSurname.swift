/// Two first names joined by "and" before one surname ("written by Ethan and Joel Coen",
/// "Mary and Tom Hale"): the first takes the surname written after the second, so it names a
/// person in full and is not left a lone first name beside them.
extension MentionEmitter {
    /// The full name of the lone first name in chunk `ci`, when "and" and a two-word person's
    /// name opened by a first name follow it; nil otherwise.
    func sharedSurnameName(_ ci: Int, sc: SentenceChunks) -> String? {
        let c = sc.chunks[ci]
        guard c.kind == .single, c.name.count == 1, c.range == c.name, w.has(c.name.lowerBound, .firstName),
              ci + 1 < sc.chunks.count else { return nil }
        let n = sc.chunks[ci + 1]
        let and = c.range.upperBound
        guard n.kind == .person, n.range == n.name, n.name.count == 2, n.range.lowerBound == and + 1,
              w.lowerWord(and, .stop), w.key[and] == ActorWordKeys.andKey, w.has(n.name.lowerBound, .firstName),
              !w.flags[n.name.upperBound - 1].contains(.initial) else { return nil }
        return w.text(c.name) + " " + w.text(n.name.upperBound - 1)
    }
}
