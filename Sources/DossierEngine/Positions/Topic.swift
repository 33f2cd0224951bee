import DossierAnalysis

/// Statements about the same thing, across actors and articles, named by its most
/// representative key phrase ("the offensive on Tripoli").
public struct Topic: Sendable {
    /// `t1`, `t2`, … in order of importance (most actors with a stance first).
    public var id: String
    public var name: String
    /// The frame it was grouped by ("conflict"), nil for an actor or a noun.
    public var frame: String?
    /// Indices into `PositionBook.statements`, in text order.
    public var statements: [Int]
}

/// One actor's stance on one topic: the statements summed, and the evidence to show.
public struct ActorPosition: Sendable {
    public var actor: GlobalActor
    public var topic: Int
    /// Sum of signed strengths of the actor's statements on the topic.
    public var score: Double
    public var stance: Stance
    /// The statements (indices), strongest first; the first is the evidence shown.
    public var statements: [Int]
    /// Names of the actors folded into this one whose statements count here ("Dmitry Peskov").
    public var folded: [String]

    /// Strong enough to compare: a stance, and a score that is not a whisper.
    public var isClear: Bool { stance != .neutral }

    /// "strong", "moderate" or "weak", from the score.
    public var strength: String {
        let m = abs(score)
        return m >= 1.2 ? "strong" : (m >= 0.6 ? "moderate" : "weak")
    }
}
