/// A span that may refer to an actor: a name, a title with a name, an acronym, a pronoun, a
/// description ("the UN chief"), before mentions are merged into actors.
public struct Mention: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case name, acronym, pronoun, description, demonym
    }
    public var span: Span
    public var kind: Kind
    /// Best guess of what it names.
    public var type: ActorType
    /// The role words that came with it ("Kremlin spokesman" in "Kremlin spokesman Dmitry Peskov").
    public var role: String?

    public init(span: Span, kind: Kind, type: ActorType, role: String? = nil) {
        self.span = span; self.kind = kind; self.type = type; self.role = role
    }
}
