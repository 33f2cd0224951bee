/// "people posted reminders", "More people voted for him", "Even people who endorsed the plan":
/// people in general, with no word that says which, are no actor readers list; "young people",
/// "people of color" and "5,000 people" say which and stay. Neither kept from the finder's
/// mentions nor adopted later as a speaker.
extension ActorAssembler {
    func namesPeopleInGeneral(_ dr: ActorDraft) -> Bool {
        guard !dr.titled, !dr.names.isEmpty else { return false }
        return dr.names.allSatisfy { Self.namesPeopleInGeneral($0, state.lex) }
    }

    /// The name is a plain people noun (group_nouns.txt, tag n) after words that only point or
    /// count vaguely (determiners, quantifiers, "more", "even").
    static func namesPeopleInGeneral(_ name: String, _ lex: ActorLexicon) -> Bool {
        let words = name.spaceSeparatedWords
        guard let last = words.last, lex.plainPeople.contains(WordKey.folded(String(last))) else { return false }
        return words.dropLast().allSatisfy { !lex.wordClass(WordKey.folded(String($0))).isDisjoint(with: vagueWords) }
    }

    static let vagueWords: WordClass = [.det, .poss, .quant, .adverb, .degree]
}
