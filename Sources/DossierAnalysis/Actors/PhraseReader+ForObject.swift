/// What "for" adds after an actor's noun. "Advocates for immigrants", "a spokesman for the
/// department": a noun for people or a body says which ones they are, and the object belongs
/// to the phrase. "The administration for security lapses", "a husband for his bawdy star":
/// any other object says what the head is blamed for or sought for, and the phrase stops at
/// its noun.
extension PhraseReader {
    static func purposeOnly(_ prep: Int, object: Range<Int>, _ w: ArticleWords) -> Bool {
        w.key[prep] == ActorWordKeys.forKey && !object.contains { w.has($0, [.personNoun, .groupNoun, .orgNoun]) }
    }
}
