import Foundation
import DossierAnalysis

/// How often `compare` gives the relation a reader gave a pair of actors: the measure of the
/// positions target (80% of pairs right, `unclear` preferred to a wrong verdict). Each article
/// is loaded alone into a fresh engine and every pair is asked exactly as a user would type it
/// (`compare "A" "B" --format json`). Shared by the tests and `dossier-bench labels`.
public struct PairLabelScore: Sendable {
    public struct Pair: Sendable {
        public var a: String, b: String, relation: String
        public init(_ a: String, _ b: String, _ relation: String) { self.a = a; self.b = b; self.relation = relation }
    }

    public var right = 0, unclearInstead = 0, wrong = 0, notFound = 0, total = 0
    /// One line per pair, the misses marked with `<--`.
    public var lines: [String] = []
    public var accuracy: Double { total == 0 ? 1 : Double(right) / Double(total) }
    public var summary: String {
        "\(right)/\(total) right, \(unclearInstead) unclear instead, \(wrong) wrong, \(notFound) actor not found"
    }

    public init() {}

    /// Adds one article, analysed by `analysis`, with its labelled pairs.
    public mutating func add(article name: String, analysis: Analysis, pairs: [Pair]) {
        let console = BufferConsole()
        let engine = Engine(console: console)
        engine.workspace.add(Article(id: name, analysis: analysis))
        for p in pairs {
            total += 1
            console.output = ""
            console.errors = ""
            var got = "error"
            if engine.execute("compare \(shellQuoted(p.a)) \(shellQuoted(p.b)) --format json"),
               let obj = try? JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any],
               let pair = (obj["pairs"] as? [[String: Any]])?.first {
                got = pair["relation"] as? String ?? "?"
            }
            // An actor the analysis does not find gives no verdict, wrong or unclear: counted apart.
            if got == p.relation { right += 1 } else if got == "unclear" { unclearInstead += 1 }
            else if got == "error" { notFound += 1 } else { wrong += 1 }
            lines.append("\(name): \(p.a) / \(p.b): expected \(p.relation), got \(got)\(got == p.relation ? "" : "  <--")")
        }
    }
}

extension LabelFile {
    /// The labelled pairs: `A<TAB>B<TAB>relation<TAB>reason` records.
    public var pairLists: [(id: String, pairs: [PairLabelScore.Pair])] {
        sections.map { s in
            (s.id, s.records.compactMap { r in r.count >= 3 ? PairLabelScore.Pair(r[0], r[1], r[2].lowercased()) : nil })
        }
    }
}
