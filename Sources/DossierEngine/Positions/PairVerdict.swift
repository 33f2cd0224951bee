import DossierAnalysis

/// Whether two actors agree: topic by topic, matching stances agree and opposite ones clash;
/// across topics, agree or disagree when consistent, mixed when both occur, unclear when they
/// share no topic on which both take a clear stance. Unclear is preferred to a guess.
public struct PairVerdict: Sendable {
    public enum Relation: String, Sendable { case agree, disagree, mixed, unclear }

    public var a: GlobalActor
    public var b: GlobalActor
    public var relation: Relation
    /// Names of the shared topics with a clear stance on both sides.
    public var topics: [String]
    public var reason: String

    static func compare(_ a: GlobalActor, _ b: GlobalActor, in book: PositionBook, topics: [Int]) -> PairVerdict {
        var agree: [(Int, ActorPosition, ActorPosition)] = []
        var clash: [(Int, ActorPosition, ActorPosition)] = []
        for t in topics {
            guard let pa = book.position(of: a, on: t), let pb = book.position(of: b, on: t), pa.isClear, pb.isClear else { continue }
            if pa.stance == pb.stance { agree.append((t, pa, pb)) } else { clash.append((t, pa, pb)) }
        }
        let relation: Relation = agree.isEmpty && clash.isEmpty ? .unclear
            : (clash.isEmpty ? .agree : (agree.isEmpty ? .disagree : .mixed))
        let shared = (agree + clash).sorted { $0.0 < $1.0 }
        var reason: String
        switch relation {
        case .unclear:
            reason = "no topic on which both take a clear stance"
        default:
            let shown = (relation == .mixed ? [agree[0], clash[0]] : [shared[0]]).map { t, pa, pb in
                let topic = book.topics[t].name
                let second = pa.stance == pb.stance ? "so is \(b.name)" : "\(b.name) is \(pb.stance.rawValue) it"
                return "\(a.name) is \(pa.stance.rawValue) \(topic) \(book.evidence(pa)); \(second) \(book.evidence(pb))"
            }
            reason = shown.joined(separator: "; but ")
            let more = shared.count - shown.count
            if more > 0 { reason += " (+\(more) more topic\(more == 1 ? "" : "s"))" }
        }
        return PairVerdict(a: a, b: b, relation: relation, topics: shared.map { book.topics[$0.0].name }, reason: reason)
    }
}
