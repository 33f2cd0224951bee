import Foundation
import Testing
@testable import DossierEngine

/// The labelled set: invented articles in several styles with the pair relations a reader
/// gives. Prints the accuracy (the figure reported for the positions work) and holds it to a
/// floor so that a regression shows; a wrong verdict counts worse than `unclear`.
@Suite struct PositionEvaluationTests {
    @Test func labelledPairsAreMostlyRight() throws {
        let folder = TemporaryFolder()
        var right = 0, unclearInstead = 0, wrong = 0, total = 0
        var lines: [String] = []
        for item in PositionFixtures.set {
            let s = Session()
            s.out("load \(folder.write("\(item.name).txt", item.text))")
            for (a, b, expected) in item.pairs {
                total += 1
                let r = s.run("compare \(shellQuoted(a)) \(shellQuoted(b)) --format json")
                var got = "error"
                if r.ok, let obj = try? JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any],
                   let pair = (obj["pairs"] as? [[String: Any]])?.first {
                    got = pair["relation"] as? String ?? "?"
                }
                if got == expected { right += 1 } else if got == "unclear" { unclearInstead += 1 } else { wrong += 1 }
                lines.append("\(item.name): \(a) / \(b): expected \(expected), got \(got)\(got == expected ? "" : "  <--")")
            }
        }
        print(lines.joined(separator: "\n"))
        print("LABELLED SET: \(right)/\(total) right, \(unclearInstead) unclear instead, \(wrong) wrong")
        #expect(Double(right) / Double(total) >= 0.6, "\(lines.joined(separator: "\n"))")
        #expect(wrong <= 3, "\(lines.joined(separator: "\n"))")
    }
}
