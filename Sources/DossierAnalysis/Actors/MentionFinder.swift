/// Finds every span that may name an actor.
public struct MentionFinder: Sendable {
    public init() {}

    public func find(_ doc: Document) -> [Mention] {
        []   // written in issue 3
    }
}
