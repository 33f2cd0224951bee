/// Merges mentions into actors: one actor per person, organisation, country or group, named by
/// its fullest name, with aliases, roles and every mention.
///
/// Three passes over the mentions, each linear with dictionary lookups: names (full names first,
/// so that a bare surname goes to the compatible person most recently or most often mentioned;
/// acronyms to their expansions; shortened organisation names to the full ones), genders (from
/// titles, first names and the pronouns that follow a lone person), then descriptions and
/// groups (matched to the actor whose role and affiliation they name, or kept as their own actor
/// when they speak or act).
public struct ActorResolver: Sendable {
    public init() {}

    public func resolve(_ doc: Document, mentions: [Mention]) -> ActorTable {
        var state = ResolverState(doc: doc, mentions: mentions, lexicon: .shared)
        state.mergeNames()
        state.mergeCapitals()
        state.mergeOwnedBodies()
        state.mergeOutletNames()
        state.voteGenders()
        state.mergeDescriptions()
        state.mergeQualifiedPeople()
        state.mergePartyPeople()
        state.mergeCollectives()
        return ActorAssembler(state: state).table()
    }
}
