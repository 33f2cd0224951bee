/// Merges mentions into actors: one actor per person, organisation, country or group, named by
/// its fullest name, with aliases, roles and every mention.
public struct ActorResolver: Sendable {
    public init() {}

    public func resolve(_ doc: Document, mentions: [Mention]) -> ActorTable {
        ActorTable()   // written in issue 3
    }
}
