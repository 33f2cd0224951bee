/// What kind of thing an actor is. `place` is kept apart: places that are only locations are
/// not actors, but `actors --all` can still list them.
public enum ActorType: String, Codable, Sendable, CaseIterable {
    case person, organization, country, group, place, other
}

/// One participant of an article: every mention of it (full name, surname, title, pronoun,
/// acronym) merged under its fullest name.
public struct Actor: Hashable, Codable, Sendable {
    /// Article-local id, `a1`, `a2`, … in order of first appearance.
    public var id: String
    public var name: String
    public var type: ActorType
    /// Titles and functions the article gives it ("spokesman", "UN Secretary-General").
    public var roles: [String]
    /// Organisation or country it speaks for, when the article says ("Kremlin").
    public var affiliation: String?
    /// Other names and descriptions used for it in the article (not including `name`).
    public var aliases: [String]
    /// Every span that refers to it, sorted.
    public var mentions: [Span]

    public init(id: String, name: String, type: ActorType, roles: [String] = [], affiliation: String? = nil,
                aliases: [String] = [], mentions: [Span] = []) {
        self.id = id; self.name = name; self.type = type; self.roles = roles
        self.affiliation = affiliation; self.aliases = aliases; self.mentions = mentions
    }

    public var firstMention: Int? { mentions.first?.start }
}
