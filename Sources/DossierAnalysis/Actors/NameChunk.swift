/// A run of capitalised words that may name something, with what it was found to be made of:
/// "UN Secretary-General Antonio Guterres" is a person (name "Antonio Guterres") with the title
/// "Secretary-General" and the affiliation "UN".
struct NameChunk {
    enum Kind: Equatable {
        case person        // a name with a title, or of two words or more
        case single        // one capitalised word the chunk alone does not settle
        case organization
        case country
        case capital       // a capital: a government when it acts, else a place
        case seat          // "Kremlin": the same
        case place
        case demonym       // "Libyan": an adjective
        case people        // "Russians", "Democrats": a group
        case title         // a title without a name: "the President", "Secretary of State"
        case modifier      // qualifying words only: "Democratic", "Eastern"
        case other         // an event, a law, a show
    }

    var range: Range<Int>
    /// The words that name it: the person's name without title, or the whole organisation.
    var name: Range<Int>
    var kind: Kind
    var entity: ActorLexicon.Entity?
    /// A known organisation, country or place before the title ("UN", "Kremlin", "Russian").
    var affiliation: Range<Int>?
    var affiliationEntity: ActorLexicon.Entity?
    /// Title words as written, without the affiliation ("Secretary-General", "Foreign Minister").
    var role: String?
    /// Folded key of the last title word ("secretary-general"), to match later descriptions.
    var titleHead: String?
    var cueKind: String?
    var gender: Mention.Gender = .unknown
    /// Index of the mention made for it, once emitted.
    var mention: Int?
    /// Consumed as a modifier of a role or phrase.
    var consumed = false
    /// The words alone do not show an actor (see `Mention.weak`).
    var weak = false
    /// Only locates a phrase ("Amsterdam" in "traders in London and Amsterdam").
    var located = false
    /// End of what qualifies the name after it ("of the campaign group Friends of Kestrel
    /// Bay"): the verb that shows it acting comes after.
    var tail: Int?
    /// For a title without a name: the name in apposition after it ("the Foreign Minister of
    /// Ostrava, Lena Marchetti,").
    var apposed: Int?
    /// The party of a party-state tag after the name (", D-Calif.,"): its affiliation.
    var party: String?

    var isNamed: Bool { kind == .person || kind == .single || kind == .organization }
}
