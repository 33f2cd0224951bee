/// Keys of the function words the actor stages test for ("of", "and", "according"), computed
/// once and shared, so that a word test is one integer comparison.
enum ActorWordKeys {
    static let accordingKey = WordKey.folded("according")
    static let againstKey = WordKey.folded("against")
    static let andKey = WordKey.folded("and")
    static let beenKey = WordKey.folded("been")
    static let byKey = WordKey.folded("by")
    static let forKey = WordKey.folded("for")
    static let inKey = WordKey.folded("in")
    static let ofKey = WordKey.folded("of")
    static let onKey = WordKey.folded("on")
    static let orKey = WordKey.folded("or")
    static let theKey = WordKey.folded("the")
    static let toKey = WordKey.folded("to")
    static let whoKey = WordKey.folded("who")
}
