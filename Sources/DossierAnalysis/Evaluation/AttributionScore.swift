/// Precision, recall and F1 of predicted quotes against gold attributions, matched exactly as
/// the project's scorer (`tools/score_attributions.py`) matches them: content overlap in letters
/// and digits of at least half of the larger of the two, one-to-one, best overlap first; a match
/// is *attributed* when the sources overlap in a letter or digit, or both are missing. The
/// *direct* subset holds the attributions whose content has a quotation mark.
public struct AttributionScore: Sendable, CustomStringConvertible {
    public struct Counts: Sendable {
        public var gold = 0, predicted = 0, matched = 0, attributed = 0

        public var precision: Double { predicted == 0 ? 0 : Double(attributed) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(attributed) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var direct = Counts()
    public var all = Counts()

    public init() {}

    /// Adds one article: its text (as scalars), the gold attributions and the predicted quotes.
    public mutating func add(text: [Unicode.Scalar], gold: [GoldAttribution], predicted: [Quote]) {
        let outcome = Self.match(text: text, gold: gold, predicted: predicted)
        let goldDirect = gold.map { Self.hasQuoteMark(text, $0.content) }
        let predDirect = predicted.map { Self.hasQuoteMark(text, $0.content) }
        for (i, _) in gold.enumerated() {
            all.gold += 1
            if goldDirect[i] { direct.gold += 1 }
            if let hit = outcome[i] {
                all.matched += 1
                if goldDirect[i] { direct.matched += 1 }
                if hit.attributed {
                    all.attributed += 1
                    if goldDirect[i] { direct.attributed += 1 }
                }
            }
        }
        all.predicted += predicted.count
        direct.predicted += predDirect.filter { $0 }.count
    }

    public struct Match: Sendable { public var predicted: Int; public var attributed: Bool }

    /// For each gold attribution, the predicted quote matched to it (if any).
    public static func match(text: [Unicode.Scalar], gold: [GoldAttribution], predicted: [Quote]) -> [Match?] {
        let g = gold.map { letters(text, $0.content) }
        let p = predicted.map { letters(text, $0.content) }
        var candidates: [(ratio: Double, gi: Int, pi: Int)] = []
        for (gi, gs) in g.enumerated() where !gs.isEmpty {
            for (pi, ps) in p.enumerated() where !ps.isEmpty {
                let inter = gs.intersection(ps).count
                guard inter > 0 else { continue }
                let ratio = Double(inter) / Double(max(gs.count, ps.count))
                if ratio >= 0.5 { candidates.append((ratio, gi, pi)) }
            }
        }
        candidates.sort { $0.ratio != $1.ratio ? $0.ratio > $1.ratio : ($0.gi != $1.gi ? $0.gi < $1.gi : $0.pi < $1.pi) }
        var out = [Match?](repeating: nil, count: gold.count)
        var usedP = Set<Int>()
        for c in candidates where out[c.gi] == nil && !usedP.contains(c.pi) {
            usedP.insert(c.pi)
            let gs = gold[c.gi].source, ps = predicted[c.pi].source.map { [$0] } ?? []
            let attributed = (gs.isEmpty && ps.isEmpty)
                || (!gs.isEmpty && !ps.isEmpty && !letters(text, gs).isDisjoint(with: letters(text, ps)))
            out[c.gi] = Match(predicted: c.pi, attributed: attributed)
        }
        return out
    }

    /// One article's gold and predictions, with every content overlap computed once, so that it
    /// can be scored again quickly for different subsets of the predictions (threshold tuning).
    public struct Prepared: Sendable {
        let pairs: [(ratio: Double, gi: Int, pi: Int, attributed: Bool)]
        let goldDirect: [Bool]
        public let predictedDirect: [Bool]

        public init(text: [Unicode.Scalar], gold: [GoldAttribution], predicted: [Quote]) {
            let g = gold.map { AttributionScore.letters(text, $0.content) }
            let p = predicted.map { AttributionScore.letters(text, $0.content) }
            var pairs: [(Double, Int, Int, Bool)] = []
            for (gi, gs) in g.enumerated() where !gs.isEmpty {
                for (pi, ps) in p.enumerated() where !ps.isEmpty {
                    let inter = gs.intersection(ps).count
                    guard inter > 0 else { continue }
                    let ratio = Double(inter) / Double(max(gs.count, ps.count))
                    guard ratio >= 0.5 else { continue }
                    let gsrc = gold[gi].source, psrc = predicted[pi].source.map { [$0] } ?? []
                    let attributed = (gsrc.isEmpty && psrc.isEmpty) || (!gsrc.isEmpty && !psrc.isEmpty
                        && !AttributionScore.letters(text, gsrc).isDisjoint(with: AttributionScore.letters(text, psrc)))
                    pairs.append((ratio, gi, pi, attributed))
                }
            }
            pairs.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1 != $1.1 ? $0.1 < $1.1 : $0.2 < $1.2) }
            self.pairs = pairs
            goldDirect = gold.map { AttributionScore.hasQuoteMark(text, $0.content) }
            predictedDirect = predicted.map { AttributionScore.hasQuoteMark(text, $0.content) }
        }

        /// For each prediction, whether it is matched to a gold attribution with the right source
        /// when every prediction is kept.
        public var attributedPredictions: [Bool] {
            var out = [Bool](repeating: false, count: predictedDirect.count)
            var usedG = Set<Int>(), usedP = Set<Int>()
            for p in pairs where !usedG.contains(p.gi) && !usedP.contains(p.pi) {
                usedG.insert(p.gi); usedP.insert(p.pi)
                out[p.pi] = p.attributed
            }
            return out
        }
    }

    /// Adds a prepared article, keeping only the predictions for which `keep` is true.
    public mutating func add(_ a: Prepared, keep: [Bool]) {
        var usedG = Set<Int>(), usedP = Set<Int>()
        var hit = [Bool?](repeating: nil, count: a.goldDirect.count)
        for p in a.pairs where keep[p.pi] && !usedG.contains(p.gi) && !usedP.contains(p.pi) {
            usedG.insert(p.gi); usedP.insert(p.pi)
            hit[p.gi] = p.attributed
        }
        for (gi, d) in a.goldDirect.enumerated() {
            all.gold += 1
            if d { direct.gold += 1 }
            if let h = hit[gi] {
                all.matched += 1
                if d { direct.matched += 1 }
                if h { all.attributed += 1; if d { direct.attributed += 1 } }
            }
        }
        for (pi, d) in a.predictedDirect.enumerated() where keep[pi] {
            all.predicted += 1
            if d { direct.predicted += 1 }
        }
    }

    /// Offsets of the letters and digits in `spans`.
    static func letters(_ text: [Unicode.Scalar], _ spans: [Span]) -> Set<Int> {
        var out = Set<Int>()
        for sp in spans {
            for i in max(0, sp.start)..<max(max(0, sp.start), min(text.count, sp.end)) where isLetterOrDigit(text[i]) {
                out.insert(i)
            }
        }
        return out
    }

    static func isLetterOrDigit(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// A double mark anywhere, or a single opening mark first (the scorer's `direct` rule).
    static func hasQuoteMark(_ text: [Unicode.Scalar], _ spans: [Span]) -> Bool {
        var first: Unicode.Scalar? = nil
        for sp in spans {
            for i in max(0, sp.start)..<max(max(0, sp.start), min(text.count, sp.end)) {
                let u = text[i]
                switch u.value {
                case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: return true
                default: break
                }
                if first == nil && !CharClass.isSpace(u) { first = u }
            }
        }
        if let f = first { return f == "'" || f.value == 0x2018 || f.value == 0x201B }
        return false
    }

    public var description: String {
        func row(_ name: String, _ c: Counts) -> String {
            "\(name): P \(fmt(c.precision)) R \(fmt(c.recall)) F1 \(fmt(c.f1)) (pred \(c.predicted), gold \(c.gold))"
        }
        return row("direct attributed", direct) + "\n" + row("all attributed", all)
    }

    private func fmt(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        return String(v)
    }
}
