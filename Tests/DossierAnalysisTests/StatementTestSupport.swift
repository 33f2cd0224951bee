import Testing
@testable import DossierAnalysis

/// The statements of a short text, with their actor's name and target as text.
struct SeenStatement: CustomStringConvertible {
    var actor: String
    var meaning: CueMeaning
    var stance: Stance
    var negated: Bool
    var modality: Modality
    var target: String?
    var targetActor: String?
    var frame: String?
    var fromQuote: Bool
    var strength: Double

    var description: String {
        "\(actor) \(meaning.rawValue) \(stance.rawValue) \(target ?? "-") [\(frame ?? "-")]\(negated ? " neg" : "") \(modality.rawValue) \(strength)"
    }
}

func statements(_ text: String) -> [SeenStatement] {
    let a = Analyzer().analyze(text)
    return a.statements.map { s in
        SeenStatement(actor: a.actor(id: s.actor)?.name ?? "?", meaning: s.meaning, stance: s.stance, negated: s.negated,
                      modality: s.modality, target: s.target, targetActor: s.targetActor.flatMap { a.actor(id: $0)?.name },
                      frame: s.frame, fromQuote: s.quote != nil, strength: s.strength)
    }
}

/// The statements of `actor` aimed at `target` (both matched by part of their names).
func toward(_ target: String, by actor: String, in text: String) -> [SeenStatement] {
    statements(text).filter { $0.actor.contains(actor) && ($0.targetActor ?? "").contains(target) }
}
