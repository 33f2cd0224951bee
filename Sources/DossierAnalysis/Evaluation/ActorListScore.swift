/// Recall and precision of an article's actor list against a hand-made one: the measure of the
/// issue's actor target, shared by the tests and `dossier-bench labels`.
///
/// An expected actor is `"name|other accepted name"` (names compare without case, curly
/// apostrophes and a leading "the"/"a"/"an"); a leading `?` marks a borderline actor: listing
/// it is not an error and missing it is not a miss. An expected actor is found when an actor's
/// name or one of its aliases is one of its names; each expected actor takes one actor, so a
/// second actor for it (a split) and an actor matching nothing are false positives, and one
/// actor standing for two expected ones (a wrong merge) finds only one.
public struct ActorListScore: Sendable {
    public struct Expected: Sendable {
        public var label: String
        public var names: Set<String>
        public var optional: Bool
        public var type: ActorType

        /// `"?Name|Alias"` with its type.
        public init(_ spec: String, _ type: ActorType) {
            optional = spec.hasPrefix("?")
            label = optional ? String(spec.dropFirst()) : spec
            names = Set(label.split(separator: "|").map { ActorListScore.normalized(String($0)) })
            self.type = type
        }
    }

    public var expected = 0, found = 0, predicted = 0, correct = 0, typed = 0
    public var misses: [String] = [], extras: [String] = [], mistyped: [String] = []
    public var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
    public var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }

    public init() {}

    public static func normalized(_ s: String) -> String {
        var t = s.lowercased().replacingOccurrences(of: "’", with: "'")
        for det in ["the ", "a ", "an "] where t.hasPrefix(det) { t = String(t.dropFirst(det.count)) }
        return t
    }

    /// Adds one article: the actors the analysis found and the hand-made list.
    public mutating func add(article name: String, actors: [Actor], expected list: [Expected]) {
        var taken = [Bool](repeating: false, count: list.count)
        for a in actors {
            let own = Self.normalized(a.name)
            let aliases = a.aliases.map(Self.normalized)
            // By name first, then by alias; an expected actor not yet taken first.
            let byName = list.indices.filter { list[$0].names.contains(own) }
            let byAlias = list.indices.filter { e in aliases.contains { list[e].names.contains($0) } }
            let candidates = byName + byAlias
            guard let e = candidates.first(where: { !taken[$0] }) ?? candidates.first else {
                predicted += 1
                extras.append("\(name): \(a.type.rawValue) \(a.name)")
                continue
            }
            if list[e].optional && !taken[e] { taken[e] = true; continue }
            predicted += 1
            if taken[e] { extras.append("\(name): \(a.type.rawValue) \(a.name) (second actor for \(list[e].label))"); continue }
            taken[e] = true
            correct += 1
            if a.type == list[e].type { typed += 1 } else { mistyped.append("\(name): \(a.name) \(a.type.rawValue) for \(list[e].type.rawValue)") }
        }
        for (e, x) in list.enumerated() where !x.optional {
            expected += 1
            if taken[e] { found += 1 } else { misses.append("\(name): \(x.label)") }
        }
    }

    public var summary: String {
        "recall \(found)/\(expected) = \(Self.format(recall)), precision \(correct)/\(predicted) = \(Self.format(precision)), "
            + "type right for \(typed)/\(correct)"
    }

    static func format(_ x: Double) -> String {
        let r = (x * 1000).rounded() / 1000
        var s = String(r)
        while s.count < 5 { s += "0" }
        return s
    }
}
