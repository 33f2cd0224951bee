/// A span that may refer to an actor: a name, a title with a name, an acronym, a pronoun, a
/// description ("the UN chief", "sources on both sides"), before mentions are merged into
/// actors. The finder records what the context says (role, affiliation, whether the mention
/// speaks or acts) so the resolver can merge and type actors without reading the text again.
public struct Mention: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case name, acronym, pronoun, description, demonym
    }

    /// What pronouns can refer to it.
    public enum Gender: UInt8, Hashable, Sendable {
        case unknown, male, female, neuter, plural

        init(tag: String) {
            switch tag {
            case "m": self = .male
            case "f": self = .female
            case "n": self = .neuter
            case "p": self = .plural
            default: self = .unknown
            }
        }
    }

    public var span: Span
    public var kind: Kind
    /// Best guess of what it names; `.other` for a lone capitalised word the context does not
    /// settle (the resolver decides from the article as a whole).
    public var type: ActorType
    /// The role words that came with it ("spokesman" in "Kremlin spokesman Dmitry Peskov").
    public var role: String?
    /// The organisation or country the role belongs to ("Kremlin"), as written.
    public var affiliation: String?
    /// The canonical name of what it names when known ("United States" for "the US"), else the
    /// name as written; for descriptions, the text without its determiner.
    public var name: String
    /// Lowercase head noun of a description or group ("chief", "sources", "governments").
    public var head: String?
    public var gender: Gender
    /// The context shows it speaking, acting or taking a stance ("Russia called for…").
    public var acting: Bool
    /// It only qualifies another phrase ("Kremlin" in "Kremlin spokesman"): it refers to an
    /// actor when that actor exists, but does not make one.
    public var modifier: Bool
    /// Inside quotation marks.
    public var quoted: Bool
    /// After a preposition of place ("in Tripoli").
    public var locative: Bool
    /// Index (in the finder's output) of the mention this one is affiliated with ("Haftar" in
    /// "forces loyal to Haftar", "his" in "his troops").
    public var owner: Int?
    /// Indices of the members of a listed group ("the governments of the UAE, France and Italy").
    public var members: [Int]
    /// A number given with a plural description ("the five governments").
    public var count: Int?
    /// The words alone do not show an actor (an unknown multi-word name without first name or
    /// title, a lone organisation word, an unknown abbreviation): it becomes one only when the
    /// article backs it (it acts, is named again, has a role or a pronoun).
    public var weak: Bool
    /// It qualifies a noun for no actor ("Brexit" in "the Brexit vote"): a word mostly written
    /// so names a thing.
    public var qualifiesThing = false
    /// Index of the name this description stands in apposition to ("a Commission spokeswoman"
    /// in "a Commission spokeswoman, Elena Sorensen, said"): the description is that person's
    /// role, not another actor.
    public var appositive: Int?
    /// The object of a preposition that makes it no agent ("members of Congress", "a partner in
    /// the office of Latham & Watkins", "nominated to the U.S. District Court"): named as part of
    /// another phrase, neither acting nor speaking there.
    public var governed = false
    /// Capitals spelt out right after as a common noun ("PTSD (post-traumatic stress
    /// disorder)"): the article uses them as that noun, so no actor has that name.
    public var spelledOutCommon = false

    public init(span: Span, kind: Kind, type: ActorType, role: String? = nil, affiliation: String? = nil,
                name: String = "", head: String? = nil, gender: Gender = .unknown, acting: Bool = false,
                modifier: Bool = false, quoted: Bool = false, locative: Bool = false, owner: Int? = nil,
                members: [Int] = [], count: Int? = nil, weak: Bool = false) {
        self.span = span; self.kind = kind; self.type = type; self.role = role
        self.affiliation = affiliation; self.name = name; self.head = head; self.gender = gender
        self.acting = acting; self.modifier = modifier; self.quoted = quoted; self.locative = locative
        self.owner = owner; self.members = members; self.count = count; self.weak = weak
    }
}
