import Foundation

/// Every word list the actor stages read, parsed once per process into hash tables keyed by
/// `WordKey`, so that finding and resolving actors never builds a `String` to look a word up.
public final class ActorLexicon: Sendable {
    /// A known name: a country (or its abbreviation, capital, seat of government, demonym), a
    /// place, or an organisation.
    struct Entity: Sendable, Hashable {
        enum Kind: UInt8, Sendable { case country, demonym, demonymPlural, capital, seat, place, org }
        var kind: Kind
        /// Index into `countries` or `organizations`; -1 for places.
        var index: Int32
    }
    struct Country: Sendable { var name: String; var capital: String? }
    struct Organization: Sendable { var name: String; var kind: String; var aliases: [String] }
    struct Title: Sendable { var role: String?; var gender: Mention.Gender }
    struct Pronoun: Sendable {
        enum Form: UInt8, Sendable { case subject, object, possessive, reflexive, relative }
        var gender: Mention.Gender
        var form: Form
    }

    static let shared = ActorLexicon()

    let classes: KeyMap<WordClass>
    let entities: KeyMap<Entity>
    /// All-capital abbreviations, matched with case ("US", "U.N.", "AFP").
    let abbreviations: KeyMap<Entity>
    let maxEntityWords: Int
    /// Folded keys of the first words of every multi-word name ("new", "new york"), so a
    /// phrase lookup stops as soon as no name can start that way.
    let entityPrefixes: KeySet
    let countries: [Country]
    let organizations: [Organization]
    let titles: KeyMap<Title>
    let pronouns: KeyMap<Pronoun>
    let cueKinds: KeyMap<String>
    let orgNounKinds: KeyMap<String>
    /// Organisation nouns that only say what kind of body it is (tag `k` in org_nouns.txt).
    let kindNouns: KeySet
    /// Organisation nouns for a body of people one is in as a member (tag `p` in org_nouns.txt).
    let memberBodies: KeySet
    /// Body nouns that, owned by a person, are a tie between people ("Clinton's alliance with Obama").
    let tieNouns: KeySet
    /// Body nouns that, owned by a named person, are that person ("Gaddafi's regime").
    let heldNouns: KeySet
    /// Body nouns that, owned by someone and never acting, are that one's doing (tag `e`).
    let entourageNouns: KeySet
    /// "told", "to": before a news outlet, it was spoken to (actor_grammar.txt, tag hear).
    let hearers: KeySet
    /// "interviewed", "an interview": before "by" or "with" and an outlet spoken to (tag hearby).
    let hearersBy: KeySet
    /// "first", "2004" before a campaign: a run for office in time, not the body (tag run).
    let runWords: KeySet
    /// "aka", "also known as", "then known as": between two names of one actor
    /// (alias_phrases.txt), folded.
    let aliasPhrases: KeySet
    /// "alias", "pseudonym", "moniker": before a name someone goes by (alias_phrases.txt, tag n).
    let aliasNouns: KeySet
    /// "people": people in general (group_nouns.txt, tag n).
    let plainPeople: KeySet
    /// Words of party, creed or origin that name no actor alone (identity_adjectives.txt), folded.
    let identityAdjectives: KeySet
    /// Participles that after "be" say what was done to the subject (harm_participles.txt).
    let harmParticiples: KeySet
    /// Role nouns whose holder speaks for the body they serve (tag `s` in person_nouns.txt).
    let speakingRoles: KeySet
    /// Role nouns for a person's place in a contest (tag `r` in person_nouns.txt: rival,
    /// opponent), which go with any office they hold.
    let contestRoles: KeySet
    /// Role nouns of staff (tag `w` in person_nouns.txt: aide, adviser), on the side of whom
    /// they serve.
    let staffRoles: KeySet
    /// Role nouns that are only the voice of whom they serve (tag `v` in person_nouns.txt:
    /// spokesman): what the holder says is their principal's stance.
    let voiceRoles: KeySet
    /// Plural role nouns whose unnamed holders are the voice of the body they serve (tag `b` in
    /// group_nouns.txt: officials, spokesmen).
    let bodyVoices: KeySet
    /// A short form or spelling of a first name → the formal name's folded key ("chuck" →
    /// "charles"), from first_name_variants.txt: one person under either.
    let formalFirstNames: KeyMap<UInt64>


    private init() {
        let b = ActorLexiconBuilder()
        classes = b.classes
        entities = b.entities
        abbreviations = b.abbreviations
        maxEntityWords = b.maxEntityWords
        entityPrefixes = b.entityPrefixes
        countries = b.countries
        organizations = b.organizations
        titles = b.titles
        pronouns = b.pronouns
        cueKinds = b.cueKinds
        orgNounKinds = b.orgNounKinds
        kindNouns = b.kindNouns
        memberBodies = b.memberBodies
        tieNouns = b.tieNouns
        heldNouns = b.heldNouns
        entourageNouns = b.entourageNouns
        hearers = b.hearers
        hearersBy = b.hearersBy
        runWords = b.runWords
        aliasPhrases = b.aliasPhrases
        aliasNouns = b.aliasNouns
        plainPeople = b.plainPeople
        identityAdjectives = b.identityAdjectives
        harmParticiples = b.harmParticiples
        speakingRoles = b.speakingRoles
        contestRoles = b.contestRoles
        staffRoles = b.staffRoles
        voiceRoles = b.voiceRoles
        bodyVoices = b.bodyVoices
        formalFirstNames = b.formalFirstNames
    }

    /// Whether a role's head noun ("union leader", "chief executive") makes its holder speak
    /// for the body they serve: a position where they state none is the body's.
    public static func roleSpeaksForBody(_ role: String) -> Bool {
        guard let head = role.spaceSeparatedWords.last else { return false }
        return shared.speakingRoles.contains(WordKey.folded(String(head)))
    }

    /// Whether a role's head noun makes its holder work for whom they serve ("former adviser",
    /// "spokesman"): on that one's side, whether or not they speak for it.
    public static func roleServes(_ role: String) -> Bool {
        guard let head = role.spaceSeparatedWords.last else { return false }
        let key = WordKey.folded(String(head))
        return shared.staffRoles.contains(key) || shared.speakingRoles.contains(key)
    }

    /// Class bits of a word (folded key).
    @inline(__always) func wordClass(_ key: UInt64) -> WordClass { classes[key] ?? [] }
}
