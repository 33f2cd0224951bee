/// What a cue means: the act the actor performs toward the target. `compete`: a stand against
/// another actor itself, as a rival in a race ("beat", "Clinton's rival Sanders") or a critic
/// named as such ("Trump critic Mitt Romney"), which says nothing of its stance on anything else.
public enum CueMeaning: String, Codable, Sendable, CaseIterable {
    case say, callFor, warn, condemn, deny, reject, welcome, praise, criticise, accuse, threaten,
         vow, support, oppose, hope, believe, fear, agree, disagree, ask, announce, act, compete
}

public enum Stance: String, Codable, Sendable {
    case pro = "for", against, neutral

    /// +1 for, -1 against, 0 neutral.
    public var sign: Int { self == .pro ? 1 : (self == .against ? -1 : 0) }
}

public enum Modality: String, Codable, Sendable {
    case none, will, may, must, could, should, want
}

/// An actor's position-taking act: a quote, a reported statement, or a reported action that
/// shows a position (launching an offensive, vowing to continue, endorsing, vetoing).
public struct Statement: Hashable, Codable, Sendable {
    public var id: String
    /// Article-local actor id.
    public var actor: String
    /// The quote this statement comes from, when it comes from one.
    public var quote: String?
    public var meaning: CueMeaning
    public var cue: Span?
    public var negated: Bool
    public var modality: Modality
    /// The actor, plan, policy or event the statement is about, as written.
    public var target: String?
    public var targetSpan: Span?
    /// Article-local actor id when the target is an actor.
    public var targetActor: String?
    /// The actor's stance toward the target, negation and modality included.
    public var stance: Stance
    /// Strength in 0…1 (a condemnation is stronger than a concern).
    public var strength: Double
    /// The frame of the target (`topic_frames.txt`: "conflict", "development", "tax"…), nil
    /// when the target is not a frame word (an actor, a noun the cue governs).
    public var frame: String?
    /// Content words of the target phrase, lowercased, for naming and grouping topics.
    public var keywords: [String]
    /// Proper names in the evidence sentence, lowercased ("tripoli", "kestrel bay"): statements
    /// of one frame in articles that share them are about the same thing.
    public var entities: [String]
    /// Zero-based paragraph of the evidence.
    public var paragraph: Int
    /// The sentence holding the evidence.
    public var evidence: Span

    public init(id: String, actor: String, quote: String? = nil, meaning: CueMeaning, cue: Span? = nil,
                negated: Bool = false, modality: Modality = .none, target: String? = nil, targetSpan: Span? = nil,
                targetActor: String? = nil, stance: Stance = .neutral, strength: Double = 0.5,
                frame: String? = nil, keywords: [String] = [], entities: [String] = [], paragraph: Int, evidence: Span) {
        self.id = id; self.actor = actor; self.quote = quote; self.meaning = meaning; self.cue = cue
        self.negated = negated; self.modality = modality; self.target = target; self.targetSpan = targetSpan
        self.targetActor = targetActor; self.stance = stance; self.strength = strength
        self.frame = frame; self.keywords = keywords; self.entities = entities; self.paragraph = paragraph; self.evidence = evidence
    }
}
