/// The actors of one article and the means to resolve a span of text (a quote's source) to one
/// of them.
public struct ActorTable: Sendable {
    public var actors: [Actor]
    public var places: [Actor]
    /// Every mention of an actor, sorted by span, with its sentence: what `speaker` searches.
    var refs: [PronounResolver.Ref]
    /// Per actor: type, gender, kind and group noun (what pronouns need); the words descriptions
    /// match are added on demand by `SpeakerLookup`.
    var profiles: [ActorProfile]
    /// Per actor: the actor it belongs to ("forces loyal to X" → X), when it was read as such.
    var owners: [Int?]

    public init(actors: [Actor] = [], places: [Actor] = []) {
        self.actors = actors
        self.places = places
        var refs: [PronounResolver.Ref] = []
        for (n, a) in actors.enumerated() {
            for s in a.mentions { refs.append(PronounResolver.Ref(span: s, actor: Int32(n), sentence: -1, quoted: false, modifier: false)) }
        }
        self.refs = refs.sorted { $0.span < $1.span }
        profiles = actors.map { ActorProfile(type: $0.type) }
        owners = actors.map { _ in nil }
    }

    init(actors: [Actor], places: [Actor], refs: [PronounResolver.Ref], profiles: [ActorProfile], owners: [Int?]) {
        self.actors = actors; self.places = places; self.refs = refs; self.profiles = profiles; self.owners = owners
    }

    /// The actor a source span refers to: a mention it overlaps, the antecedent of a pronoun,
    /// the bearer of a title or description; nil when none fits.
    public func speaker(for source: Span, in doc: Document) -> String? {
        SpeakerLookup(table: self, doc: doc).actor(for: source).map { actors[$0].id }
    }

    /// Records that `span` (a resolved source) refers to actor `id`, so it counts as a mention.
    public mutating func addMention(_ span: Span, to id: String) {
        guard let i = actors.firstIndex(where: { $0.id == id }) else { return }
        var lo = 0, hi = actors[i].mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if actors[i].mentions[mid] < span { lo = mid + 1 } else { hi = mid } }
        // A source that holds a mention of the actor ("Dr. Ana Ferreira" around "Ana Ferreira")
        // is the same occurrence, not another one.
        let ms = actors[i].mentions
        if lo > 0 && ms[lo - 1].overlaps(span) { return }
        if lo < ms.count && ms[lo].overlaps(span) { return }
        actors[i].mentions.insert(span, at: lo)
    }
}
